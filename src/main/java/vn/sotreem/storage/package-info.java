/**
 * Storage: the encrypted H2 file of one commune register, schema migrations (Flyway) and the
 * repositories; its keys and logins are in {@code security}. The only package that touches JDBC or
 * H2. Every write runs in a transaction. {@link vn.sotreem.storage.RegisterStore} is the one door:
 * its operations are grouped by feature in interfaces over {@link vn.sotreem.storage.RegisterAccess}
 * (children, cases, the report template), and typed work in one transaction goes through
 * {@link vn.sotreem.storage.RegisterTransaction}.
 */
package vn.sotreem.storage;
