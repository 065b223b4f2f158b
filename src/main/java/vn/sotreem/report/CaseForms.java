package vn.sotreem.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Coded;
import vn.sotreem.domain.common.DateText;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.common.MoneyText;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.abuse.Reporter;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.abuse.procedure.ReviewRating;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.VietnameseText;
import vn.sotreem.report.OfficialDocument.Signature;
import vn.sotreem.report.OfficialDocument.Table;

/**
 * The official forms of an abuse case (Phụ lục NĐ 56/2017/NĐ-CP) as Word files to print, sign and
 * file: Mẫu 01 (report of receipt), Mẫu 04 (support and intervention plan), Mẫu 06 (review after
 * the plan). The commune's name heads each form; fields the case does not know print as dotted
 * lines to be filled by hand. Each form is dated by its own event — receipt, drafting of the plan,
 * review — and by "today" only while that event is not recorded. Writing goes through a temporary
 * file: a failure throws a {@link vn.sotreem.domain.common.UserFacingException} and leaves no file.
 */
public final class CaseForms {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final ParagraphAlignment LEFT = ParagraphAlignment.LEFT;
    private static final ParagraphAlignment CENTER = ParagraphAlignment.CENTER;
    private static final ParagraphAlignment RIGHT = ParagraphAlignment.RIGHT;
    private static final String SIGN = "(Ký, ghi rõ họ tên)";
    private static final String SIGN_AND_SEAL = "(Ký, ghi rõ họ tên, đóng dấu)";
    /** Mẫu 06 part a) rates the harm; part b) the child's own capacity, which is not added to the harm. */
    private static final List<ReviewCriterion> HARM = Arrays.stream(ReviewCriterion.values()).filter(ReviewCriterion::isHarm).toList();
    private static final List<ReviewCriterion> CAPACITY = Arrays.stream(ReviewCriterion.values()).filter(c -> !c.isHarm()).toList();
    private static final RiskLevel[] LEVELS = {RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW};

    private final OfficialNames names;
    private final LocalDate today;

    /**
     * @param register the commune whose name heads the forms
     * @param today    the date of a form whose own event is not recorded yet (a plan not yet drafted)
     */
    public CaseForms(RegisterInfo register, LocalDate today) {
        this.names = new OfficialNames(register);
        this.today = today;
    }

    /** Mẫu 01 Báo cáo tiếp nhận thông tin trẻ em — one per victim child. */
    public void writeIntakeReport(AbuseCase c, Child victim, Path out) {
        Intake in = c.getIntake();
        OfficialDocument d = new OfficialDocument(footer("Mẫu số 01", c));
        d.nationalHeader(names, "Số: " + OfficialDocument.SHORT_DOTS + "/BC-UBND", in.receivedOn());
        d.title("BÁO CÁO", "TIẾP NHẬN THÔNG TIN TRẺ EM BỊ XÂM HẠI");

        d.heading("A. THÔNG TIN CHUNG");
        d.heading("1. Nguồn nhận thông tin");
        d.field("Thông qua (điện thoại/gặp trực tiếp/người khác báo)", label(in.channel()));
        d.line("Thời gian (mấy giờ)", in.receivedTime() == null ? null : HOUR.format(in.receivedTime()),
                "ngày", DateText.format(in.receivedOn()));
        d.field("Cơ quan, đơn vị tiếp nhận", label(in.receivingBody()));

        d.heading("2. Thông tin về trẻ em");
        d.field("Họ và tên trẻ em", victim.getFullName());
        birth(d, victim, in.receivedOn());
        d.field("Giới tính", sex(victim.getSex()));
        d.field("Địa điểm xảy ra vụ việc", join(", ", in.placeDetail(), in.village()));
        d.line("Ngày xảy ra vụ việc", DateText.format(in.occurredOn()), "môi trường xảy ra", label(in.setting()));
        d.field("Hình thức bị xâm hại", victim.getId() == null ? null
                : c.victim(victim.getId()).map(CaseForms::forms).orElse(null));
        d.field("Tình trạng hiện tại của trẻ em", in.childState());
        d.field("Phỏng đoán hậu quả có thể xảy ra cho trẻ em nếu không được hỗ trợ, can thiệp",
                in.fearedConsequences());
        d.line("Họ và tên cha", victim.getFatherName(), "tuổi", OfficialDocument.SHORT_DOTS,
                "nghề nghiệp", OfficialDocument.SHORT_DOTS);
        d.line("Họ và tên mẹ", victim.getMotherName(), "tuổi", OfficialDocument.SHORT_DOTS,
                "nghề nghiệp", OfficialDocument.SHORT_DOTS);
        d.field("Hoàn cảnh gia đình", in.familySituation());
        d.field("Người đang chăm sóc trẻ em", victim.getCaregiverName());
        d.field("Những hành động hỗ trợ, can thiệp đã thực hiện", in.actionsTaken());

        d.heading("3. Thông tin về người cung cấp thông tin (nếu đồng ý cung cấp)");
        Reporter reporter = in.reporter();
        if (reporter == null || reporter.isEmpty()) {
            d.item("Không cung cấp.");
        } else {
            d.field("Họ và tên", reporter.name());
            d.field("Số điện thoại", reporter.phone());
            d.field("Địa chỉ", reporter.address());
        }
        d.heading("Ghi thêm");
        d.text(in.note());

        d.signatures(null, new Signature(List.of("NGƯỜI TIẾP NHẬN THÔNG TIN"), SIGN, in.receivingOfficer()));
        d.save(out);
    }

    /** Mẫu 04 Kế hoạch hỗ trợ, can thiệp — the current plan (c.currentPlan()), victims listed. */
    public void writePlan(AbuseCase c, Map<Long, Child> victims, Path out) {
        int number = c.currentPlanNumber();
        Optional<CaseStepRecord> drafted = c.getSteps().stream().filter(s -> s.step() == CaseStep.PLAN_DRAFTED)
                .skip(number - 1L).findFirst();
        OfficialDocument d = new OfficialDocument(footer("Mẫu số 04", c));
        d.nationalHeader(names, "Số: " + OfficialDocument.SHORT_DOTS + "/KH-UBND",
                drafted.map(CaseStepRecord::date).orElse(today));
        d.title("KẾ HOẠCH", "HỖ TRỢ, CAN THIỆP ĐỐI VỚI TRẺ EM BỊ XÂM HẠI");
        if (number > 1) {
            d.subtitle("(Kế hoạch lần " + number + ", lập sau rà soát, đánh giá)");
        }

        d.heading("I. TRẺ EM ĐƯỢC HỖ TRỢ, CAN THIỆP");
        int n = 0;
        for (AbuseVictim v : c.getVictims()) {
            Child child = victims.get(v.childId());
            d.numbered(++n, "Họ và tên", child == null ? null : child.getFullName(),
                    "ngày sinh", child == null ? null : DateText.format(child.getBirthDate()),
                    "giới tính", child == null ? null : sex(child.getSex()),
                    "hình thức bị xâm hại", forms(v));
        }
        if (n == 0) {
            d.text(null);
        }

        d.heading("II. KẾT QUẢ ĐÁNH GIÁ NGUY CƠ");
        Optional<CaseStepRecord> detailed = c.lastStep(CaseStep.DETAILED_ASSESSMENT);
        if (detailed.isPresent()) {
            assessment(d, "Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu số 03)", detailed.get());
        } else {
            d.item("Chưa thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu số 03).");
            c.lastStep(CaseStep.INITIAL_ASSESSMENT)
                    .ifPresent(s -> assessment(d, "Đánh giá nguy cơ ban đầu (Mẫu số 02)", s));
        }

        d.heading("III. CÁC DỊCH VỤ, HOẠT ĐỘNG HỖ TRỢ, CAN THIỆP");
        planTable(d, c.currentPlan());

        d.signatures(new Signature(List.of("NGƯỜI LẬP KẾ HOẠCH"), SIGN, drafted.map(CaseStepRecord::actor).orElse(null)),
                new Signature(List.of("PHÊ DUYỆT", names.chairmanTitle()), SIGN_AND_SEAL, null));
        d.save(out);
    }

    private static void assessment(OfficialDocument d, String what, CaseStepRecord s) {
        d.line(what + " ngày", DateText.format(s.date()), "người thực hiện", s.actor(),
                "mức độ nguy cơ", label(s.risk()));
        if (!VietnameseText.isBlank(s.note())) {
            d.field("Nhận định", s.note());
        }
    }

    private static void planTable(OfficialDocument d, List<PlanItem> items) {
        Table t = d.table(new int[] {680, 1850, 1400, 1400, 1330, 1330, OfficialDocument.TEXT_WIDTH - 7990},
                "STT", "Dịch vụ, hoạt động hỗ trợ, can thiệp", "Người, cơ quan chịu trách nhiệm",
                "Cơ sở cung cấp dịch vụ", "Thời gian bắt đầu", "Dự kiến kết thúc", "Kinh phí dự kiến (đồng)");
        ParagraphAlignment[] align = {CENTER, LEFT, LEFT, LEFT, CENTER, CENTER, RIGHT};
        long total = 0;
        boolean anyCost = false;
        int n = 0;
        for (PlanItem item : items) {
            t.add(align, String.valueOf(++n), cell(item.task()), cell(item.responsible()), cell(item.provider()),
                    cell(DateText.format(item.start())), cell(DateText.format(item.plannedEnd())),
                    item.cost() == null ? OfficialDocument.SHORT_DOTS : MoneyText.format(item.cost()));
            if (item.cost() != null) {
                total += item.cost();
                anyCost = true;
            }
        }
        // A plan not written yet: empty rows to fill in by hand, as on the paper form.
        for (int i = n; i < 3 && items.isEmpty(); i++) {
            t.add(align, "", "", "", "", "", "", "");
        }
        XWPFTableRow sum = t.add(align, "", "Tổng cộng", "", "", "", "",
                anyCost ? MoneyText.format(total) : OfficialDocument.SHORT_DOTS);
        sum.getCell(1).getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true));
        sum.getCell(6).getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true));
    }

    /** Mẫu 06 Rà soát, đánh giá sau khi thực hiện kế hoạch — for the review of one child. */
    public void writeReview(AbuseCase c, Review review, Child child, Path out) {
        OfficialDocument d = new OfficialDocument(footer("Mẫu số 06", c));
        d.nationalHeader(names, "Số: " + OfficialDocument.SHORT_DOTS + "/BC-UBND",
                review.date() == null ? today : review.date());
        d.title("RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM", "SAU KHI THỰC HIỆN KẾ HOẠCH HỖ TRỢ, CAN THIỆP");
        d.field("Họ và tên trẻ em", child.getFullName());
        d.field("Họ và tên cán bộ thực hiện", review.officer());
        d.field("Ngày, tháng, năm thực hiện", DateText.format(review.date()));

        d.heading("1. Đánh giá nguy cơ tại giai đoạn kết thúc");
        d.heading("a) Đánh giá mức độ tổn hại của trẻ em");
        ratingTable(d, review, HARM, true);
        d.heading("b) Đánh giá khả năng tự bảo vệ, phục hồi của trẻ em");
        ratingTable(d, review, CAPACITY, false);

        d.heading("2. Kết luận");
        d.text(review.conclusion());
        d.heading("3. Đề xuất");
        d.text(review.closeRecommended()
                ? "Trình " + names.chairman() + " kết thúc kế hoạch hỗ trợ, can thiệp: trẻ em không còn nguy cơ bị "
                        + "xâm hại, các yếu tố về thể chất, tâm lý, nhận thức, tình cảm của trẻ em đã ổn định."
                : "Trình " + names.chairman() + " tiếp tục xây dựng, phê duyệt kế hoạch hỗ trợ, can thiệp mới: trẻ em "
                        + "vẫn có nguy cơ bị xâm hại hoặc các yếu tố về thể chất, tâm lý, nhận thức, tình cảm của trẻ "
                        + "em chưa ổn định.");

        d.signatures(new Signature(List.of("NGƯỜI THỰC HIỆN RÀ SOÁT"), SIGN, review.officer()),
                new Signature(List.of(names.chairmanTitle()), SIGN_AND_SEAL, null));
        d.save(out);
    }

    /** One row per criterion with an X under its level and the evidence; the harm table adds the count per level. */
    private static void ratingTable(OfficialDocument d, Review review, List<ReviewCriterion> criteria, boolean total) {
        Table t = d.table(new int[] {3400, 800, 1400, 800, OfficialDocument.TEXT_WIDTH - 6400},
                "Tiêu chí đánh giá", "Cao", "Trung bình", "Thấp", "Căn cứ, nhận xét");
        ParagraphAlignment[] align = {LEFT, CENTER, CENTER, CENTER, LEFT};
        int n = 0;
        for (ReviewCriterion criterion : criteria) {
            ReviewRating rating = review.ratings().stream().filter(r -> r.criterion() == criterion).findFirst()
                    .orElse(null);
            RiskLevel level = rating == null ? null : rating.level();
            XWPFTableRow row = t.add(align, ++n + ". " + criterion.label(), mark(level, RiskLevel.HIGH),
                    mark(level, RiskLevel.MEDIUM), mark(level, RiskLevel.LOW), cell(rating == null ? null : rating.evidence()));
            for (int i = 1; i <= 3; i++) {
                row.getCell(i).getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true));
                row.getCell(i).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            }
        }
        if (total) {
            String[] counts = new String[LEVELS.length];
            for (int i = 0; i < LEVELS.length; i++) {
                RiskLevel level = LEVELS[i];
                counts[i] = String.valueOf(review.count(level));
            }
            XWPFTableRow row = t.add(align, "Tổng số", counts[0], counts[1], counts[2], "");
            for (int i = 0; i < 4; i++) {
                row.getCell(i).getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true));
            }
        }
    }

    private static String mark(RiskLevel rated, RiskLevel column) {
        return rated == column ? "X" : "";
    }

    /** The birth date (with the age at receipt), or the estimated age, as Mẫu 01 asks. */
    private static void birth(OfficialDocument d, Child child, LocalDate on) {
        int age = on == null ? -1 : child.ageOn(on);
        String years = age < 0 ? null : age + " tuổi";
        if (child.getBirthDate() != null && !child.isBirthDateEstimated()) {
            d.field("Ngày, tháng, năm sinh", DateText.format(child.getBirthDate()) + (years == null ? "" : " (" + years + ")"));
        } else {
            d.line("Ngày, tháng, năm sinh", OfficialDocument.SHORT_DOTS, "hoặc ước lượng tuổi",
                    years == null ? null : "khoảng " + years);
        }
    }

    /** "Bạo lực; Xâm hại tình dục (Dâm ô)": the forms in list order, each with its NĐ 56 sub-forms. */
    static String forms(AbuseVictim v) {
        // A sub-form names its form even if the form itself was not ticked.
        Set<AbuseForm> forms = new TreeSet<>(v.forms());
        v.subForms().stream().map(AbuseForm::ofSubForm).filter(Objects::nonNull).forEach(forms::add);
        List<String> parts = new ArrayList<>();
        forms.forEach(form -> {
            List<String> subs = v.subForms().stream().filter(s -> AbuseForm.ofSubForm(s) == form)
                    .map(HcdbSubCase::label).toList();
            parts.add(form.label() + (subs.isEmpty() ? "" : " (" + String.join(", ", subs) + ")"));
        });
        return String.join("; ", parts);
    }

    private static String sex(Sex sex) {
        if (sex == null) {
            return null;
        }
        // Mẫu 01 offers Nam / Nữ / Không biết.
        return sex == Sex.UNKNOWN ? "Không biết" : sex.label();
    }

    private static String footer(String form, AbuseCase c) {
        return form + " (NĐ 56/2017/NĐ-CP)" + (VietnameseText.isBlank(c.getCode()) ? "" : " — Vụ việc " + c.getCode());
    }

    private static String label(Coded value) {
        return value == null ? null : value.label();
    }

    /** A table cell: the text, or short dots to fill in by hand. */
    private static String cell(String text) {
        return VietnameseText.isBlank(text) ? OfficialDocument.SHORT_DOTS : text;
    }

    private static String join(String separator, String... parts) {
        return Arrays.stream(parts).filter(p -> !VietnameseText.isBlank(p)).map(String::strip)
                .collect(Collectors.joining(separator));
    }
}
