/**
 * Merging two records of one child: which fields to keep and how their HCĐB histories join. Above
 * {@code child} and {@code hcdb}, which it combines.
 */
package vn.sotreem.domain.merge;
