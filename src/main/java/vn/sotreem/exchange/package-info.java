/**
 * Import and export: the register workbook (.xlsx, sheets as in the register-workbook design) read
 * and written with Apache POI. Parses and checks rows into domain objects, reports every problem
 * with sheet, row, column and a Vietnamese message, and applies an import as one transaction.
 */
package vn.sotreem.exchange;
