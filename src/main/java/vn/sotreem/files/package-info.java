/**
 * Output files: writing an exported file (workbook, printed form) through a temporary file so that
 * a failure never leaves a half file, with Vietnamese messages for the usual failures (missing or
 * read-only folder, full disk, file open in Excel or Word). Knows only the domain; shared by
 * {@code exchange} and {@code report} so that neither depends on the other.
 */
package vn.sotreem.files;
