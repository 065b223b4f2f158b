package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotreem.domain.child.Ages;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildField;
import vn.sotreem.domain.child.ChildRules;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.child.EthnicGroup;
import vn.sotreem.domain.child.Poverty;
import vn.sotreem.domain.common.Problem;
import vn.sotreem.domain.common.Sex;

/**
 * Sheet {@code TreEm}: one row per child. Parses a row into a {@link Child}, then applies the
 * same {@link ChildRules} as the entry form, so a file cannot hold what the form would refuse.
 *
 * <p>Estimated birth dates: a row with only {@code tuoi_uoc_luong} = N gets the birth date R − N
 * years, flagged as estimated, where R is the day the age was estimated on: column
 * {@code ngay_uoc_luong} ({@link #ESTIMATE_DATE}, this app's addition to the design), else
 * {@code ngay_nhap}, else today (the design's reference). The exporter writes an estimated birth
 * date this way — {@code ngay_sinh} empty, the age and its day filled ({@link #estimateOf}) — so no
 * reader takes it for a known date, and the stored date and flag come back exactly whenever the
 * file is imported. A row with both {@code ngay_sinh} and {@code tuoi_uoc_luong} (what earlier
 * versions exported) keeps {@code ngay_sinh} and takes the filled age column as the mark "estimated".
 *
 * <p>One instance reads one sheet: it remembers the codes already seen to report a code used twice.
 */
public final class ChildSheet extends SheetSpec<Child> {

    static final String NAME = "TreEm";

    private static final String ETHNIC_HINT = "Hãy ghi tên dân tộc (ví dụ Kinh, Tày, Mường) hoặc mã 01–54, "
            + "“Người nước ngoài” hoặc “Không xác định”.";

    /** The day an estimated age was counted on (R of "R − N years"); the sheet's last column. */
    public static final SheetColumn ESTIMATE_DATE = SheetColumn.optional("ngay_uoc_luong", "Ngày ước lượng tuổi");

    /** An estimated birth date as the sheet writes it: {@code years} whole years on {@code on}. */
    public record Estimate(int years, LocalDate on) {
    }

    private final LocalDate today;
    private final Map<String, Integer> rowByCode = new HashMap<>();

    public ChildSheet(LocalDate today) {
        super(NAME, columnList());
        this.today = today;
    }

    /** The columns in the order the exporter writes them. */
    public static List<SheetColumn> columnList() {
        List<SheetColumn> columns = new ArrayList<>();
        for (ChildField field : ChildField.values()) {
            columns.add(switch (field) {
                case FULL_NAME, SEX, VILLAGE -> SheetColumn.required(field.key(), field.label());
                case BIRTH_DATE -> SheetColumn.requiredUnless(field.key(), field.label(), ChildField.ESTIMATED_AGE.key());
                default -> SheetColumn.optional(field.key(), field.label());
            });
        }
        columns.add(ESTIMATE_DATE); // last, so that the fields keep the columns they always had
        return List.copyOf(columns);
    }

    /**
     * How an estimated birth date is written: its whole years on a day near {@code around} (the
     * entry date, or the export day), chosen so that the day minus the years is the stored date
     * exactly (a 29 February counts back only from another 29 February).
     */
    public static Estimate estimateOf(LocalDate birth, LocalDate around) {
        int years = Math.max(0, Ages.ageOn(birth, around));
        while (years > 0 && !ChildRules.estimatedBirthDate(years, birth.plusYears(years)).equals(birth)) {
            years--;
        }
        return new Estimate(years, birth.plusYears(years));
    }


    @Override
    public Child parse(SheetRow row) {
        Child child = new Child();
        child.setCode(row.text(key(ChildField.CODE)));
        child.setFullName(row.text(key(ChildField.FULL_NAME)));
        LocalDate birth = row.date(key(ChildField.BIRTH_DATE));
        Integer estimatedAge = row.wholeNumber(key(ChildField.ESTIMATED_AGE));
        child.setSex(row.code(key(ChildField.SEX), SheetRow.listOf(Sex.values()), SheetRow.oneOf(Sex.values())));
        EthnicGroup ethnic = row.code(key(ChildField.ETHNICITY), EthnicGroup::lookup, ETHNIC_HINT);
        child.setEthnicCode(ethnic == null ? null : ethnic.code());
        child.setPersonalId(row.digitText(key(ChildField.PERSONAL_ID), 12, 10));
        child.setVillage(row.text(key(ChildField.VILLAGE)));
        child.setPoverty(row.code(key(ChildField.POVERTY), SheetRow.listOf(Poverty.values()),
                SheetRow.oneOf(Poverty.values()) + " Để trống nếu không thuộc diện nào."));
        child.setFatherName(row.text(key(ChildField.FATHER_NAME)));
        child.setMotherName(row.text(key(ChildField.MOTHER_NAME)));
        child.setCaregiverName(row.text(key(ChildField.CAREGIVER_NAME)));
        child.setPhone(row.digitText(key(ChildField.PHONE), 10, 9));
        child.setStatus(row.code(key(ChildField.STATUS), SheetRow.listOf(ChildStatus.values()),
                SheetRow.oneOf(ChildStatus.values())));
        child.setStatusDate(row.date(key(ChildField.STATUS_DATE)));
        LocalDate entry = row.date(key(ChildField.ENTRY_DATE));
        child.setEntryDate(entry);
        child.setNote(row.longText(key(ChildField.NOTE)));

        LocalDate estimatedOn = row.date(ESTIMATE_DATE.key());
        setBirthDate(row, child, birth, estimatedAge, entry, estimatedOn);
        checkCodeOnce(row, child.getCode());
        for (Problem problem : ChildRules.validateRecord(child, today)) {
            String key = problem.field();
            if (key.equals(key(ChildField.BIRTH_DATE)) && birth == null && row.hasColumn(key(ChildField.ESTIMATED_AGE))
                    && (estimatedAge != null || row.hasError(key(ChildField.ESTIMATED_AGE))
                    || !row.hasColumn(key(ChildField.BIRTH_DATE)))) {
                key = key(ChildField.ESTIMATED_AGE); // the birth date came (or should have come) from the age
            }
            if (problem.isError() && row.hasError(key)) {
                continue; // the unreadable cell is already reported
            }
            row.report(key, problem.severity(), problem.message());
        }
        return child;
    }

    /** {@code estimatedOn}: the day the age was estimated on (column {@code ngay_uoc_luong}), else the entry date counts. */
    private void setBirthDate(SheetRow row, Child child, LocalDate birth, Integer estimatedAge, LocalDate entry,
                              LocalDate estimatedOn) {
        if (birth != null) {
            child.setBirthDate(birth);
            child.setBirthDateEstimated(estimatedAge != null);
            if (estimatedAge != null && entry != null && Ages.ageOn(birth, entry) != estimatedAge) {
                row.warning(key(ChildField.ESTIMATED_AGE), "Tuổi ước lượng " + estimatedAge + " không khớp với ngày sinh "
                        + DateText.format(birth) + " (" + Math.max(0, Ages.ageOn(birth, entry)) + " tuổi vào ngày vào sổ "
                        + DateText.format(entry) + "); đã dùng ngày sinh.");
            }
        } else if (estimatedAge != null && !row.hasError(key(ChildField.BIRTH_DATE))) {
            LocalDate reference = estimatedOn != null ? estimatedOn : entry != null ? entry : today;
            child.setBirthDate(ChildRules.estimatedBirthDate(estimatedAge, reference));
            child.setBirthDateEstimated(true);
        }
    }

    private void checkCodeOnce(SheetRow row, String code) {
        if (code == null) {
            return;
        }
        Integer earlier = rowByCode.putIfAbsent(code, row.number());
        if (earlier != null) {
            row.error(key(ChildField.CODE), "Mã trẻ “" + code + "” đã có ở dòng " + earlier
                    + ". Mỗi trẻ chỉ ghi một dòng; hãy gộp hai dòng hoặc sửa mã.");
        }
    }

    private static String key(ChildField field) {
        return field.key();
    }
}
