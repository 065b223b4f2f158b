/**
 * The window: JavaFX views (one FXML file, beside its controller in the resources, and one
 * controller each) and their view models, which hold the state and validation and are tested
 * without a screen. One sub-package per feature ({@code today}, {@code child}, {@code hcdb},
 * {@code abuse}, {@code injury}, {@code report}, {@code importing}, {@code settings}) over {@code
 * common}; {@code shell} holds the window that joins them. Long work runs off the JavaFX thread
 * through {@link vn.sotreem.ui.common.BackgroundRunner}.
 */
package vn.sotreem.ui;
