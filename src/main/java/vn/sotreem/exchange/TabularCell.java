package vn.sotreem.exchange;

/**
 * One cell of an officer's own list, whatever the file type: its text (trimmed, NFC, null when
 * blank) and what it was in the file. A date cell's text is dd/MM/yyyy; a number's is plain
 * ({@code 912345678}, never {@code 9.12E8}), so its leading zeros may have been lost by Excel.
 */
record TabularCell(String text, Kind kind) {

    enum Kind { TEXT, NUMBER, DATE }

    static final TabularCell BLANK = new TabularCell(null, Kind.TEXT);

    static TabularCell of(String text, Kind kind) {
        if (text == null) {
            return BLANK;
        }
        String clean = java.text.Normalizer.normalize(text.replace('\u00A0', ' ').strip(), java.text.Normalizer.Form.NFC);
        return clean.isEmpty() ? BLANK : new TabularCell(clean, kind);
    }

    boolean isBlank() {
        return text == null;
    }
}
