/**
 * Officers' own lists: a preview of the file and the import through a saved column mapping.
 */
package vn.sotreem.exchange.ownlist;
