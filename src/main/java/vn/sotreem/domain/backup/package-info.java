/**
 * Backups as the officer sees them: what a backup holds, and how many are kept (retention).
 */
package vn.sotreem.domain.backup;
