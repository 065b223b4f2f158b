/**
 * What every view shares and no feature owns: dialogs and file pickers (behind interfaces that tests
 * replace), background work ({@link vn.sotreem.ui.common.BackgroundRunner}, progress windows), form
 * helpers (field messages, date pickers, choice lists, converters), the theme, font and icons, the
 * loading pane, FXML loading and the services a view is given. Depends on no feature package.
 */
package vn.sotreem.ui.common;
