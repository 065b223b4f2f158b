/**
 * Storage: the encrypted H2 file of one commune register, its key ring (a random data key wrapped
 * by each password), schema migrations (Flyway) and the repositories. The only package that
 * touches JDBC or H2. Every write runs in a transaction.
 */
package vn.sotreem.storage;
