package vn.sotreem.exchange.workbook;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseRules;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.abuse.Sanction;

/**
 * Sheet {@code XamHai}: one row per child victim per abuse case. The sheet is flat and the
 * {@link AbuseCase} is richer, so the two are mapped as follows.
 *
 * <p><b>Sheet → register.</b> Rows with the same {@code ma_vu} are one case (code = {@code ma_vu}),
 * with one {@link AbuseVictim} per row in row order ({@code hinh_thuc} → forms and NĐ 56 sub-forms,
 * {@code da_ho_tro} → supported). The intake takes {@code ngay_xay_ra}, {@code ngay_tiep_nhan},
 * {@code gio_tiep_nhan} and {@code moi_truong}, which every row of the case must repeat, and
 * {@code ghi_chu} of the case's first row as its note. A row's {@code quan_he}, {@code xu_ly} and
 * {@code tien_phat} become one {@link Perpetrator} linked to that row's child, with a
 * {@link Sanction} holding only the fine when {@code tien_phat} is filled; a row with none of the
 * three has no perpetrator. {@code hinh_thuc} holds several values separated by {@code ;} (or
 * {@code ,}): forms by code or label and sub-forms of NĐ 56/2017 Điều 12–13 by code ({@code l.4}) or
 * label; a sub-form implies its form.
 *
 * <p><b>Register → sheet.</b> One row per victim, cases in order of receipt. The perpetrators of a
 * row are those linked to its child, plus, on the case's first row only, those linked to no child
 * (so that summing a column over the rows gives the case's total): {@code quan_he} is the relation
 * of the first of them that has one; {@code xu_ly} is {@code hanh_chinh} when one of them has a
 * fine, else the most serious of their handlings (hình sự, hành chính, đang xác minh, chưa xử lý);
 * {@code tien_phat} is the sum of their fines, empty when none has a fine. {@code ghi_chu} is the
 * case's note, on the first row only. Forms are written as labels, sub-forms as codes (as sheet
 * HCDB writes sub-cases), values separated by {@code "; "}; the hour as {@code HH:mm} text.
 *
 * <p>So a sheet in this format — a note only on a case's first row — goes through the register and
 * back unchanged, cell for cell. What the sheet cannot show (channel, reporter, the procedure's
 * steps, plans, reviews, an outcome per child, a perpetrator's sex or sanction decision) is kept
 * when an existing case is imported again: see {@link AbuseImportPlan}.
 */
final class AbuseCaseSheet extends SheetSpec<AbuseCaseSheet.Row> {

    static final String NAME = "XamHai";
    static final String RELATION = "quan_he";
    static final String SUPPORTED = "da_ho_tro";
    static final String NOTE = "ghi_chu";
    static final String SEPARATOR = "; ";

    /** The NĐ 56 sub-forms a victim may have: those of the forms the decree subdivides. */
    private static final HcdbSubCase[] SUB_FORMS = Arrays.stream(AbuseForm.values())
            .flatMap(f -> f.subForms().stream()).toArray(HcdbSubCase[]::new);

    /**
     * One row. {@code fine} is null when {@code tien_phat} is empty; {@code note} is the case's
     * note on its first row.
     */
    record Row(String caseCode, String childCode, LocalDate occurredOn, LocalDate receivedOn, LocalTime receivedTime,
               Set<AbuseForm> forms, List<HcdbSubCase> subForms, AbuseSetting setting, PerpetratorRelation relation,
               boolean supported, HandlingRoute handling, Long fine, String note) {

        /** The perpetrator the row describes, linked to {@code childId}; empty when the row names none. */
        Optional<Perpetrator> perpetrator(long childId) {
            if (relation == null && handling == null && fine == null) {
                return Optional.empty();
            }
            Sanction sanction = fine == null ? null : new Sanction(null, null, null, null, fine, null);
            return Optional.of(new Perpetrator(childId, null, null, relation, handling, sanction, null));
        }

        /** The perpetrator cells of the row, for comparing with what a stored case would export. */
        PerpetratorCells perpetratorCells() {
            return new PerpetratorCells(relation, handling, fine);
        }
    }

    /** The cells {@code quan_he}, {@code xu_ly} and {@code tien_phat} of one row. */
    record PerpetratorCells(PerpetratorRelation relation, HandlingRoute handling, Long fine) {
    }

    static final List<SheetColumn> COLUMNS = List.of(
            SheetColumn.required(AbuseCaseRules.CODE, "Mã vụ việc"),
            SheetColumn.required(AbuseCaseRules.CHILD, "Mã trẻ"),
            SheetColumn.required(AbuseCaseRules.OCCURRED, "Ngày xảy ra"),
            SheetColumn.required(AbuseCaseRules.RECEIVED, "Ngày tiếp nhận"),
            SheetColumn.optional(AbuseCaseRules.RECEIVED_TIME, "Giờ tiếp nhận"),
            SheetColumn.required(AbuseCaseRules.FORMS, "Hình thức xâm hại"),
            SheetColumn.required(AbuseCaseRules.SETTING, "Môi trường xâm hại"),
            SheetColumn.optional(RELATION, "Quan hệ với người xâm hại"),
            SheetColumn.optional(SUPPORTED, "Đã được hỗ trợ, can thiệp"),
            SheetColumn.optional(AbuseCaseRules.HANDLING, "Xử lý"),
            SheetColumn.optional(AbuseCaseRules.FINE, "Tiền phạt (đồng)"),
            SheetColumn.optional(NOTE, "Ghi chú"));


    AbuseCaseSheet() {
        super(NAME, COLUMNS);
    }

    @Override
    public Row parse(SheetRow row) {
        String caseCode = row.required(AbuseCaseRules.CODE, row.text(AbuseCaseRules.CODE), "Chưa ghi mã vụ việc.");
        String childCode = row.required(AbuseCaseRules.CHILD, row.text(AbuseCaseRules.CHILD), "Chưa ghi mã trẻ.");
        LocalDate occurred = row.required(AbuseCaseRules.OCCURRED, row.date(AbuseCaseRules.OCCURRED), "Chưa ghi ngày xảy ra.");
        LocalDate received = row.required(AbuseCaseRules.RECEIVED, row.date(AbuseCaseRules.RECEIVED), "Chưa ghi ngày tiếp nhận.");
        LocalTime time = row.time(AbuseCaseRules.RECEIVED_TIME);
        List<Coded> formValues = row.codes(AbuseCaseRules.FORMS, AbuseCaseSheet::formOrSubForm,
                "Hãy ghi một hoặc nhiều hình thức (" + String.join("; ", Arrays.stream(AbuseForm.values()).map(Coded::label).toList())
                        + "), cách nhau bởi dấu ; — có thể ghi thêm trường hợp theo NĐ 56/2017, ví dụ l.4.");
        Set<AbuseForm> forms = EnumSet.noneOf(AbuseForm.class);
        List<HcdbSubCase> subForms = new ArrayList<>();
        for (Coded value : formValues) {
            if (value instanceof AbuseForm form) {
                forms.add(form);
            } else if (value instanceof HcdbSubCase subForm) {
                subForms.add(subForm);
                forms.add(AbuseForm.ofSubForm(subForm)); // a sub-form implies its form
            }
        }
        if (formValues.isEmpty()) {
            row.required(AbuseCaseRules.FORMS, null, "Chưa ghi hình thức xâm hại.");
        }
        AbuseSetting setting = row.required(AbuseCaseRules.SETTING, row.code(AbuseCaseRules.SETTING,
                SheetRow.listOf(AbuseSetting.values()), SheetRow.oneOf(AbuseSetting.values())), "Chưa ghi môi trường xâm hại.");
        PerpetratorRelation relation = row.code(RELATION, SheetRow.listOf(PerpetratorRelation.values()),
                SheetRow.oneOf(PerpetratorRelation.values()));
        boolean supported = row.yesNo(SUPPORTED, false);
        HandlingRoute handling = row.code(AbuseCaseRules.HANDLING, SheetRow.listOf(HandlingRoute.values()),
                SheetRow.oneOf(HandlingRoute.values()));
        Long fine = row.money(AbuseCaseRules.FINE);
        if (fine != null && handling != HandlingRoute.ADMINISTRATIVE && !row.hasError(AbuseCaseRules.HANDLING)) {
            row.error(AbuseCaseRules.FINE, "Có tiền phạt nhưng cột Xử lý "
                    + (handling == null ? "để trống" : "là “" + handling.label() + "”")
                    + ": tiền phạt chỉ ghi khi xử lý là “" + HandlingRoute.ADMINISTRATIVE.label() + "”.");
        }
        return new Row(caseCode, childCode, occurred, received, time, forms, subForms, setting, relation, supported,
                handling, fine, row.longText(NOTE));
    }

    private static Optional<Coded> formOrSubForm(String text) {
        Optional<Coded> form = Coded.lookup(AbuseForm.values(), text).map(Coded.class::cast);
        return form.isPresent() ? form : Coded.lookup(SUB_FORMS, text).map(Coded.class::cast);
    }

    /** {@code hinh_thuc} as exported: the forms' labels in list order, then the sub-forms' codes. */
    static String formsText(Set<AbuseForm> forms, List<HcdbSubCase> subForms) {
        return Stream.concat(forms.stream().sorted().map(Coded::label), subForms.stream().map(Coded::code))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The rows of one case, as the export writes them; {@code childCodes} gives each victim's {@code ma_tre}. */
    static List<Row> rowsOf(AbuseCase c, Function<Long, String> childCodes) {
        Intake intake = c.getIntake();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < c.getVictims().size(); i++) {
            AbuseVictim v = c.getVictims().get(i);
            PerpetratorCells cells = perpetratorCells(perpetratorsOfRow(c, v.childId(), i == 0));
            rows.add(new Row(c.getCode(), childCodes.apply(v.childId()), intake.occurredOn(), intake.receivedOn(),
                    intake.receivedTime(), v.forms(), v.subForms(), intake.setting(), cells.relation(), v.supported(),
                    cells.handling(), cells.fine(), i == 0 ? intake.note() : null));
        }
        return rows;
    }

    /** The perpetrators shown on a victim's row: theirs, and on the first row those of no child. */
    static List<Perpetrator> perpetratorsOfRow(AbuseCase c, long childId, boolean firstRow) {
        return c.getPerpetrators().stream()
                .filter(p -> Objects.equals(p.victimChildId(), childId) || (firstRow && p.victimChildId() == null))
                .toList();
    }

    /** {@code quan_he}, {@code xu_ly} and {@code tien_phat} of a row showing {@code perpetrators}. */
    static PerpetratorCells perpetratorCells(List<Perpetrator> perpetrators) {
        PerpetratorRelation relation = perpetrators.stream().map(Perpetrator::relation).filter(Objects::nonNull)
                .findFirst().orElse(null);
        List<Perpetrator> fined = perpetrators.stream().filter(p -> p.sanction() != null && p.sanction().fine() != null).toList();
        // The list is in order of seriousness: criminal first.
        HandlingRoute handling = !fined.isEmpty() ? HandlingRoute.ADMINISTRATIVE : perpetrators.stream()
                .map(Perpetrator::handling).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Long fine = fined.isEmpty() ? null : fined.stream().mapToLong(Perpetrator::fine).sum();
        return new PerpetratorCells(relation, handling, fine);
    }
}
