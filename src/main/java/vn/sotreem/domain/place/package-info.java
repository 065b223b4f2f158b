/**
 * Places: provinces and communes after 01/07/2025, the pre-2025 communes and their mapping to the
 * new ones, the villages (thôn, tổ dân phố) of the register, and the register's own details (its
 * commune).
 */
package vn.sotreem.domain.place;
