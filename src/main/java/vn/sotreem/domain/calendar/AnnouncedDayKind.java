package vn.sotreem.domain.calendar;

import vn.sotreem.domain.common.Coded;

/** What the government announced for a day: an extra day off, or a (Saturday) worked to make up for one. */
public enum AnnouncedDayKind implements Coded {
    DAY_OFF("nghi", "Ngày nghỉ"),
    WORKING_DAY("lam_bu", "Ngày làm bù");

    private final CodeLabel value;

    AnnouncedDayKind(String code, String label) {
        this.value = new CodeLabel(code, label);
    }

    @Override
    public CodeLabel codeLabel() {
        return value;
    }

    @Override
    public String toString() {
        return label();
    }
}
