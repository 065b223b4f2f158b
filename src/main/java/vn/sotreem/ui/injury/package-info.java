/**
 * Injuries: the list, the injury dialog and the quick-entry grid.
 */
package vn.sotreem.ui.injury;
