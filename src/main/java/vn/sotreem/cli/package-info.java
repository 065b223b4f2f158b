/**
 * The command line (the same jar, with a sub-command): {@code init}, {@code import},
 * {@code export-register}, {@code export-audit}, {@code check}, {@code report}, {@code backup},
 * {@code restore}, {@code verify-backup} and {@code bench}. Runs headless, never asks a question,
 * prints Vietnamese messages and returns a non-zero exit code on any error (2 for a usage error).
 * Parsing is picocli's.
 */
package vn.sotreem.cli;
