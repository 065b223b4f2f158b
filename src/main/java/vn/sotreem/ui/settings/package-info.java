/**
 * Settings: accounts, security (passwords, recovery key), backups and restore, the audit log,
 * villages, the working calendar and the report settings. Each tab's controller holds its
 * view-model ({@code SettingsModel} hands them out; {@code BackupsModel} for the backups page),
 * which alone reads and writes the register, off the JavaFX thread.
 */
package vn.sotreem.ui.settings;
