package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.security.LoginDelayException;
import vn.sotreem.storage.security.LoginGuard;
import vn.sotreem.storage.security.WrongPasswordException;

class AuditLogTest {

    @TempDir
    Path dir;

    private static List<AuditEntry> of(RegisterStore store, AuditAction action) {
        return store.auditEntries(new AuditFilter(null, action, null, null, null), 100);
    }

    @Test
    void everyChangeIsLoggedWithOldAndNewValues() {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            Child saved = store.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2018, 1, 2), "Thôn 1"));
            saved.setStatus(ChildStatus.MOVED_AWAY);
            saved.setStatusDate(LocalDate.of(2026, 10, 1));
            saved.setPhone("0912345678");
            store.saveChild(saved);
            store.saveChild(saved); // no change: no entry

            List<AuditEntry> creates = store.auditEntries(new AuditFilter(null, AuditAction.CREATE, null, null, "may"), 10);
            assertEquals(1, creates.size());
            assertEquals("tre_em", creates.get(0).entity());
            assertEquals(saved.getCode(), creates.get(0).entityId());
            assertTrue(creates.get(0).details().contains("Họ và tên: Lò Thị Mây"), creates.get(0).details());
            assertEquals("Nguyễn Thị Lan", creates.get(0).userName());

            List<AuditEntry> updates = of(store, AuditAction.UPDATE);
            assertEquals(1, updates.size());
            assertEquals(String.join("\n", "Điện thoại liên hệ:  → 0912345678",
                    "Tình trạng: Đang sinh sống tại xã → Đã chuyển đi", "Ngày thay đổi tình trạng:  → 01/10/2026"),
                    updates.get(0).details());
            assertEquals(1, of(store, AuditAction.CREATE).stream().filter(e -> e.entity().equals("thon")).count());
        }
    }

    @Test
    void theLogCannotBeChangedOrDeleted() {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            int before = store.auditEntries(AuditFilter.all(), 1000).size();
            UserFacingException update = assertThrows(UserFacingException.class, () -> store.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET user_name = 'ai đó'")) {
                    return ps.executeUpdate();
                }
            }));
            assertTrue(update.getCause() instanceof SQLException);
            assertThrows(UserFacingException.class, () -> store.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_log")) {
                    return ps.executeUpdate();
                }
            }));
            List<AuditEntry> after = store.auditEntries(AuditFilter.all(), 1000);
            assertEquals(before, after.size());
            assertTrue(after.stream().allMatch(e -> e.userName().equals("Nguyễn Thị Lan")));
        }
    }

    @Test
    void failedLoginsAreCountedDelayedAndLoggedAtTheNextLogin() {
        DataFolder folder = new DataFolder(dir);
        RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1")).close();
        for (int i = 1; i <= 2; i++) {
            WrongPasswordException e = assertThrows(WrongPasswordException.class,
                    () -> RegisterStore.open(folder, "Nguyễn Thị Lan", "sai-mat-khau".toCharArray()));
            assertEquals("Mật khẩu không đúng. Hãy gõ lại (chú ý phím Caps Lock và bộ gõ tiếng Việt).", e.getMessage(), "try " + i);
        }
        WrongPasswordException third = assertThrows(WrongPasswordException.class,
                () -> RegisterStore.open(folder, "Nguyễn Thị Lan", "sai-mat-khau".toCharArray()));
        assertTrue(third.getMessage().endsWith("Đã gõ sai 3 lần liền: hãy đợi 5 giây rồi thử lại."), third.getMessage());
        LoginDelayException wait = assertThrows(LoginDelayException.class,
                () -> RegisterStore.open(folder, "Nguyễn Thị Lan", AccountsTest.ADMIN_PW), "even the right password waits");
        assertTrue(wait.waitTime().toSeconds() <= 5 && !wait.waitTime().isZero());

        LoginGuard guard = new LoginGuard(folder);
        pretendFailuresWereAMinuteAgo(guard);
        WrongPasswordException fourth = assertThrows(WrongPasswordException.class,
                () -> RegisterStore.open(folder, "Nguyễn Thị Lan", "sai-mat-khau".toCharArray()));
        assertTrue(fourth.getMessage().endsWith("Đã gõ sai 4 lần liền: hãy đợi 10 giây rồi thử lại."), fourth.getMessage());

        pretendFailuresWereAMinuteAgo(guard);
        try (RegisterStore store = RegisterStore.open(folder, "Nguyễn Thị Lan", AccountsTest.ADMIN_PW)) {
            assertEquals(4, of(store, AuditAction.LOGIN_FAILED).size());
            assertEquals(1, of(store, AuditAction.LOGIN).size());
        }
        assertEquals(List.of(), new LoginGuard(folder).failures());
    }

    @Test
    void theIdleLockChecksPasswordsLikeTheLoginDoes() {
        DataFolder folder = new DataFolder(dir);
        try (RegisterStore store = RegisterStore.create(folder, RegisterStoreTest.INFO, AccountsTest.ADMIN_PW, List.of("Thôn 1"))) {
            store.checkPassword(AccountsTest.ADMIN_PW);
            assertThrows(WrongPasswordException.class, () -> store.checkPassword("sai-mat-khau".toCharArray()));
            assertThrows(WrongPasswordException.class, () -> store.checkPassword("sai-mat-khau".toCharArray()));
            WrongPasswordException third = assertThrows(WrongPasswordException.class,
                    () -> store.checkPassword("sai-mat-khau".toCharArray()));
            assertEquals(5, third.waitTime().toSeconds());
            assertThrows(LoginDelayException.class, () -> store.checkPassword(AccountsTest.ADMIN_PW));
            pretendFailuresWereAMinuteAgo(new LoginGuard(folder));
            store.checkPassword(AccountsTest.ADMIN_PW);
            assertEquals(3, store.auditEntries(new AuditFilter(null, AuditAction.LOGIN_FAILED, null, null, null), 10).size());
            assertEquals(List.of(), new LoginGuard(folder).failures());
        }
    }

    private static void pretendFailuresWereAMinuteAgo(LoginGuard guard) {
        List<LoginGuard.Failure> failures = guard.failures();
        guard.reset();
        for (LoginGuard.Failure f : failures) {
            guard.recordFailure(f.user(), f.time().minusMinutes(1));
        }
    }
}
