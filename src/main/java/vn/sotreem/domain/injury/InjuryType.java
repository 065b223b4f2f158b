package vn.sotreem.domain.injury;

import vn.sotreem.domain.common.Coded;

/** List {@code loai_tntt}: the 11 types of the injury report form (QĐ 234/QĐ-TTg, phụ lục 1). */
public enum InjuryType implements Coded {
    FALL("01", "Ngã"),
    BURN("02", "Bỏng/cháy"),
    TRAFFIC("03", "Tai nạn giao thông"),
    POISONING("04", "Ngộ độc các loại"),
    CUT("05", "Cắt, đâm"),
    SUFFOCATION("06", "Ngạt thở, hóc nghẹn"),
    ANIMAL_BITE("07", "Súc vật cắn"),
    DROWNING("08", "Đuối nước"),
    EXPLOSIVE("09", "Bom, mìn/vật nổ"),
    ELECTRIC_SHOCK("10", "Điện giật"),
    OTHER("11", "Các loại TNTT khác");

    private final CodeLabel value;

    InjuryType(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    /** Finds a type by its code, also written without the leading zero ("8" for "08"). */
    public static java.util.Optional<InjuryType> lookup(String text) {
        if (text != null && text.trim().matches("\\d")) {
            return Coded.byCode(values(), "0" + text.trim());
        }
        return Coded.lookup(values(), text);
    }

    @Override
    public String toString() {
        return code() + " " + label();
    }
}
