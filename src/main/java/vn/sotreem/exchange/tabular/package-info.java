/**
 * Reading any table an officer may have: .xlsx (streamed), .xls and CSV files as rows of cells,
 * with the workbook's kind checked first. Knows nothing of the register.
 */
package vn.sotreem.exchange.tabular;
