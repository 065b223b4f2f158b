/**
 * Reports and printed documents. The indicator report of Thông tư 13/2021 (report-spec.md): the
 * built-in workbook ({@code ThongTin}, {@code DuLieu} and the official-style human sheets), a
 * province's own template filled from placeholders, and {@link vn.sotreem.report.IndicatorReports},
 * the one path from the register to the file that the window and the command line share (it reads
 * the register through storage; counting is the domain's {@code ReportCalculator}). The official
 * forms of an abuse case (NĐ 56/2017 Mẫu 01, 04, 06) as Word files in the style of Nghị định
 * 30/2020, built from domain objects only. Every file is written through a temporary file.
 */
package vn.sotreem.report;
