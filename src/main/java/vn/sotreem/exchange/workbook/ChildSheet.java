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
 * years (R = {@code ngay_nhap}, or today when empty), flagged as estimated. A row with both
 * {@code ngay_sinh} and {@code tuoi_uoc_luong} keeps {@code ngay_sinh} and takes the filled age
 * column as the mark "estimated"; this is what the exporter writes, so the stored date and flag
 * come back exactly whenever the file is imported.
 *
 * <p>One instance reads one sheet: it remembers the codes already seen to report a code used twice.
 */
public final class ChildSheet extends SheetSpec<Child> {

    static final String NAME = "TreEm";

    private static final String ETHNIC_HINT = "Hãy ghi tên dân tộc (ví dụ Kinh, Tày, Mường) hoặc mã 01–54, "
            + "“Người nước ngoài” hoặc “Không xác định”.";

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
        return List.copyOf(columns);
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

        setBirthDate(row, child, birth, estimatedAge, entry);
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

    private void setBirthDate(SheetRow row, Child child, LocalDate birth, Integer estimatedAge, LocalDate entry) {
        if (birth != null) {
            child.setBirthDate(birth);
            child.setBirthDateEstimated(estimatedAge != null);
            if (estimatedAge != null && entry != null && Ages.ageOn(birth, entry) != estimatedAge) {
                row.warning(key(ChildField.ESTIMATED_AGE), "Tuổi ước lượng " + estimatedAge + " không khớp với ngày sinh "
                        + DateText.format(birth) + " (" + Math.max(0, Ages.ageOn(birth, entry)) + " tuổi vào ngày vào sổ "
                        + DateText.format(entry) + "); đã dùng ngày sinh.");
            }
        } else if (estimatedAge != null && !row.hasError(key(ChildField.BIRTH_DATE))) {
            LocalDate reference = entry != null ? entry : today;
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
