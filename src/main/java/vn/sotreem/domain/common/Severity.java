package vn.sotreem.domain.common;

/** Whether a problem blocks saving (error) or only needs the officer's attention (warning). */
public enum Severity {
    ERROR,
    WARNING
}
