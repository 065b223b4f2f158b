/**
 * What every reader and writer of Office files shares, below the workbook exchange and the reports:
 * telling an .xlsx from an old .xls, a password-protected file or something else before opening it.
 * Knows only the domain and Apache POI.
 */
package vn.sotreem.office;
