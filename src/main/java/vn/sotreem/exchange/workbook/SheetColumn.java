package vn.sotreem.exchange.workbook;

import java.util.Arrays;
import java.util.List;
import vn.sotreem.domain.common.RecordField;
import vn.sotreem.domain.common.VietnameseText;

/**
 * A column of a register-workbook sheet: the stable key, the Vietnamese label written in the
 * header and shown in messages, and whether the column must be present. Header matching lives
 * here so every sheet follows the one rule of the design (folded key or folded label).
 *
 * @param alternativeKey for a required column that may be replaced by another one (ngày sinh or
 *                       tuổi ước lượng): the other column's key, else null
 */
record SheetColumn(String key, String label, boolean required, String alternativeKey) {

    static SheetColumn optional(String key, String label) {
        return new SheetColumn(key, label, false, null);
    }

    static SheetColumn required(String key, String label) {
        return new SheetColumn(key, label, true, null);
    }

    /** The columns of a record's catalogue, in its order: key, label, and required when the field is. */
    static List<SheetColumn> of(RecordField<?>[] fields) {
        return Arrays.stream(fields).map(f -> new SheetColumn(f.key(), f.label(), f.required(), null)).toList();
    }

    /** Required unless the column {@code alternativeKey} is present. */
    static SheetColumn requiredUnless(String key, String label, String alternativeKey) {
        return new SheetColumn(key, label, true, alternativeKey);
    }

    /** True when a header cell names this column: its folded text equals the folded key or label. */
    boolean matchesHeader(String headerText) {
        String folded = VietnameseText.foldKey(headerText);
        return !folded.isEmpty()
                && (folded.equals(VietnameseText.foldKey(key)) || folded.equals(VietnameseText.foldKey(label)));
    }
}
