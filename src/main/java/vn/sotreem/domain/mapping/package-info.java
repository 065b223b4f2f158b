/**
 * Importing officers' own lists: the saved mapping of their columns onto the register's fields,
 * matching a header to a field, and reading their dates.
 */
package vn.sotreem.domain.mapping;
