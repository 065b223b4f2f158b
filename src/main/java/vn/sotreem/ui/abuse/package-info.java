/**
 * Abuse cases: the list, the case form (intake, victims, perpetrators) and its documents. The
 * procedure pane is in {@code abuse.procedure}.
 */
package vn.sotreem.ui.abuse;
