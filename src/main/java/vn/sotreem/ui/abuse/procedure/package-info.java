/**
 * The procedure pane of an abuse case: the timeline of steps, the next step with its deadline,
 * support plans (Mẫu 04), reviews (Mẫu 06) and separation (Mẫu 07).
 */
package vn.sotreem.ui.abuse.procedure;
