package vn.sotreem.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.calendar.AnnouncedDay;
import vn.sotreem.domain.calendar.AnnouncedDayKind;
import vn.sotreem.domain.access.Role;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.UiTestSupport;

/** The working-day calendar screen's logic, on a real register. */
class WorkingCalendarModelTest {

    static final String NOTE = "Nghỉ liền kề Quốc khánh theo thông báo của Chính phủ";

    @TempDir
    Path dir;

    private DataFolder register() {
        DataFolder folder = new DataFolder(dir);
        UiTestSupport.createRegister(folder, List.of());
        return folder;
    }

    @Test
    void showsTheYearsHolidaysAndAddsAndRemovesAnnouncedDays() {
        try (RegisterStore store = RegisterStore.open(register(), UiTestSupport.PASSWORD.toCharArray())) {
            WorkingCalendarModel model = new WorkingCalendarModel(store, 2026);
            model.reload();
            assertTrue(model.canEdit());
            assertEquals(11, model.holidays().size());
            assertEquals(List.of(), model.announcedDays());

            assertEquals(new WorkingCalendarModel.Outcome(false, "Đã thêm ngày nghỉ 01/09/2026."),
                    model.add("1/9/2026", AnnouncedDayKind.DAY_OFF, NOTE));
            AnnouncedDay bridge = new AnnouncedDay(LocalDate.of(2026, 9, 1), AnnouncedDayKind.DAY_OFF, NOTE);
            assertEquals(List.of(bridge), model.announcedDays());
            assertEquals(List.of(bridge), store.settings().announcedDays(), "saved at once");

            assertEquals(new WorkingCalendarModel.Outcome(false, "Đã thêm ngày nghỉ 05/09/2026. "
                            + "Lưu ý: Ngày 05/09/2026 là thứ Bảy, vốn đã là ngày nghỉ."),
                    model.add("05/09/2026", AnnouncedDayKind.DAY_OFF, ""));
            assertEquals(2, model.announcedDays().size());

            assertEquals(new WorkingCalendarModel.Outcome(false, "Đã bỏ ngày nghỉ 05/09/2026."),
                    model.remove(model.announcedDays().get(1)));
            assertEquals(List.of(bridge), store.settings().announcedDays());
        }
    }

    @Test
    void explainsWhatToFixAndKeepsTheListUnchanged() {
        try (RegisterStore store = RegisterStore.open(register(), UiTestSupport.PASSWORD.toCharArray())) {
            WorkingCalendarModel model = new WorkingCalendarModel(store, 2026);
            model.reload();
            assertEquals(new WorkingCalendarModel.Outcome(true, "Ngày không hợp lệ, hãy gõ dạng ngày/tháng/năm, ví dụ 01/09/2026."),
                    model.add("31/02/2026", AnnouncedDayKind.DAY_OFF, ""));
            assertEquals(new WorkingCalendarModel.Outcome(true, "Chưa chọn ngày."), model.add("  ", AnnouncedDayKind.DAY_OFF, ""));
            assertEquals(new WorkingCalendarModel.Outcome(true, "Ngày 08/09/2026 là thứ Ba, vốn đã là ngày làm việc; "
                    + "ngày làm bù thường là một ngày thứ Bảy."), model.add("08/09/2026", AnnouncedDayKind.WORKING_DAY, ""));
            model.add("01/09/2026", AnnouncedDayKind.DAY_OFF, NOTE);
            assertEquals(new WorkingCalendarModel.Outcome(true, "Ngày 01/09/2026 đã có trong danh sách; mỗi ngày chỉ ghi một lần."),
                    model.add("01/09/2026", AnnouncedDayKind.WORKING_DAY, ""));
            assertEquals(1, store.settings().announcedDays().size());
        }
    }

    @Test
    void addingADayOfAnotherYearShowsThatYear() {
        try (RegisterStore store = RegisterStore.open(register(), UiTestSupport.PASSWORD.toCharArray())) {
            WorkingCalendarModel model = new WorkingCalendarModel(store, 2026);
            model.reload();
            model.add("30/01/2027", AnnouncedDayKind.WORKING_DAY, "Làm bù dịp Tết Đinh Mùi");
            assertEquals(2027, model.year());
            assertEquals(1, model.announcedDays().size());
            model.setYear(2026);
            assertEquals(List.of(), model.announcedDays());
        }
    }

    @Test
    void othersReadButCannotChange() {
        DataFolder folder = register();
        try (RegisterStore admin = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            admin.accounts().add("Trần Văn Bình", Role.OFFICER, "mat-khau-can-bo".toCharArray());
            new WorkingCalendarModel(admin, 2026).add("01/09/2026", AnnouncedDayKind.DAY_OFF, NOTE);
        }
        try (RegisterStore officer = RegisterStore.open(folder, "mat-khau-can-bo".toCharArray())) {
            WorkingCalendarModel model = new WorkingCalendarModel(officer, 2026);
            model.reload();
            assertFalse(model.canEdit());
            assertEquals(1, model.announcedDays().size());
            assertEquals(new WorkingCalendarModel.Outcome(true, "Chỉ tài khoản quản trị được đổi cài đặt."),
                    model.add("02/01/2026", AnnouncedDayKind.DAY_OFF, ""));
            assertEquals(1, officer.settings().announcedDays().size());
        }
    }
}
