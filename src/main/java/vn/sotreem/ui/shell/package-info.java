/**
 * The application's shell: start-up, the window and its navigation between pages, first set-up,
 * login, the idle lock and the children list's start read. The only UI package that knows every
 * feature; no feature knows it.
 */
package vn.sotreem.ui.shell;
