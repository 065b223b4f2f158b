/**
 * Import and export with Apache POI: {@code tabular} reads any table (.xlsx, .xls, CSV),
 * {@code workbook} is the register workbook (sheets as in the register-workbook design), {@code
 * ownlist} imports officers' own lists through a mapping, {@code audit} writes the audit log. Every
 * problem is reported with sheet, row, column and a Vietnamese message; an import is one transaction.
 */
package vn.sotreem.exchange;
