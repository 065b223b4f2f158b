/**
 * The children: the list with its search and filters, the child's record form, the duplicate
 * warning and the queue of possible duplicates with merging.
 */
package vn.sotreem.ui.child;
