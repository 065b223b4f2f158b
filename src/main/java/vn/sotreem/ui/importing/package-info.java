/**
 * Bringing data in: the register workbook's import and export actions, the own-list import wizard
 * and the import summary.
 */
package vn.sotreem.ui.importing;
