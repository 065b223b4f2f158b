/**
 * The procedure of an abuse case: its steps, the deadlines counted in working days (12-hour
 * emergency, assessment, plan in 5 + 2 working days, reviews), support plans (Mẫu 04), reviews
 * (Mẫu 06) and temporary separation (Mẫu 07).
 */
package vn.sotreem.domain.abuse.procedure;
