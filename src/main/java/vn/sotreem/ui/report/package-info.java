/**
 * The report page: the indicator report's preview, checks, trend and export.
 */
package vn.sotreem.ui.report;
