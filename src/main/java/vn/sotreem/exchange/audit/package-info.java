/**
 * The audit log written as a workbook.
 */
package vn.sotreem.exchange.audit;
