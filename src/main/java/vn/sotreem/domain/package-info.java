/**
 * The domain: the child register's model and the rules of Vietnamese law and office practice
 * (who is a child, age bands, name collation, accent-free search, personal ID checks, code lists,
 * administrative units, working days for legal deadlines with the days off the government
 * announces). Nothing here knows about the screen, the database or Excel.
 */
package vn.sotreem.domain;
