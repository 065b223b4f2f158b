/**
 * The command line (the same jar, with a sub-command): {@code init}, {@code import},
 * {@code export-register}. Runs headless, never asks a question, prints Vietnamese messages and
 * returns a non-zero exit code on any error. Parsing is picocli's.
 */
package vn.sotreem.cli;
