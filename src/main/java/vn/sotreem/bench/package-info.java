/**
 * The benchmark of issue 10 ({@code so-tre-em bench}): a synthetic commune (a deterministic generator
 * of children, HCĐB memberships, supports, abuse cases and injuries written through the store), the
 * measurements (search as you type, indicator reports, register workbook import, peak heap, database
 * size, cold start) against bare Apache POI and bare JavaFX baselines, and the results as a table and JSON. A developer tool:
 * uses domain, storage, exchange and report; only {@code cli} may depend on it.
 */
package vn.sotreem.bench;
