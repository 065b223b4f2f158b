package vn.sotreem.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.common.Progress;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.UiTestSupport;

/** The page model on a real register: one reading for several periods, the checks and the export gate. */
class ReportPageModelTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 9, 0);
    private static final ReportPeriod OCTOBER = ReportPeriod.month(2026, 10, PeriodRule.CALENDAR);

    @TempDir
    Path dir;
    private RegisterStore store;
    private Child mai;
    private Child nam;

    @BeforeEach
    void createRegister() {
        store = RegisterStore.create(new DataFolder(dir), UiTestSupport.INFO, UiTestSupport.PASSWORD.toCharArray(),
                List.of("Thôn Đông", "Thôn Tây"));
        mai = store.saveChild(UiTestSupport.child("Lò Thị Mai", LocalDate.of(2015, 3, 1), Sex.FEMALE, "Thôn Đông"));
        nam = store.saveChild(UiTestSupport.child("Lò Văn Nam", LocalDate.of(2012, 7, 10), Sex.MALE, "Thôn Tây"));
        injure(mai, LocalDate.of(2026, 10, 5));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void injure(Child child, LocalDate date) {
        store.saveInjuries(List.of(Injuries.of(child.getId(), date).type(InjuryType.FALL)
                .place(InjuryPlace.HOME).build()), Set.of(), NOW.toLocalDate());
    }

    private static BigDecimal injured(ReportPageModel.Computed c) {
        return c.report().value("tntt.so_tre", "").orElseThrow();
    }

    @Test
    void theRegisterIsReadOnceUntilInvalidatedAndEveryNumberComesFromThatReading() {
        ReportPageModel model = new ReportPageModel(store, () -> NOW);
        ReportPageModel.Computed first = model.compute(OCTOBER, Progress.NONE);
        assertEquals(OCTOBER, first.period());
        assertEquals(BigDecimal.ONE, injured(first));
        assertEquals(BigDecimal.ZERO, first.previous().value("tntt.so_tre", "").orElseThrow());
        assertEquals(ReportPeriod.month(2026, 9, PeriodRule.CALENDAR), first.previous().period());
        assertEquals(1, first.trend().points().get(11).injured());
        assertEquals(LocalDate.of(2026, 11, 5), first.header().madeOn());
        assertEquals("BaoCao_00004_2026-10.xlsx", vn.sotreem.report.IndicatorReports.fileName(first.header()));
        assertEquals(Optional.empty(), first.template());

        injure(nam, LocalDate.of(2026, 10, 20));
        ReportPageModel.Computed again = model.compute(OCTOBER, Progress.NONE);
        assertEquals(BigDecimal.ONE, injured(again), "the same reading: the page's numbers agree with each other");
        assertEquals(1, model.compute(ReportPeriod.month(2026, 11, PeriodRule.CALENDAR), Progress.NONE)
                .previous().value("tntt.so_tre", "").orElseThrow().intValue(), "October from the same reading");

        model.invalidate();
        ReportPageModel.Computed fresh = model.compute(OCTOBER, Progress.NONE);
        assertEquals(BigDecimal.valueOf(2), injured(fresh));
        assertEquals(2, fresh.trend().points().get(11).injured());
    }

    @Test
    void aChildWhoLeftOnAnUnknownDayIsAnErrorThatBlocksTheExportAndViewersNeverExport() {
        ReportPageModel model = new ReportPageModel(store, () -> NOW);
        ReportPageModel.Computed clean = model.compute(OCTOBER, Progress.NONE);
        assertEquals(0, clean.errors());
        assertEquals(Optional.empty(), ReportPageModel.exportBlocked(clean, Role.OFFICER));
        assertEquals(Optional.of(ReportPageModel.VIEWER_CANNOT_EXPORT), ReportPageModel.exportBlocked(clean, Role.VIEWER));

        // Moved away, but when? Whether he is counted on 31/10 is unknown: an error.
        Child undated = UiTestSupport.child("Giàng A Páo", LocalDate.of(2014, 2, 2), Sex.MALE, "Thôn Tây");
        undated.setStatus(vn.sotreem.domain.child.ChildStatus.MOVED_AWAY);
        Child unknown = store.saveChild(undated);
        model.invalidate();
        ReportPageModel.Computed blocked = model.compute(OCTOBER, Progress.NONE);
        assertEquals(1, blocked.errors());
        ReportProblem error = blocked.checks().get(0);
        assertTrue(error.isError());
        assertEquals(ReportProblem.Subject.CHILD, error.subject());
        assertEquals(unknown.getId(), error.recordId());
        assertEquals("Mở hồ sơ trẻ", ReportPageModel.openText(error));
        assertEquals(Optional.of("Chưa xuất được: còn 1 lỗi phải sửa trước. Bấm vào từng lỗi để mở hồ sơ cần sửa."),
                ReportPageModel.exportBlocked(blocked, Role.ADMIN));
        assertTrue(ReportPageModel.checksSummary(blocked).startsWith("1 lỗi"), ReportPageModel.checksSummary(blocked));
    }

    @Test
    void warningsAreCountedForTheQuestionBeforeExport() {
        // Nam left the commune on 01/10/2026 without a date for his HCĐB membership to end: a warning.
        store.write(tx -> {
            tx.saveMembership(new vn.sotreem.domain.hcdb.Membership(null, nam.getId(), vn.sotreem.domain.hcdb.HcdbGroup.ORPHAN, null,
                    LocalDate.of(2024, 1, 10), null, "Quyết định của UBND xã", null, null), NOW.toLocalDate());
            return null;
        });
        nam.setStatus(vn.sotreem.domain.child.ChildStatus.MOVED_AWAY);
        nam.setStatusDate(LocalDate.of(2026, 10, 1));
        store.saveChild(nam);
        ReportPageModel model = new ReportPageModel(store, () -> NOW);
        ReportPageModel.Computed c = model.compute(OCTOBER, Progress.NONE);
        assertEquals(0, c.errors());
        assertTrue(c.warnings() >= 1, c.checks().toString());
        assertEquals(Optional.empty(), ReportPageModel.exportBlocked(c, Role.OFFICER), "warnings do not block");
        assertTrue(ReportPageModel.warningQuestion(c).startsWith("Báo cáo Tháng 10/2026 còn " + c.warnings() + " cảnh báo"),
                ReportPageModel.warningQuestion(c));
        assertEquals(c.warnings() + " cảnh báo.", ReportPageModel.checksSummary(c));
    }

    @Test
    void progressCountsTheComputationsAndCancelStopsBetweenThem() {
        ReportPageModel model = new ReportPageModel(store, () -> NOW);
        List<long[]> updates = new ArrayList<>();
        model.compute(OCTOBER, new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        long[] last = updates.get(updates.size() - 1);
        assertEquals(last[1], last[0], "ends complete");
        assertTrue(updates.stream().allMatch(u -> u[0] <= u[1]));

        model.invalidate();
        assertThrows(Progress.CancelledException.class, () -> model.compute(OCTOBER, new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        }));
    }

    @Test
    void aViewerGetsTheAggregateNumbers() {
        store.accounts().add("Người Xem", Role.VIEWER, "mat-khau-xem-1".toCharArray());
        store.close();
        store = RegisterStore.open(new DataFolder(dir), "Người Xem", "mat-khau-xem-1".toCharArray());
        ReportPageModel.Computed c = new ReportPageModel(store, () -> NOW).compute(OCTOBER, Progress.NONE);
        assertEquals(BigDecimal.ONE, injured(c));
    }
}
