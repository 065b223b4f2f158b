/**
 * The domain: the child register's model and the rules of Vietnamese law and office practice
 * (who is a child, age bands, name collation, accent-free search, personal ID checks, code lists,
 * administrative units, working days for legal deadlines with the days off the government
 * announces), and the indicator report's computation: report periods (calendar or NĐ 09/2019
 * cut-off), the versioned indicator catalogue (a bundled JSON resource) and {@link
 * vn.sotreem.domain.ReportCalculator}, which counts a snapshot of the register into the rows of the
 * report with its checks. Nothing here knows about the screen, the database or Excel.
 */
package vn.sotreem.domain;
