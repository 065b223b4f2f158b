/**
 * Output files: writing an exported file (workbook, printed form) through a temporary file so that
 * a failure never leaves a half file, with Vietnamese messages for the usual failures (missing or
 * read-only folder, full disk, file open in Excel or Word); replacing a file durably (forced to disk
 * before and after the move) for exports and for the key ring, the login counter and backups. Knows only the domain;
 * shared by {@code storage}, {@code exchange} and {@code report}, so that the last two do not depend
 * on each other.
 */
package vn.sotreem.files;
