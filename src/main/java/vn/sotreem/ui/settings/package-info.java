/**
 * Settings: accounts, security (passwords, recovery key), backups and restore, the audit log,
 * villages, the working calendar and the report settings.
 */
package vn.sotreem.ui.settings;
