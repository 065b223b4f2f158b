/**
 * Who may do what: accounts and roles, and the audit log's entries and filter.
 */
package vn.sotreem.domain.access;
