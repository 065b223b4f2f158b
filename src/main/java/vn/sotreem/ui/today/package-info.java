/**
 * The Today page (Hôm nay): deadlines due, the month's figures, children turning 16.
 */
package vn.sotreem.ui.today;
