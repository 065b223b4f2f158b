package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.calendar.AnnouncedDay;
import vn.sotreem.domain.calendar.AnnouncedDayKind;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.domain.calendar.WorkingDays;

/** The days off and make-up working days the government announces, kept in the register's settings. */
class WorkingDaysSettingsTest {

    static final char[] ADMIN_PW = AccountsTest.ADMIN_PW;

    static final AnnouncedDay BRIDGE = new AnnouncedDay(LocalDate.of(2026, 9, 1), AnnouncedDayKind.DAY_OFF,
            "Nghỉ liền kề Quốc khánh theo thông báo của Chính phủ");
    static final AnnouncedDay MAKE_UP = new AnnouncedDay(LocalDate.of(2026, 9, 12), AnnouncedDayKind.WORKING_DAY,
            "Làm bù cho ngày 01/09/2026");
    static final AnnouncedDay NEXT_YEAR = new AnnouncedDay(LocalDate.of(2027, 2, 12), AnnouncedDayKind.DAY_OFF,
            "Nghỉ Tết Đinh Mùi, \"ghi chú\" có dấu ngoặc | và gạch đứng");

    @TempDir
    Path dir;

    private DataFolder newRegister() {
        DataFolder folder = new DataFolder(dir);
        RegisterStore.create(folder, RegisterStoreTest.INFO, ADMIN_PW, List.of("Thôn 1")).close();
        return folder;
    }

    @Test
    void announcedDaysSurviveReopeningInDateOrder() {
        DataFolder folder = newRegister();
        try (RegisterStore store = RegisterStore.open(folder, ADMIN_PW)) {
            assertEquals(List.of(), store.settings().announcedDays());
            store.settings().setAnnouncedDays(List.of(NEXT_YEAR, MAKE_UP, BRIDGE));
        }
        try (RegisterStore store = RegisterStore.open(folder, ADMIN_PW)) {
            assertEquals(List.of(BRIDGE, MAKE_UP, NEXT_YEAR), store.settings().announcedDays());
            store.settings().setAnnouncedDays(List.of(BRIDGE));
        }
        try (RegisterStore store = RegisterStore.open(folder, ADMIN_PW)) {
            assertEquals(List.of(BRIDGE), store.settings().announcedDays(), "removed days stay removed, the emptied year too");
        }
    }

    @Test
    void deadlinesHonourTheAnnouncedDays() {
        DataFolder folder = newRegister();
        try (RegisterStore store = RegisterStore.open(folder, ADMIN_PW)) {
            WorkingDays before = store.settings().workingDays();
            // Received Friday 28/08/2026, 2 working days: Monday 31/08 and Tuesday 01/09.
            assertEquals(LocalDate.of(2026, 9, 1), before.addWorkingDays(LocalDate.of(2026, 8, 28), 2));
            // Received Friday 11/09/2026, 1 working day: Monday 14/09.
            assertEquals(LocalDate.of(2026, 9, 14), before.addWorkingDays(LocalDate.of(2026, 9, 11), 1));

            store.settings().setAnnouncedDays(List.of(BRIDGE, MAKE_UP));
            WorkingDays after = store.settings().workingDays();
            // 01/09 off and 02/09 Quốc khánh: Monday 31/08, then Thursday 03/09.
            assertEquals(LocalDate.of(2026, 9, 3), after.addWorkingDays(LocalDate.of(2026, 8, 28), 2));
            // Saturday 12/09 is worked.
            assertEquals(LocalDate.of(2026, 9, 12), after.addWorkingDays(LocalDate.of(2026, 9, 11), 1));
            // Received Monday 31/08, 5 working days: 03, 04, 07, 08, 09/09.
            // Received Thursday 10/09, 3 working days: 11, 12 (the make-up Saturday), 14/09.
            assertEquals(LocalDate.of(2026, 9, 9), after.addWorkingDays(LocalDate.of(2026, 8, 31), 5));
            assertEquals(LocalDate.of(2026, 9, 14), after.addWorkingDays(LocalDate.of(2026, 9, 10), 3));
        }
    }

    @Test
    void errorsRefuseTheListAndWarningsDoNot() {
        DataFolder folder = newRegister();
        try (RegisterStore store = RegisterStore.open(folder, ADMIN_PW)) {
            store.settings().setAnnouncedDays(List.of(BRIDGE));
            AnnouncedDay again = new AnnouncedDay(BRIDGE.date(), AnnouncedDayKind.WORKING_DAY, "");
            AnnouncedDay tuesday = new AnnouncedDay(LocalDate.of(2026, 9, 8), AnnouncedDayKind.WORKING_DAY, "");
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> store.settings().setAnnouncedDays(List.of(BRIDGE, again, tuesday)));
            assertEquals("Ngày 01/09/2026 đã có trong danh sách; mỗi ngày chỉ ghi một lần. "
                    + "Ngày 08/09/2026 là thứ Ba, vốn đã là ngày làm việc; ngày làm bù thường là một ngày thứ Bảy.", e.getMessage());
            assertEquals(List.of(BRIDGE), store.settings().announcedDays(), "nothing written");

            AnnouncedDay saturday = new AnnouncedDay(LocalDate.of(2026, 9, 5), AnnouncedDayKind.DAY_OFF, "");
            store.settings().setAnnouncedDays(List.of(BRIDGE, saturday));
            assertEquals(List.of(BRIDGE, saturday), store.settings().announcedDays(), "a day off on a Saturday is only a warning");
        }
    }

    @Test
    void aYearThatDoesNotFitIsRefusedInVietnamese() {
        DataFolder folder = newRegister();
        try (RegisterStore store = RegisterStore.open(folder, ADMIN_PW)) {
            List<AnnouncedDay> many = new ArrayList<>();
            for (int d = 5; d <= 16; d++) {
                LocalDate date = LocalDate.of(2026, 10, d);
                many.add(new AnnouncedDay(date, date.getDayOfWeek().getValue() >= 6 ? AnnouncedDayKind.WORKING_DAY
                        : AnnouncedDayKind.DAY_OFF, "ghi chú ".repeat(25)));
            }
            UserFacingException e = assertThrows(UserFacingException.class, () -> store.settings().setAnnouncedDays(many));
            assertEquals("Năm 2026 có quá nhiều ngày hoặc ghi chú quá dài để lưu; hãy rút gọn ghi chú.", e.getMessage());
            assertEquals(List.of(), store.settings().announcedDays());
        }
    }

    @Test
    void onlyTheChangedYearsAreWrittenAndAudited() {
        DataFolder folder = newRegister();
        try (RegisterStore store = RegisterStore.open(folder, ADMIN_PW)) {
            store.settings().setAnnouncedDays(List.of(BRIDGE, NEXT_YEAR));
            store.settings().setAnnouncedDays(List.of(BRIDGE, MAKE_UP, NEXT_YEAR));
            List<String> audited = store.auditEntries(AuditFilter.all(), 100).stream()
                    .filter(a -> "cai_dat".equals(a.entity())).map(AuditEntry::entityId).sorted().toList();
            assertEquals(List.of("announced_days.2026", "announced_days.2026", "announced_days.2027"), audited);
        }
    }

    @Test
    void everyoneReadsTheCalendarButOnlyAdministratorsChangeIt() {
        DataFolder folder = newRegister();
        try (RegisterStore admin = RegisterStore.open(folder, ADMIN_PW)) {
            admin.accounts().add("Trần Văn Bình", Role.OFFICER, AccountsTest.OFFICER_PW);
            admin.accounts().add("Phạm Thu", Role.VIEWER, AccountsTest.VIEWER_PW);
            admin.settings().setAnnouncedDays(List.of(BRIDGE));
        }
        for (char[] password : List.of(AccountsTest.OFFICER_PW, AccountsTest.VIEWER_PW)) {
            try (RegisterStore store = RegisterStore.open(folder, password)) {
                assertEquals(List.of(BRIDGE), store.settings().announcedDays());
                assertEquals(false, store.settings().workingDays().isWorkingDay(BRIDGE.date()));
                UserFacingException e = assertThrows(UserFacingException.class,
                        () -> store.settings().setAnnouncedDays(List.of(BRIDGE, MAKE_UP)));
                assertEquals("Chỉ tài khoản quản trị được đổi cài đặt.", e.getMessage());
                assertEquals(List.of(BRIDGE), store.settings().announcedDays());
            }
        }
    }
}
