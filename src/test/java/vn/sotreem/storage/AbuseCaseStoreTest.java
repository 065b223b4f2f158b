package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.calendar.AnnouncedDay;
import vn.sotreem.domain.calendar.AnnouncedDayKind;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.abuse.procedure.CaseStepRecord;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;

class AbuseCaseStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private RegisterStore storeWithTwoChildren(List<Child> children) {
        RegisterStore store = RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"));
        children.add(store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), "Thôn 1")));
        children.add(store.saveChild(RegisterStoreTest.child("Lò Văn Núi", LocalDate.of(2016, 2, 29), "Thôn 1")));
        return store;
    }

    @Test
    void aCaseWithTwoVictimsAndTwoPerpetratorsReadsBackAsSaved() {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = storeWithTwoChildren(kids)) {
            AbuseCase saved = store.saveAbuseCase(AbuseCases.full("XH-2026-001", kids.get(0).getId(), kids.get(1).getId()), TODAY);
            AbuseCase read = store.openAbuseCase(saved.getId());

            AbuseCase expected = AbuseCases.full("XH-2026-001", kids.get(0).getId(), kids.get(1).getId());
            assertEquals(expected.getIntake(), read.getIntake());
            assertEquals(expected.getVictims(), read.getVictims());
            assertEquals(expected.getPerpetrators(), read.getPerpetrators());
            assertEquals(expected.getSteps(), read.getSteps());
            assertEquals(expected.getSeparation(), read.getSeparation());
            assertEquals(expected.getPlanItems(), read.getPlanItems());
            assertEquals(expected.getReviews(), read.getReviews());
            assertTrue(read.isMarkedEmergency());
            assertEquals(CaseStep.PLAN_APPROVED, read.currentStep());
            assertEquals(List.of(read.getId()), store.read(tx -> tx.abuseCaseIdsOfChild(kids.get(1).getId())));

            // Changing it replaces the details: one victim fewer, one more step.
            read.setVictims(read.getVictims().subList(0, 1));
            read.setPerpetrators(read.getPerpetrators().subList(0, 1));
            List<CaseStepRecord> steps = new ArrayList<>(read.getSteps());
            steps.add(new CaseStepRecord(CaseStep.IMPLEMENTING, LocalDate.of(2026, 10, 13), null, null, null, null));
            read.setSteps(steps);
            store.saveAbuseCase(read, TODAY);
            AbuseCase again = store.openAbuseCase(saved.getId());
            assertEquals(1, again.getVictims().size());
            assertEquals(CaseStep.IMPLEMENTING, again.currentStep());
            assertEquals(List.of(), store.read(tx -> tx.abuseCaseIdsOfChild(kids.get(1).getId())));
        }
    }

    @Test
    void aStepTheProcedureDoesNotAllowIsRefusedAndNothingIsWritten() {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = storeWithTwoChildren(kids)) {
            AbuseCase c = AbuseCases.simple("XH-2026-001", kids.get(0).getId(), LocalDate.of(2026, 11, 2), LocalTime.of(8, 0));
            c.setSteps(List.of(new CaseStepRecord(CaseStep.PLAN_APPROVED, LocalDate.of(2026, 11, 3), null, null, null, null)));
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.saveAbuseCase(c, TODAY));
            assertTrue(e.getMessage().contains("Không thể chuyển từ bước \"Tiếp nhận thông tin\" sang \"Phê duyệt kế hoạch\""),
                    e.getMessage());
            assertEquals(List.of(), store.abuseCaseSummaries(LocalDateTime.now()));
        }
    }

    @Test
    void codesAreNumberedPerYearAndAUsedCodeIsRefused() {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = storeWithTwoChildren(kids)) {
            assertEquals("XH-2026-001", store.read(tx -> tx.nextAbuseCaseCode(2026)));
            store.saveAbuseCase(AbuseCases.simple("XH-2026-009", kids.get(0).getId(), LocalDate.of(2026, 11, 2), null), TODAY);
            assertEquals("XH-2026-010", store.read(tx -> tx.nextAbuseCaseCode(2026)));
            assertEquals("XH-2025-001", store.read(tx -> tx.nextAbuseCaseCode(2025)));
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.saveAbuseCase(
                    AbuseCases.simple("XH-2026-009", kids.get(1).getId(), LocalDate.of(2026, 11, 3), null), TODAY));
            assertTrue(e.getMessage().contains("Mã vụ việc XH-2026-009 đã được dùng"), e.getMessage());
        }
    }

    @Test
    void aViewerFollowsDeadlinesWithoutSeeingWhoOrWhereAndEveryOpeningIsAudited() {
        List<Child> kids = new ArrayList<>();
        Path folderPath;
        try (RegisterStore store = storeWithTwoChildren(kids)) {
            store.accounts().add("Phạm Thu", Role.VIEWER, AccountsTest.VIEWER_PW);
            AbuseCase saved = store.saveAbuseCase(
                    AbuseCases.simple("XH-2026-001", kids.get(0).getId(), LocalDate.of(2026, 11, 20), LocalTime.of(8, 0)), TODAY);
            AbuseCaseSummary officerView = store.abuseCaseSummaries(LocalDateTime.of(2026, 11, 23, 9, 0)).get(0);
            assertEquals(List.of("Lò Thị Mây"), officerView.victimNames());
            store.openAbuseCase(saved.getId());
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.OPEN_ABUSE_CASE, null, null, null), 10).size());
            folderPath = dir;
        }
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(folderPath), "Phạm Thu", AccountsTest.VIEWER_PW)) {
            AbuseCaseSummary summary = viewer.abuseCaseSummaries(LocalDateTime.of(2026, 11, 23, 9, 0)).get(0);
            assertEquals(List.of(AbuseCaseSummary.MASK), summary.victimNames());
            assertEquals(AbuseCaseSummary.MASK, summary.village());
            assertEquals("XH-2026-001", summary.code());
            assertFalse(summary.openDeadlines().isEmpty());
            UserFacingException e = assertThrows(UserFacingException.class, () -> viewer.openAbuseCase(summary.id()));
            assertTrue(e.getMessage().contains("không được xem chi tiết vụ việc xâm hại"), e.getMessage());
        }
    }

    @Test
    void deadlinesFollowTheDaysOffEnteredInSettings() {
        List<Child> kids = new ArrayList<>();
        try (RegisterStore store = storeWithTwoChildren(kids)) {
            store.saveAbuseCase(AbuseCases.simple("XH-2026-001", kids.get(0).getId(), LocalDate.of(2026, 11, 20), LocalTime.of(8, 0)), TODAY);
            LocalDateTime monday = LocalDateTime.of(2026, 11, 23, 9, 0);
            assertEquals(LocalDate.of(2026, 11, 27), planDue(store, monday));
            store.settings().setAnnouncedDays(List.of(new AnnouncedDay(LocalDate.of(2026, 11, 24), AnnouncedDayKind.DAY_OFF, "Nghỉ")));
            assertEquals(LocalDate.of(2026, 11, 30), planDue(store, monday));
        }
    }

    private static LocalDate planDue(RegisterStore store, LocalDateTime now) {
        return store.abuseCaseSummaries(now).get(0).deadlines().stream().filter(d -> d.step() == CaseStep.PLAN_DRAFTED)
                .findFirst().orElseThrow().due().toLocalDate();
    }
}
