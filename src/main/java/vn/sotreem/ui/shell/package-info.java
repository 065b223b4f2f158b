/**
 * The application's shell: start-up, the window and its navigation between pages, first set-up,
 * login, the idle lock and the children list's start read. The only UI package that knows every
 * feature; no feature knows it. Each navigation entry shows a {@link vn.sotreem.ui.common.Page};
 * {@link vn.sotreem.ui.shell.Pages} builds each page on its first visit, in one method a page, with
 * what {@link vn.sotreem.ui.shell.MainModel} hands out. The views hold view-models
 * ({@code MainModel}, {@code LoginModel}, {@code LockModel}, {@code SetupViewModel}, {@code AppModel});
 * only those touch the register, off the JavaFX thread through {@link vn.sotreem.ui.common.BackgroundTask}.
 */
package vn.sotreem.ui.shell;
