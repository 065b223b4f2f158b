/**
 * The domain: the child register's model and the rules of Vietnamese law and office practice,
 * one sub-package per feature ({@code child}, {@code hcdb}, {@code abuse}, {@code injury},
 * {@code report}, {@code merge}, {@code mapping}, {@code access}, {@code backup}) over the shared
 * {@code common}, {@code place} and {@code calendar}. Nothing here knows about the screen, the
 * database or Excel; the feature packages form no cycle (docs/decisions/0010-feature-packages.md).
 */
package vn.sotreem.domain;
