package vn.sotreem.ui.common;

/** One entry of a choice box: a value (null for "all"/"none") and the Vietnamese text shown. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
