package vn.sotreem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Confidentiality;
import vn.sotreem.domain.abuse.Intake;
import vn.sotreem.domain.abuse.procedure.PlanItem;
import vn.sotreem.domain.place.RegisterInfo;
import vn.sotreem.domain.abuse.procedure.Review;
import vn.sotreem.domain.abuse.procedure.ReviewCriterion;
import vn.sotreem.domain.abuse.procedure.ReviewRating;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;

/** Each form written for a full case and read back with POI: what Word will show and print. */
class CaseFormsTest {

    static final RegisterInfo INFO = new RegisterInfo("00004", "Phường Ba Đình", "01", "Thành phố Hà Nội", "Nguyễn Thị Lan");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private final Child hoa = child(1, "Trần Thị Hoa", LocalDate.of(2016, 3, 12), Sex.FEMALE);
    private final Child nam = child(2, "Trần Văn Nam", LocalDate.of(2018, 1, 1), Sex.MALE);
    private final AbuseCase full = AbuseCases.full("XH-2026-001", 1, 2);
    private final CaseForms forms = new CaseForms(INFO, TODAY);

    CaseFormsTest() {
        hoa.setFatherName("Trần Văn Hùng");
        hoa.setMotherName("Lê Thị Mai");
        hoa.setCaregiverName("Lê Thị Bình");
        nam.setBirthDateEstimated(true);
    }

    static Child child(long id, String name, LocalDate birth, Sex sex) {
        Child c = new Child();
        c.setId(id);
        c.setCode("TE-00" + id);
        c.setFullName(name);
        c.setBirthDate(birth);
        c.setSex(sex);
        c.setVillage("Thôn 1");
        return c;
    }

    @Test
    void intakeReportHasTheOfficialHeaderTheChildTheReceiptAndTheReporter() throws IOException {
        Path file = dir.resolve("mau-01.docx");
        forms.writeIntakeReport(full, hoa, file);

        try (XWPFDocument doc = open(file)) {
            String text = text(doc);
            assertContains(text, "UBND PHƯỜNG BA ĐÌNH", "Số: …………/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Ba Đình, ngày 05 tháng 10 năm 2026",
                    "BÁO CÁO TIẾP NHẬN THÔNG TIN TRẺ EM BỊ XÂM HẠI",
                    "Thông qua (điện thoại/gặp trực tiếp/người khác báo): Người khác báo",
                    "Thời gian (mấy giờ): 09:30; ngày: 05/10/2026", "Cơ quan, đơn vị tiếp nhận: Trường học",
                    "Họ và tên trẻ em: Trần Thị Hoa", "Ngày, tháng, năm sinh: 12/03/2016 (10 tuổi)", "Giới tính: Nữ",
                    "Địa điểm xảy ra vụ việc: Gần trường tiểu học, Thôn 1",
                    "Hình thức bị xâm hại: Bạo lực; Xâm hại tình dục (Dâm ô)",
                    "Tình trạng hiện tại của trẻ em: Hai trẻ hoảng sợ",
                    "Họ và tên cha: Trần Văn Hùng; tuổi: …………; nghề nghiệp: …………",
                    "Họ và tên mẹ: Lê Thị Mai", "Người đang chăm sóc trẻ em: Lê Thị Bình",
                    "Hoàn cảnh gia đình: Bố mẹ đi làm xa, ở với bà",
                    "Những hành động hỗ trợ, can thiệp đã thực hiện: Đưa trẻ về nhà bà ngoại",
                    "Họ và tên: Trần Văn Minh", "Số điện thoại: 0912345678", "Địa chỉ: Thôn 2",
                    "Giáo viên chủ nhiệm báo", "NGƯỜI TIẾP NHẬN THÔNG TIN", "(Ký, ghi rõ họ tên)", "Nguyễn Thị Lan");
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("Không cung cấp"));

            XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getTopBorderType());
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getInsideVBorderType());
            XWPFRun motto = runs(doc).filter(r -> "Độc lập - Tự do - Hạnh phúc".equals(r.text())).findFirst().orElseThrow();
            assertTrue(motto.isBold());
            assertEquals(UnderlinePatterns.SINGLE, motto.getUnderline());
            XWPFRun date = runs(doc).filter(r -> r.text().startsWith("Ba Đình, ngày")).findFirst().orElseThrow();
            assertTrue(date.isItalic());
            XWPFRun title = runs(doc).filter(r -> "BÁO CÁO".equals(r.text().strip())).findFirst().orElseThrow();
            assertTrue(title.isBold());
        }
    }

    @Test
    void anIntakeWithoutReporterOrKnownParentsPrintsDotsAndTheEstimatedAge() throws IOException {
        Intake bare = new Intake(LocalDate.of(2026, 10, 5), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        AbuseCase c = new AbuseCase("XH-2026-002", bare);
        c.setVictims(List.of(AbuseVictim.of(2, List.of(AbuseForm.ABANDONMENT))));
        Path file = dir.resolve("mau-01-trong.docx");
        forms.writeIntakeReport(c, nam, file);

        try (XWPFDocument doc = open(file)) {
            String text = text(doc);
            assertContains(text, "Thông qua (điện thoại/gặp trực tiếp/người khác báo): ………………………………",
                    "Thời gian (mấy giờ): ………………………………; ngày: 05/10/2026",
                    "Ngày, tháng, năm sinh: …………; hoặc ước lượng tuổi: khoảng 8 tuổi", "Giới tính: Nam",
                    "Hình thức bị xâm hại: Bỏ rơi, bỏ mặc", "Họ và tên cha: ………………………………",
                    "Người đang chăm sóc trẻ em: ………………………………", "Không cung cấp.", "NGƯỜI TIẾP NHẬN THÔNG TIN");
            assertFalse(text.contains("null"), text);
        }
    }

    @Test
    void planListsTheVictimsTheAssessmentAndTheRowsWithTheirTotal() throws IOException {
        Path file = dir.resolve("mau-04.docx");
        forms.writePlan(full, Map.of(1L, hoa, 2L, nam), file);

        try (XWPFDocument doc = open(file)) {
            String text = text(doc);
            assertContains(text, "UBND PHƯỜNG BA ĐÌNH", "Số: …………/KH-UBND", "Ba Đình, ngày 09 tháng 10 năm 2026",
                    "KẾ HOẠCH HỖ TRỢ, CAN THIỆP ĐỐI VỚI TRẺ EM BỊ XÂM HẠI",
                    "1. Họ và tên: Trần Thị Hoa; ngày sinh: 12/03/2016; giới tính: Nữ; hình thức bị xâm hại: "
                            + "Bạo lực; Xâm hại tình dục (Dâm ô)",
                    "2. Họ và tên: Trần Văn Nam", "hình thức bị xâm hại: Bạo lực",
                    "Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu số 03) ngày: 07/10/2026; người thực hiện: "
                            + "Nguyễn Thị Lan; mức độ nguy cơ: Trung bình",
                    "NGƯỜI LẬP KẾ HOẠCH", "PHÊ DUYỆT", "CHỦ TỊCH UBND PHƯỜNG", "(Ký, ghi rõ họ tên, đóng dấu)");
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("Kế hoạch lần"));

            XWPFTable plan = tableStartingWith(doc, "STT");
            assertEquals(List.of("STT", "Dịch vụ, hoạt động hỗ trợ, can thiệp", "Người, cơ quan chịu trách nhiệm",
                    "Cơ sở cung cấp dịch vụ", "Thời gian bắt đầu", "Dự kiến kết thúc", "Kinh phí dự kiến (đồng)"), cells(plan.getRow(0)));
            assertTrue(plan.getRow(0).isRepeatHeader());
            assertEquals(List.of("1", "Tư vấn tâm lý hằng tuần", "Cán bộ LĐTBXH xã", "Trung tâm CTXH tỉnh", "13/10/2026",
                    "31/12/2026", "3.000.000"), cells(plan.getRow(1)));
            assertEquals(List.of("2", "Hỗ trợ học tập", "Trường tiểu học", "…………", "13/10/2026", "30/11/2026", "…………"),
                    cells(plan.getRow(2)));
            assertEquals(List.of("", "Tổng cộng", "", "", "", "", "3.000.000"), cells(plan.getRow(3)));
            assertEquals(4, plan.getNumberOfRows());
        }
    }

    @Test
    void aSecondPlanShowsOnlyItsOwnRowsItsNumberAndItsDate() throws IOException {
        AbuseCase c = full.copy();
        List<CaseStepRecord> steps = new ArrayList<>(c.getSteps());
        steps.add(new CaseStepRecord(CaseStep.REVIEWED, LocalDate.of(2026, 11, 20), null, "Nguyễn Thị Lan", null, null));
        steps.add(new CaseStepRecord(CaseStep.PLAN_DRAFTED, LocalDate.of(2026, 11, 23), null, "Phạm Văn Đức", null, null));
        c.setSteps(steps);
        List<PlanItem> items = new ArrayList<>(c.getPlanItems());
        items.add(new PlanItem(2, "Trị liệu tâm lý", "Cán bộ xã", "Bệnh viện tỉnh", LocalDate.of(2026, 11, 24),
                LocalDate.of(2027, 2, 28), 12_000_000L));
        items.add(new PlanItem(2, "Hỗ trợ đi lại", "Cán bộ xã", "UBND xã", LocalDate.of(2026, 11, 24),
                LocalDate.of(2027, 2, 28), 1_250_000L));
        c.setPlanItems(items);
        Path file = dir.resolve("mau-04-lan-2.docx");
        forms.writePlan(c, Map.of(1L, hoa, 2L, nam), file);

        try (XWPFDocument doc = open(file)) {
            String text = text(doc);
            assertContains(text, "(Kế hoạch lần 2, lập sau rà soát, đánh giá)", "Ba Đình, ngày 23 tháng 11 năm 2026",
                    "Phạm Văn Đức");
            XWPFTable plan = tableStartingWith(doc, "STT");
            assertEquals("Trị liệu tâm lý", cells(plan.getRow(1)).get(1));
            assertEquals("12.000.000", cells(plan.getRow(1)).get(6));
            assertEquals(List.of("", "Tổng cộng", "", "", "", "", "13.250.000"), cells(plan.getRow(3)));
            assertEquals(4, plan.getNumberOfRows());
            assertFalse(text.contains("Tư vấn tâm lý hằng tuần"));
        }
    }

    @Test
    void aPlanWithoutRowsOrDraftLeavesRowsToFillInAndIsDatedToday() throws IOException {
        AbuseCase c = AbuseCases.simple("XH-2026-003", 1, LocalDate.of(2026, 11, 20), LocalTime.of(8, 0));
        Path file = dir.resolve("mau-04-trong.docx");
        forms.writePlan(c, Map.of(), file);

        try (XWPFDocument doc = open(file)) {
            String text = text(doc);
            assertContains(text, "Ba Đình, ngày 25 tháng 11 năm 2026", "1. Họ và tên: ………………………………",
                    "Chưa thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu số 03).");
            assertFalse(text.contains("null"), text);
            XWPFTable plan = tableStartingWith(doc, "STT");
            assertEquals(5, plan.getNumberOfRows());
            assertEquals(List.of("", "", "", "", "", "", ""), cells(plan.getRow(1)));
            assertEquals(List.of("", "Tổng cộng", "", "", "", "", "…………"), cells(plan.getRow(4)));
        }
    }

    @Test
    void reviewMarksTheRatedLevelsCountsTheHarmAndProposesANewPlan() throws IOException {
        Path file = dir.resolve("mau-06.docx");
        Review review = full.getReviews().get(0);
        forms.writeReview(full, review, hoa, file);

        try (XWPFDocument doc = open(file)) {
            String text = text(doc);
            assertContains(text, "UBND PHƯỜNG BA ĐÌNH", "Ba Đình, ngày 20 tháng 11 năm 2026",
                    "RÀ SOÁT, ĐÁNH GIÁ TÌNH TRẠNG CỦA TRẺ EM SAU KHI THỰC HIỆN KẾ HOẠCH HỖ TRỢ, CAN THIỆP",
                    "Họ và tên trẻ em: Trần Thị Hoa", "Họ và tên cán bộ thực hiện: Nguyễn Thị Lan",
                    "Ngày, tháng, năm thực hiện: 20/11/2026", "Tiếp tục theo dõi",
                    "Trình Chủ tịch UBND phường tiếp tục xây dựng, phê duyệt kế hoạch hỗ trợ, can thiệp mới",
                    "NGƯỜI THỰC HIỆN RÀ SOÁT", "CHỦ TỊCH UBND PHƯỜNG");
            assertFalse(text.contains("null"), text);

            List<XWPFTable> ratings = doc.getTables().stream()
                    .filter(t -> cells(t.getRow(0)).get(0).equals("Tiêu chí đánh giá")).toList();
            assertEquals(2, ratings.size());
            XWPFTable harm = ratings.get(0);
            assertEquals(List.of("Tiêu chí đánh giá", "Cao", "Trung bình", "Thấp", "Căn cứ, nhận xét"), cells(harm.getRow(0)));
            assertEquals(List.of("1. Mức độ tổn hại đối với trẻ em còn nghiêm trọng", "", "", "X", "Vết thương đã lành"),
                    cells(harm.getRow(1)));
            assertEquals(List.of("2. Khả năng tiếp cận trẻ em của đối tượng xâm hại", "", "", "X", "Đối tượng bị tạm giam"),
                    cells(harm.getRow(2)));
            assertEquals(List.of("3. Trở ngại trong môi trường chăm sóc trẻ em", "", "X", "", "Bà ngoại yếu"),
                    cells(harm.getRow(3)));
            assertEquals(List.of("Tổng số", "0", "1", "2", ""), cells(harm.getRow(4)));
            assertEquals(List.of("1. Khả năng tự bảo vệ và phục hồi của trẻ em", "", "X", "", "…………"),
                    cells(ratings.get(1).getRow(1)));
            assertEquals(2, ratings.get(1).getNumberOfRows());
        }
    }

    @Test
    void aReviewThatRecommendsClosingSaysSo() throws IOException {
        Review close = new Review(1, LocalDate.of(2027, 1, 5), "Nguyễn Thị Lan", List.of(
                new ReviewRating(ReviewCriterion.HARM_SEVERITY, RiskLevel.LOW, null),
                new ReviewRating(ReviewCriterion.PERPETRATOR_ACCESS, RiskLevel.HIGH, null)), null, true);
        Path file = dir.resolve("mau-06-ket-thuc.docx");
        forms.writeReview(full, close, hoa, file);

        try (XWPFDocument doc = open(file)) {
            String text = text(doc);
            assertContains(text, "Trình Chủ tịch UBND phường kết thúc kế hoạch hỗ trợ, can thiệp",
                    "Ba Đình, ngày 05 tháng 01 năm 2027");
            assertFalse(text.contains("null"), text);
            XWPFTable harm = tableStartingWith(doc, "Tiêu chí đánh giá");
            assertEquals(List.of("3. Trở ngại trong môi trường chăm sóc trẻ em", "", "", "", "…………"), cells(harm.getRow(3)));
            assertEquals(List.of("Tổng số", "1", "0", "1", ""), cells(harm.getRow(4)));
        }
    }

    @Test
    void everyFormIsA4InTimesNewRoman13Or14WithTheConfidentialityMarkOnEveryPage() throws IOException {
        forms.writeIntakeReport(full, hoa, dir.resolve("01.docx"));
        forms.writePlan(full, Map.of(1L, hoa, 2L, nam), dir.resolve("04.docx"));
        forms.writeReview(full, full.getReviews().get(0), hoa, dir.resolve("06.docx"));

        for (String name : List.of("01.docx", "04.docx", "06.docx")) {
            try (XWPFDocument doc = open(dir.resolve(name))) {
                List<XWPFRun> runs = runs(doc).toList();
                assertTrue(runs.size() > 50, name);
                for (XWPFRun r : runs) {
                    assertEquals("Times New Roman", r.getFontFamily(), name + ": " + r.text());
                    double size = r.getFontSizeAsDouble();
                    assertTrue(size == 13 || size == 14, name + ": " + r.text() + " in size " + size);
                }

                XWPFHeaderFooterPolicy policy = doc.getHeaderFooterPolicy();
                assertEquals(Confidentiality.MARK, policy.getDefaultHeader().getText().strip(), name);
                assertNull(policy.getFirstPageHeader(), name);
                assertNull(policy.getEvenPageHeader(), name);
                assertTrue(policy.getDefaultFooter().getText().contains("(NĐ 56/2017/NĐ-CP) — Vụ việc XH-2026-001 — Trang"),
                        policy.getDefaultFooter().getText());

                CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
                assertEquals(BigInteger.valueOf(11906), size.getW());
                assertEquals(BigInteger.valueOf(16838), size.getH());
                CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
                assertEquals(List.of(1134L, 1134L, 1701L, 851L), Stream.of(margins.getTop(), margins.getBottom(),
                        margins.getLeft(), margins.getRight()).map(v -> ((BigInteger) v).longValue()).toList());
            }
        }
    }

    @Test
    void aMissingFolderGivesAVietnameseMessageAndNoFile() {
        Path file = dir.resolve("khong-co").resolve("mau-01.docx");
        UserFacingException e = assertThrows(UserFacingException.class, () -> forms.writeIntakeReport(full, hoa, file));
        assertEquals("Không ghi được vào thư mục " + file.getParent().toAbsolutePath()
                + " (thư mục không tồn tại, chỉ đọc hoặc không có quyền ghi). Hãy chọn thư mục khác.", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefusedAndNothingIsLeftBehind() throws IOException {
        Path target = Files.createDirectories(dir.resolve("mau-04.docx"));
        Files.writeString(target.resolve("khac.txt"), "x");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> forms.writePlan(full, Map.of(1L, hoa, 2L, nam), target));
        assertEquals("“mau-04.docx” là một thư mục, không phải tệp. Hãy chọn tên tệp khác.", e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList());
        }
    }

    @Test
    void anExistingFormIsReplacedWhole() throws IOException {
        Path file = dir.resolve("mau-06.docx");
        Files.writeString(file, "bản cũ");
        forms.writeReview(full, full.getReviews().get(0), hoa, file);
        try (XWPFDocument doc = open(file)) {
            assertTrue(text(doc).contains("Họ và tên trẻ em: Trần Thị Hoa"));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The whole text, header table and other tables included, line breaks and non-breaking spaces read as spaces. */
    static String text(XWPFDocument doc) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText().replace('\n', ' ').replace('\t', ' ').replace('\u00a0', ' ').replaceAll(" +", " ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "«" + part + "» not in: " + text);
        }
    }

    static XWPFTable tableStartingWith(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> cells(t.getRow(0)).get(0).equals(firstHeader)).findFirst().orElseThrow();
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
    }

    /** Every run with text: body paragraphs, table cells (nested too), page headers and footers. */
    static Stream<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> all = new ArrayList<>();
        collect(doc.getBodyElements(), all);
        doc.getHeaderList().forEach(h -> collect(h.getBodyElements(), all));
        doc.getFooterList().forEach(f -> collect(f.getBodyElements(), all));
        return all.stream().filter(r -> !r.text().isEmpty());
    }

    private static void collect(List<IBodyElement> elements, List<XWPFRun> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.addAll(p.getRuns());
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(row -> row.getTableCells().forEach(cell -> collect(cell.getBodyElements(), into)));
            }
        }
    }
}
