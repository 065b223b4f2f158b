/**
 * The window: JavaFX views (one FXML file and one controller each) and their view models, which
 * hold the state and validation and are tested without a screen. Long work (opening the register,
 * import, export) runs off the JavaFX thread through {@link vn.sotreem.ui.BackgroundRunner}.
 */
package vn.sotreem.ui;
