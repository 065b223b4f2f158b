/**
 * The indicator report's computation: report periods (calendar or NĐ 09/2019 cut-off), the
 * versioned indicator catalogue (a bundled JSON resource), the report settings and heading, the
 * register snapshot the report counts, {@link vn.sotreem.domain.report.ReportCalculator}, which
 * counts it into the rows of the report with its checks, and the month's figures of the Today page.
 */
package vn.sotreem.domain.report;
