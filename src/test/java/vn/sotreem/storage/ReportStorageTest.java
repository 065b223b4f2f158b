package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.merge.ChildMerge;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.RegisterSnapshot;
import vn.sotreem.domain.report.ReportSettings;
import vn.sotreem.domain.report.ReportTemplateFile;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;

/** What the indicator report needs from storage: the snapshot, the report settings and the province template. */
class ReportStorageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private RegisterStore create() {
        return RegisterStore.create(new DataFolder(dir), RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Tổ 1", "Tổ 2"));
    }

    @Test
    void theSnapshotHoldsEveryRecordTheReportCounts() {
        try (RegisterStore store = create()) {
            Child lan = store.saveChild(RegisterStoreTest.child("Lò Thị Lan", LocalDate.of(2015, 3, 1), "Tổ 1"));
            Child minh = store.saveChild(RegisterStoreTest.child("Vì Văn Minh", LocalDate.of(2012, 7, 9), "Tổ 2"));
            store.write(tx -> tx.saveMembership(Memberships.of(lan.getId(), HcdbGroup.values()[0], LocalDate.of(2026, 1, 5))
                    .build(), TODAY));
            store.saveInjuries(List.of(Injuries.of(minh.getId(), LocalDate.of(2026, 10, 2)).type(InjuryType.DROWNING)
                    .place(InjuryPlace.COMMUNITY).build()), Set.of(), TODAY);

            RegisterSnapshot snapshot = store.reportSnapshot();

            assertEquals(List.of("Tổ 1", "Tổ 2"), snapshot.villages().stream().map(v -> v.name()).toList());
            assertEquals(Set.of(lan.getId(), minh.getId()), snapshot.children().stream().map(Child::getId).collect(java.util.stream.Collectors.toSet()));
            assertEquals(1, snapshot.memberships().size());
            assertEquals(lan.getId(), snapshot.memberships().get(0).childId());
            assertEquals(List.of(InjuryType.DROWNING), snapshot.injuries().stream().map(Injury::type).toList());
            assertTrue(snapshot.supports().isEmpty());
            assertTrue(snapshot.abuseCases().isEmpty());
        }
    }

    @Test
    void theSnapshotIsKeptUntilTheNextChangeAndNeverOutlivesOne() {
        try (RegisterStore store = create()) {
            Child lan = store.saveChild(RegisterStoreTest.child("Lò Thị Lan", LocalDate.of(2015, 3, 1), "Tổ 1"));
            RegisterSnapshot first = store.reportSnapshot();
            store.audit(AuditAction.EXPORT, "bao_cao", "2026-10", "Xuất báo cáo"); // changes no record
            store.settings().reportSettings();
            assertSame(first, store.reportSnapshot(), "nothing changed: the report reads nothing again");

            Child minh = store.saveChild(RegisterStoreTest.child("Vì Văn Minh", LocalDate.of(2012, 7, 9), "Tổ 2"));
            RegisterSnapshot afterChild = store.reportSnapshot();
            assertEquals(2, afterChild.children().size(), "a new child is counted at once");

            store.write(tx -> tx.saveMembership(Memberships.of(lan.getId(), HcdbGroup.values()[0], LocalDate.of(2026, 1, 5))
                    .build(), TODAY));
            assertEquals(1, store.reportSnapshot().memberships().size());

            store.saveInjuries(List.of(Injuries.of(minh.getId(), LocalDate.of(2026, 10, 2)).type(InjuryType.DROWNING)
                    .place(InjuryPlace.COMMUNITY).build()), Set.of(), TODAY);
            assertEquals(1, store.reportSnapshot().injuries().size());

            store.saveAbuseCase(AbuseCases.simple("XH-2026-001", minh.getId(), LocalDate.of(2026, 10, 20),
                    LocalTime.of(8, 0)), TODAY);
            assertEquals(1, store.reportSnapshot().abuseCases().size());

            long to1 = store.villages().get(0).id();
            store.renameVillage(to1, "Tổ dân phố 1");
            assertEquals("Tổ dân phố 1", store.reportSnapshot().villages().get(0).name());
            assertEquals("Tổ dân phố 1", store.reportSnapshot().children().stream()
                    .filter(c -> c.getId().equals(lan.getId())).findFirst().orElseThrow().getVillage());

            Child lanAgain = store.saveChild(RegisterStoreTest.child("Lò Thị Lan", LocalDate.of(2015, 3, 1), "Tổ 2"));
            assertEquals(3, store.reportSnapshot().children().size());
            store.mergeChildren(ChildMerge.of(lan, lanAgain), TODAY);
            assertEquals(2, store.reportSnapshot().children().size(), "a merge leaves one record of the child");

            store.reportSnapshot();
            assertThrows(UserFacingException.class, () -> store.write(tx -> { // a child saved, then the write refused
                tx.saveChild(RegisterStoreTest.child("Bị hoàn tác", LocalDate.of(2019, 9, 9), "Tổ 2"));
                return tx.saveChild(new Child());
            }), "refused and rolled back");
            assertEquals(2, store.reportSnapshot().children().size());
        }
    }

    @Test
    void reportSettingsDefaultToTheProvinceHealthDepartmentAndAreKeptAndAudited() {
        try (RegisterStore store = create()) {
            ReportSettings defaults = store.settings().reportSettings();
            assertEquals("Sở Y tế thành phố Hà Nội", defaults.recipient());
            assertEquals("Nguyễn Thị Lan", defaults.preparer());
            assertEquals(ReportSettings.DEFAULT_MARK, defaults.confidentialityMark());
            assertEquals(PeriodRule.CALENDAR, defaults.periodRule());

            ReportSettings wanted = new ReportSettings("Sở Y tế tỉnh Lào Cai", "Nguyễn Thị Lan", "Hoàng Văn Sơn",
                    "Mật", PeriodRule.ND09);
            store.settings().setReportSettings(wanted);
            assertThrows(UserFacingException.class, () -> store.settings().setReportSettings(
                    new ReportSettings(" ", "A", "B", "Mật", PeriodRule.CALENDAR)), "a report needs a recipient");
            assertEquals(4, store.auditEntries(new AuditFilter(null, null, null, null, "report."), 10).size(),
                    "recipient, chairman, mark and rule changed; the preparer did not: "
                            + store.auditEntries(new AuditFilter(null, null, null, null, "report."), 10));
        }
        try (RegisterStore reopened = RegisterStore.open(new DataFolder(dir), AccountsTest.ADMIN_PW)) {
            assertEquals(new ReportSettings("Sở Y tế tỉnh Lào Cai", "Nguyễn Thị Lan", "Hoàng Văn Sơn", "Mật", PeriodRule.ND09),
                    reopened.settings().reportSettings());
        }
    }

    @Test
    void aProvinceTemplateIsKeptInTheRegisterReplacedAndRemovedByOfficersOnly() {
        byte[] first = {1, 2, 3};
        byte[] second = {4, 5, 6, 7};
        try (RegisterStore store = create()) {
            store.saveReportTemplate("mau-lao-cai.xlsx", first, LocalDateTime.of(2026, 11, 2, 9, 0));
            store.saveReportTemplate("mau-lao-cai-2026.xlsx", second, LocalDateTime.of(2026, 11, 3, 9, 0));
            store.accounts().add("Phạm Thu", Role.VIEWER, AccountsTest.VIEWER_PW);
        }
        try (RegisterStore viewer = RegisterStore.open(new DataFolder(dir), AccountsTest.VIEWER_PW)) {
            ReportTemplateFile kept = viewer.reportTemplate().orElseThrow();
            assertEquals("mau-lao-cai-2026.xlsx", kept.fileName());
            assertArrayEquals(second, kept.content());
            assertEquals(LocalDateTime.of(2026, 11, 3, 9, 0), kept.loadedAt());
            assertThrows(UserFacingException.class, viewer::removeReportTemplate);
            assertThrows(UserFacingException.class, () -> viewer.saveReportTemplate("x.xlsx", first, LocalDateTime.now()));
        }
        try (RegisterStore admin = RegisterStore.open(new DataFolder(dir), AccountsTest.ADMIN_PW)) {
            assertEquals(2, admin.auditEntries(new AuditFilter(null, null, null, null, "Nạp mẫu báo cáo"), 10).size());
            admin.removeReportTemplate();
            assertTrue(admin.reportTemplate().isEmpty());
            assertEquals(1, admin.auditEntries(new AuditFilter(null, null, null, null, "Bỏ mẫu báo cáo"), 10).size());
        }
    }
}
