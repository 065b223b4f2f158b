/**
 * Children in special circumstances: the HCĐB page, the child's HCĐB tab, the membership and
 * support dialogs.
 */
package vn.sotreem.ui.hcdb;
