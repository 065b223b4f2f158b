package vn.sotreem.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.access.Role;
import vn.sotreem.ui.shell.IdleLock;
import vn.sotreem.ui.ManualIdleTimer;
import vn.sotreem.ui.common.PasswordPair;

/** The screen-free logic behind accounts, the audit filter and the idle lock. */
class DataSafetyModelsTest {

    @Test
    void newPasswordMustBeLongEnoughAndTypedTwiceAlike() {
        assertEquals(Optional.of("Hãy nhập mật khẩu mới (ít nhất 8 ký tự)."), PasswordPair.problem("", ""));
        assertEquals(Optional.of("Mật khẩu cần ít nhất 8 ký tự (mới có 5)."), PasswordPair.problem("ngắn1", "ngắn1"));
        assertEquals(Optional.of("Hãy gõ lại mật khẩu mới một lần nữa."), PasswordPair.problem("đủ-dài-rồi", null));
        assertEquals(Optional.of("Hai lần gõ mật khẩu chưa giống nhau."), PasswordPair.problem("đủ-dài-rồi", "đủ-dài-rồi!"));
        assertEquals(Optional.empty(), PasswordPair.problem("đủ-dài-rồi", "đủ-dài-rồi"));
    }

    @Test
    void newAccountNeedsANewNameARoleAndAGoodPassword() {
        List<String> existing = List.of("Nguyễn Thị Lan");
        assertEquals(Optional.of("Hãy nhập tên người dùng, ví dụ họ và tên."),
                NewAccountForm.problem("   ", Role.OFFICER, "mat-khau-1", "mat-khau-1", existing));
        assertTrue(NewAccountForm.problem("nguyen thi lan", Role.OFFICER, "mat-khau-1", "mat-khau-1", existing)
                .orElseThrow().startsWith("Đã có người dùng tên"), "names are compared without accents");
        assertTrue(NewAccountForm.problem("Nguyễn Thị Lan", Role.VIEWER, "mat-khau-1", "mat-khau-1", existing).isPresent(),
                "the same name with accents is taken too");
        assertEquals(Optional.of("Hãy chọn vai trò."),
                NewAccountForm.problem("Trần Văn Bình", null, "mat-khau-1", "mat-khau-1", existing));
        assertEquals(Optional.of("Hai lần gõ mật khẩu chưa giống nhau."),
                NewAccountForm.problem("Trần Văn Bình", Role.OFFICER, "mat-khau-1", "mat-khau-2", existing));
        assertEquals(Optional.empty(),
                NewAccountForm.problem("Trần Văn Bình", Role.OFFICER, "mat-khau-1", "mat-khau-1", existing));
    }

    @Test
    void auditFilterFromTheInputs() {
        AuditFilterModel.Result all = AuditFilterModel.build(null, null, "", "  ", "");
        assertEquals(AuditFilter.all(), all.filter());
        assertEquals("tất cả", AuditFilterModel.describe(all.filter()));

        AuditFilterModel.Result some = AuditFilterModel.build("Nguyễn Thị Lan", AuditAction.LOGIN, "1/3/2026", "31/03/2026", " hoa ");
        assertEquals(new AuditFilter("Nguyễn Thị Lan", AuditAction.LOGIN, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "hoa"),
                some.filter());
        assertEquals("người dùng Nguyễn Thị Lan; thao tác Đăng nhập; từ 01/03/2026; đến 31/03/2026; có chữ \"hoa\"",
                AuditFilterModel.describe(some.filter()));

        AuditFilterModel.Result badDate = AuditFilterModel.build(null, null, "31/02/2026", "", "");
        assertFalse(badDate.ok());
        assertNull(badDate.filter());
        assertTrue(badDate.message().startsWith("Ngày \"từ\" không hợp lệ"), badDate.message());
        assertTrue(AuditFilterModel.build(null, null, "", "hôm qua", "").message().startsWith("Ngày \"đến\" không hợp lệ"));
        assertEquals("Ngày \"đến\" đang trước ngày \"từ\".",
                AuditFilterModel.build(null, null, "02/03/2026", "01/03/2026", "").message());
    }

    @Test
    void idleLockClosesAfterTheTimerAndOpensOnlyWithTheRightPassword() {
        ManualIdleTimer timer = new ManualIdleTimer();
        AtomicInteger minutes = new AtomicInteger(10);
        IdleLock lock = new IdleLock(timer, minutes::get, pw -> new String(pw).equals("dung-mat-khau"));
        timer.fire();
        assertFalse(lock.isLocked(), "nothing before start");

        lock.start();
        assertEquals(1, timer.restarts);
        assertEquals(10, timer.lastMinutes);
        minutes.set(3);
        lock.activity();
        assertEquals(2, timer.restarts, "activity restarts the count");
        assertEquals(3, timer.lastMinutes, "a changed setting applies from the next activity");

        timer.fire();
        assertTrue(lock.isLocked());
        assertFalse(timer.running(), "no timer while locked");
        lock.activity();
        assertEquals(2, timer.restarts, "moving the mouse does not open or restart anything");
        assertTrue(lock.isLocked());

        assertFalse(lock.unlock("sai".toCharArray()));
        assertFalse(lock.unlock(new char[0]));
        assertTrue(lock.isLocked());
        assertTrue(lock.unlock("dung-mat-khau".toCharArray()));
        assertFalse(lock.isLocked());
        assertTrue(timer.running(), "counting again after unlocking");

        lock.stop();
        assertFalse(timer.running());
        lock.lock();
        assertFalse(lock.isLocked(), "a stopped lock (window closed) never closes");
    }

    @Test
    void lockTimeZeroOrLessStillWaitsAMinute() {
        ManualIdleTimer timer = new ManualIdleTimer();
        IdleLock lock = new IdleLock(timer, () -> 0, pw -> true);
        lock.start();
        assertEquals(1, timer.lastMinutes);
    }

    @Test
    void backupDescriptions() {
        assertEquals("Khi đóng chương trình", BackupText.reason("khi_dong"));
        assertEquals("la_la", BackupText.reason("la_la"));
        assertEquals("1 KB", BackupText.size(10));
        assertEquals("2,5 MB", BackupText.size(2_621_440));
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("nhat_ky", 40);
        counts.put("zz_moi", 3); // written by a newer version: shown as it is, after the known ones
        counts.put("tro_giup", 7);
        counts.put("hcdb", 2);
        counts.put("tai_khoan", 1);
        counts.put("thon", 5);
        counts.put("tre_em", 120);
        vn.sotreem.domain.backup.BackupInfo info = new vn.sotreem.domain.backup.BackupInfo(null, null, 0, "thu_cong",
                "00004", "Phường Ba Đình", "1", counts);
        assertEquals("120 trẻ em, 5 thôn, 1 người dùng, 2 diện HCĐB, 7 lần trợ giúp, 40 dòng nhật ký, 3 zz_moi",
                BackupText.counts(info), "the words of CountedRecord, which the command line uses too");
        assertEquals("", BackupText.counts(new vn.sotreem.domain.backup.BackupInfo(null, null, 0, "thu_cong",
                "00004", "Phường Ba Đình", "1", java.util.Map.of())));
    }
}
