/**
 * Reports and printed documents: the official forms of an abuse case (NĐ 56/2017 Mẫu 01, 04, 06)
 * as Word files in the style of Nghị định 30/2020 (A4, Times New Roman, the commune and the
 * national motto in the header, signature blocks), each page marked confidential. Builds from
 * domain objects only — the caller reads the register — and writes through a temporary file.
 */
package vn.sotreem.report;
