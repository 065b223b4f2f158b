package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.abuse.CaseConclusion;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.abuse.RiskLevel;
import vn.sotreem.domain.abuse.Sanction;
import vn.sotreem.domain.abuse.EnforcementStatus;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.report.IndicatorReport;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.exchange.workbook.RegisterWorkbookExporter;
import vn.sotreem.report.IndicatorReports;

/**
 * Correcting abuse cases on a real register: the conclusion on closing and what the abuse
 * indicators then count, voiding a case entered in error, and editing every part of a saved case.
 */
class AbuseCaseCorrectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
    static final ReportPeriod OCTOBER = ReportPeriod.month(2026, 10, PeriodRule.CALENDAR);

    @TempDir
    Path dir;

    private RegisterStore store(List<Child> kids) {
        RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"));
        kids.add(store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1")));
        kids.add(store.saveChild(RegisterStoreTest.child("Lò Thị Núi", LocalDate.of(2016, 2, 29), "Thôn 1")));
        return store;
    }

    /** Assessed the day it was received and closed the next day with {@code conclusion}. */
    private static void close(AbuseCase c, CaseConclusion conclusion) {
        LocalDate received = c.getIntake().receivedOn();
        c.setSteps(List.of(new CaseStepRecord(CaseStep.INITIAL_ASSESSMENT, received, LocalTime.of(9, 0), null, RiskLevel.LOW, null),
                new CaseStepRecord(CaseStep.CLOSED, received.plusDays(1), null, null, null, null)));
        c.setConclusion(conclusion);
    }

    private static String value(RegisterStore store, String indicator) {
        IndicatorReport report = new IndicatorReports(store).compute(OCTOBER, NOW);
        return report.value(indicator, "").orElseThrow().toPlainString();
    }

    private static void setCountOpen(RegisterStore store, boolean countOpen) {
        ReportSettings s = store.settings().reportSettings();
        store.settings().setReportSettings(new ReportSettings(s.recipient(), s.preparer(), s.chairman(),
                s.confidentialityMark(), s.periodRule(), countOpen));
    }

    private static List<AuditEntry> audit(RegisterStore store, AuditAction action) {
        return store.auditEntries(new AuditFilter(null, action, null, null, null), 20);
    }

    @Test
    void theConclusionIsStoredAuditedAndOnlyConfirmedOrOpenCasesCount() {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = store(kids)) {
            AbuseCase confirmed = AbuseCases.simple("XH-2026-001", kids.get(0).getId(), LocalDate.of(2026, 10, 5), null);
            close(confirmed, CaseConclusion.CONFIRMED);
            store.saveAbuseCase(confirmed, TODAY);
            AbuseCase checked = store.saveAbuseCase(
                    AbuseCases.simple("XH-2026-002", kids.get(1).getId(), LocalDate.of(2026, 10, 10), null), TODAY);
            assertEquals("2", value(store, "xam_hai.so_tre"), "a confirmed case and an open one");
            assertEquals("2", value(store, "xam_hai.so_vu"));

            // Verification finds no abuse: the case is closed "not confirmed" and leaves the abuse indicators.
            AbuseCase opened = store.openAbuseCase(checked.getId());
            close(opened, CaseConclusion.NOT_CONFIRMED);
            store.saveAbuseCase(opened, TODAY);
            assertEquals(CaseConclusion.NOT_CONFIRMED, store.openAbuseCase(checked.getId()).getConclusion());
            assertEquals(CaseConclusion.NOT_CONFIRMED.code(), store.query(c -> {
                try (var ps = c.prepareStatement("SELECT conclusion FROM abuse_case WHERE id = ?")) {
                    ps.setLong(1, checked.getId());
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getString(1);
                    }
                }
            }), "in column conclusion (V14)");
            assertEquals("1", value(store, "xam_hai.so_tre"), "the case closed as not confirmed is no longer counted");
            assertEquals("1", value(store, "xam_hai.so_vu"));
            assertTrue(audit(store, AuditAction.UPDATE).stream().anyMatch(e -> e.entityId().equals("XH-2026-002")
                    && e.details().contains("Kết luận: chưa có → Không xác định có xâm hại sau xác minh")));

            // Referred elsewhere: counted by the body that handles it, not here.
            AbuseCase referred = AbuseCases.simple("XH-2026-003", kids.get(1).getId(), LocalDate.of(2026, 10, 20), null);
            close(referred, CaseConclusion.REFERRED);
            store.saveAbuseCase(referred, TODAY);
            assertEquals("1", value(store, "xam_hai.so_vu"));

            // An open case counts by default; the report setting can leave open cases out.
            store.saveAbuseCase(AbuseCases.simple("XH-2026-004", kids.get(1).getId(), LocalDate.of(2026, 10, 25), null), TODAY);
            assertEquals("2", value(store, "xam_hai.so_tre"));
            assertTrue(store.settings().reportSettings().countOpenAbuseCases(), "the default counts open cases");
            setCountOpen(store, false);
            assertFalse(store.settings().reportSettings().countOpenAbuseCases());
            assertEquals("1", value(store, "xam_hai.so_tre"), "only the confirmed case");
            assertEquals("1", value(store, "xam_hai.so_vu"));
            setCountOpen(store, true);
            assertEquals("2", value(store, "xam_hai.so_tre"));
        }
    }

    @Test
    void aConclusionOnACaseNotClosedIsRefused() {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = store(kids)) {
            AbuseCase c = AbuseCases.simple("XH-2026-001", kids.get(0).getId(), LocalDate.of(2026, 10, 5), null);
            c.setConclusion(CaseConclusion.CONFIRMED);
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.saveAbuseCase(c, TODAY));
            assertTrue(e.getMessage().contains("Kết luận vụ việc chỉ ghi khi đóng hồ sơ"), e.getMessage());
            assertEquals(List.of(), store.abuseCaseSummaries(NOW));
        }
    }

    @Test
    void aVoidedCaseLeavesTheListTheReportAndTheExportIsAuditedAndStaysInTheRegister() throws Exception {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = store(kids)) {
            AbuseCase wrong = store.saveAbuseCase(AbuseCases.full("XH-2026-001", kids.get(0).getId(), kids.get(1).getId()), TODAY);
            store.saveAbuseCase(AbuseCases.simple("XH-2026-002", kids.get(1).getId(), LocalDate.of(2026, 10, 10), null), TODAY);
            assertEquals("2", value(store, "xam_hai.so_vu"));
            assertEquals("2", value(store, "xam_hai.so_tre"));
            assertEquals("2500000", value(store, "xam_hai.tien_phat"));

            UserFacingException noReason = assertThrows(UserFacingException.class, () -> store.voidAbuseCase(wrong.getId(), "  "));
            assertTrue(noReason.getMessage().contains("Hãy ghi lý do hủy"), noReason.getMessage());
            assertEquals(2, store.abuseCaseSummaries(NOW).size(), "refused: nothing voided");

            store.voidAbuseCase(wrong.getId(), "Nhập trùng với vụ việc XH-2026-002");

            assertEquals(List.of("XH-2026-002"), store.abuseCaseSummaries(NOW).stream().map(AbuseCaseSummary::code).toList(),
                    "the list and the Today page read the summaries");
            assertEquals(List.of("XH-2026-002"), store.read(tx -> tx.abuseCases()).stream().map(AbuseCase::getCode).toList());
            assertEquals(List.of(), store.read(tx -> tx.abuseCaseIdsOfChild(kids.get(0).getId())),
                    "the child's record no longer lists it");
            assertThrows(UserFacingException.class, () -> store.openAbuseCase(wrong.getId()));
            assertEquals("1", value(store, "xam_hai.so_vu"));
            assertEquals("1", value(store, "xam_hai.so_tre"));
            assertEquals("0", value(store, "xam_hai.tien_phat"));

            Path exported = dir.resolve("xuat.xlsx");
            new RegisterWorkbookExporter(store, TODAY).export(exported, Progress.NONE);
            try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheet("XamHai");
                List<String> codes = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() > 0 && row.getCell(0) != null) {
                        codes.add(row.getCell(0).getStringCellValue());
                    }
                }
                assertEquals(List.of("XH-2026-002"), codes);
            }

            List<AuditEntry> voids = audit(store, AuditAction.VOID);
            assertEquals(1, voids.size());
            assertEquals("XH-2026-001", voids.get(0).entityId());
            assertTrue(voids.get(0).details().contains("Trạng thái: đang theo dõi → đã hủy (nhập nhầm)"), voids.get(0).details());
            assertTrue(voids.get(0).details().contains("Lý do: Nhập trùng với vụ việc XH-2026-002"), voids.get(0).details());

            // Nothing deleted: the case row says who voided it and why; its victims and steps are kept.
            assertEquals("Nguyễn Thị Lan|Nhập trùng với vụ việc XH-2026-002|2|5", store.query(c -> {
                try (var ps = c.prepareStatement("SELECT voided_by, void_reason, voided_at, "
                        + "(SELECT COUNT(*) FROM abuse_victim v WHERE v.case_id = a.id), "
                        + "(SELECT COUNT(*) FROM abuse_step s WHERE s.case_id = a.id) FROM abuse_case a WHERE id = ?")) {
                    ps.setLong(1, wrong.getId());
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        assertTrue(rs.getTimestamp(3) != null);
                        return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(4) + "|" + rs.getInt(5);
                    }
                }
            }));

            // A voided case cannot be saved again, voided twice, nor its code given to a new case.
            UserFacingException save = assertThrows(UserFacingException.class, () -> store.saveAbuseCase(wrong, TODAY));
            assertTrue(save.getMessage().contains("đã bị hủy"), save.getMessage());
            assertThrows(UserFacingException.class, () -> store.voidAbuseCase(wrong.getId(), "Lần nữa"));
            assertEquals("XH-2026-003", store.read(tx -> tx.nextAbuseCaseCode(2026)));
            assertEquals(1, audit(store, AuditAction.VOID).size());
        }
    }

    @Test
    void aViewerCannotVoidACase() {
        List<Child> kids = new ArrayList<>();
        long id;
        try (RegisterStore store = store(kids)) {
            store.accounts().add("Phạm Thu", Role.VIEWER, AccountsTest.VIEWER_PW);
            id = store.saveAbuseCase(AbuseCases.simple("XH-2026-001", kids.get(0).getId(), LocalDate.of(2026, 10, 5), null),
                    TODAY).getId();
        }
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(dir), "Phạm Thu", AccountsTest.VIEWER_PW)) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> viewer.voidAbuseCase(id, "Nhầm"));
            assertTrue(e.getMessage().contains("không được thay đổi dữ liệu"), e.getMessage());
            assertEquals(1, viewer.abuseCaseSummaries(NOW).size());
        }
        try (RegisterStore admin = RegisterStore.open(new DataFolder(dir), "Nguyễn Thị Lan", AccountsTest.ADMIN_PW)) {
            assertEquals(0, audit(admin, AuditAction.VOID).size());
        }
    }

    @Test
    void everyPartOfASavedCaseCanBeEditedAndReadsBack() {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = store(kids)) {
            long may = kids.get(0).getId();
            long nui = kids.get(1).getId();
            AbuseCase saved = store.saveAbuseCase(AbuseCases.full("XH-2026-001", may, nui), TODAY);

            AbuseCase edit = store.openAbuseCase(saved.getId());
            var in = edit.getIntake();
            edit.setIntake(new vn.sotreem.domain.abuse.Intake(LocalDate.of(2026, 10, 4), LocalTime.of(7, 15), in.channel(),
                    in.receivingBody(), "Trần Thị Hoa", LocalDate.of(2026, 10, 2), in.village(), "Bờ suối",
                    vn.sotreem.domain.abuse.AbuseSetting.FAMILY, in.childState(), in.fearedConsequences(),
                    in.familySituation(), in.actionsTaken(), null, "Sửa ngày tiếp nhận"));
            edit.setVictims(List.of(
                    new AbuseVictim(may, Set.of(AbuseForm.ABANDONMENT), List.of(), false, "Đã về với mẹ"),
                    new AbuseVictim(nui, Set.of(AbuseForm.VIOLENCE, AbuseForm.SEXUAL_ABUSE),
                            List.of(HcdbSubCase.byCode("l.3").orElseThrow()), true, null)));
            Perpetrator changed = new Perpetrator(nui, Sex.FEMALE, PerpetratorAgeGroup.UNDER_16, PerpetratorRelation.STEP_PARENT,
                    HandlingRoute.ADMINISTRATIVE, new Sanction("20/QĐ-XPHC", LocalDate.of(2026, 10, 22), "Chủ tịch UBND xã",
                    null, 1_000_000L, EnforcementStatus.DONE), "Đã sửa");
            edit.setPerpetrators(List.of(changed));
            store.saveAbuseCase(edit, TODAY);

            AbuseCase read = store.openAbuseCase(saved.getId());
            assertEquals(edit.getIntake(), read.getIntake());
            assertEquals(LocalDate.of(2026, 10, 4), read.getIntake().receivedOn());
            assertNull(read.getIntake().reporter());
            assertEquals(edit.getVictims(), read.getVictims());
            assertEquals(Set.of(AbuseForm.ABANDONMENT), read.victim(may).orElseThrow().forms());
            assertEquals(List.of(changed), read.getPerpetrators());
            assertEquals(saved.getSteps(), read.getSteps(), "the procedure is kept");
            String details = audit(store, AuditAction.UPDATE).stream().filter(e -> e.entityId().equals("XH-2026-001"))
                    .findFirst().orElseThrow().details();
            assertTrue(details.contains("Sửa thông tin tiếp nhận"), details);
            assertTrue(details.contains("Trẻ bị xâm hại"), details);
            assertTrue(details.contains("Đối tượng xâm hại: 2 → 1"), details);
        }
    }
}
