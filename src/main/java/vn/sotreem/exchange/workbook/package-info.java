/**
 * The register workbook (shared/design/register-workbook.md): one sheet per record kind, read into
 * checked import plans with every problem named by sheet, row and column, applied as one
 * transaction, and written back. Old-commune files for a merged commune.
 */
package vn.sotreem.exchange.workbook;
