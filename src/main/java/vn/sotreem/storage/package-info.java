/**
 * Storage: the encrypted H2 file of one commune register, schema migrations (Flyway) and the
 * repositories; its keys and logins are in {@code security}. The only package that touches JDBC or
 * H2. Every write runs in a transaction.
 */
package vn.sotreem.storage;
