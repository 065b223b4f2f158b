/**
 * Abuse cases (NĐ 56/2017 Điều 24–32): the intake (Mẫu 01), victims and their forms of abuse,
 * perpetrators and what happened to them, the case's rules and changes, and its summary on the lists.
 * The procedure's steps and deadlines are in {@code abuse.procedure}.
 */
package vn.sotreem.domain.abuse;
