/**
 * Children in special circumstances (Luật Trẻ em Điều 10, NĐ 56/2017 Điều 3–16): the 14 groups
 * and their sub-cases, dated memberships and their rules (no overlap, inside the child's life), the
 * support a child received and its rules.
 */
package vn.sotreem.domain.hcdb;
