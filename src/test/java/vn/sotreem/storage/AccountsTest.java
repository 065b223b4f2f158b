package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.UserFacingException;
import vn.sotreem.storage.security.WrongPasswordException;

class AccountsTest {

    static final char[] ADMIN_PW = "mat-khau-quan-tri".toCharArray();
    static final char[] OFFICER_PW = "mat-khau-can-bo".toCharArray();
    static final char[] VIEWER_PW = "mat-khau-chi-xem".toCharArray();

    @TempDir
    Path dir;

    private DataFolder newRegister() {
        DataFolder folder = new DataFolder(dir);
        RegisterStore.create(folder, RegisterStoreTest.INFO, ADMIN_PW, List.of("Thôn 1")).close();
        return folder;
    }

    @Test
    void everyAccountOpensTheSameDataWithoutReEncrypting() throws Exception {
        DataFolder folder = newRegister();
        byte[] before;
        try (RegisterStore admin = RegisterStore.open(folder, "Nguyễn Thị Lan", ADMIN_PW)) {
            admin.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2018, 1, 2), "Thôn 1"));
            admin.accounts().add("Trần Văn Bình", Role.OFFICER, OFFICER_PW);
            admin.accounts().add("Phạm Thu", Role.VIEWER, VIEWER_PW);
            assertEquals(List.of(new Account("Nguyễn Thị Lan", Role.ADMIN, true), new Account("Trần Văn Bình", Role.OFFICER, true),
                    new Account("Phạm Thu", Role.VIEWER, true)), admin.accounts().list());
        }
        before = Files.readAllBytes(folder.databaseFile());
        try (RegisterStore officer = RegisterStore.open(folder, "Trần Văn Bình", OFFICER_PW)) {
            assertEquals(Role.OFFICER, officer.currentAccount().role());
            assertEquals("Lò Thị Mây", officer.allChildren().get(0).getFullName());
        }
        try (RegisterStore viewer = RegisterStore.open(folder, null, VIEWER_PW)) {
            assertEquals("Phạm Thu", viewer.userName());
            assertEquals(1, viewer.allChildren().size());
        }
        assertEquals(List.of("Nguyễn Thị Lan", "Trần Văn Bình", "Phạm Thu"), Accounts.userNames(folder));
        // Same data key: the file's first block (H2's encrypted header) did not change.
        byte[] after = Files.readAllBytes(folder.databaseFile());
        assertEquals(new String(before, 0, 4096, "ISO-8859-1"), new String(after, 0, 4096, "ISO-8859-1"));
    }

    @Test
    void aPasswordOnlyOpensItsOwnAccountWhenTheUserIsNamed() {
        DataFolder folder = newRegister();
        try (RegisterStore admin = RegisterStore.open(folder, ADMIN_PW)) {
            admin.accounts().add("Trần Văn Bình", Role.OFFICER, OFFICER_PW);
        }
        assertThrows(WrongPasswordException.class, () -> RegisterStore.open(folder, "Nguyễn Thị Lan", OFFICER_PW));
    }

    @Test
    void rolesAreEnforcedByTheStore() {
        DataFolder folder = newRegister();
        try (RegisterStore admin = RegisterStore.open(folder, ADMIN_PW)) {
            admin.accounts().add("Phạm Thu", Role.VIEWER, VIEWER_PW);
            admin.accounts().add("Trần Văn Bình", Role.OFFICER, OFFICER_PW);
        }
        try (RegisterStore viewer = RegisterStore.open(folder, VIEWER_PW)) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> viewer.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2018, 1, 2), "Thôn 1")));
            assertEquals("Tài khoản chỉ xem (Phạm Thu) không được thay đổi dữ liệu.", e.getMessage());
            assertEquals(0, viewer.allChildren().size());
            assertThrows(UserFacingException.class, () -> viewer.accounts().add("X Y", Role.ADMIN, VIEWER_PW));
            assertThrows(UserFacingException.class, () -> viewer.auditEntries(vn.sotreem.domain.access.AuditFilter.all(), 10));
        }
        try (RegisterStore officer = RegisterStore.open(folder, OFFICER_PW)) {
            officer.saveChild(RegisterStoreTest.child("Lò Thị Mây", LocalDate.of(2018, 1, 2), "Thôn 1"));
            UserFacingException e = assertThrows(UserFacingException.class, () -> officer.accounts().changeRole("Phạm Thu", Role.ADMIN));
            assertEquals("Chỉ người dùng quản trị được quản lý tài khoản.", e.getMessage());
            assertThrows(UserFacingException.class, () -> officer.settings().setIdleLockMinutes(5));
        }
    }

    @Test
    void atLeastOneAdministratorAlwaysExists() {
        DataFolder folder = newRegister();
        try (RegisterStore admin = RegisterStore.open(folder, ADMIN_PW)) {
            assertEquals("Phải luôn có ít nhất một người dùng quản trị.",
                    assertThrows(UserFacingException.class, () -> admin.accounts().changeRole("Nguyễn Thị Lan", Role.OFFICER)).getMessage());
            assertEquals("Không thể khóa người quản trị cuối cùng.",
                    assertThrows(UserFacingException.class, () -> admin.accounts().deactivate("Nguyễn Thị Lan")).getMessage());
            admin.accounts().add("Trần Văn Bình", Role.ADMIN, OFFICER_PW);
            admin.accounts().changeRole("Nguyễn Thị Lan", Role.OFFICER);
            assertEquals(Role.OFFICER, admin.accounts().find("Nguyễn Thị Lan").orElseThrow().role());
        }
    }

    @Test
    void aLockedAccountCanNoLongerOpenTheRegister() {
        DataFolder folder = newRegister();
        try (RegisterStore admin = RegisterStore.open(folder, ADMIN_PW)) {
            admin.accounts().add("Trần Văn Bình", Role.OFFICER, OFFICER_PW);
            admin.accounts().deactivate("Trần Văn Bình");
            assertFalse(admin.accounts().find("Trần Văn Bình").orElseThrow().active());
        }
        assertThrows(WrongPasswordException.class, () -> RegisterStore.open(folder, OFFICER_PW));
        assertEquals(List.of("Nguyễn Thị Lan"), Accounts.userNames(folder));
    }

    @Test
    void passwordsChangeAndAreAtLeastEightCharacters() {
        DataFolder folder = newRegister();
        try (RegisterStore admin = RegisterStore.open(folder, ADMIN_PW)) {
            assertEquals("Mật khẩu phải có ít nhất 8 ký tự.", assertThrows(UserFacingException.class,
                    () -> admin.accounts().add("Trần Văn Bình", Role.OFFICER, "ngan".toCharArray())).getMessage());
            admin.accounts().changePassword("Nguyễn Thị Lan", "mat-khau-moi-123".toCharArray());
        }
        assertThrows(WrongPasswordException.class, () -> RegisterStore.open(folder, ADMIN_PW));
        RegisterStore.open(folder, "mat-khau-moi-123".toCharArray()).close();
    }

    @Test
    void theRecoveryKeyOpensTheRegisterAndLetsAnAdministratorSetANewPassword() {
        DataFolder folder = newRegister();
        String key;
        try (RegisterStore admin = RegisterStore.open(folder, ADMIN_PW)) {
            assertFalse(admin.accounts().hasRecoveryKey(), "a register made without one (as by the first version)");
            key = admin.accounts().regenerateRecoveryKey();
            assertTrue(admin.accounts().hasRecoveryKey());
        }
        assertTrue(key.matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}"), key);
        String typedSloppily = key.toLowerCase().replace("-", " ");
        try (RegisterStore recovered = RegisterStore.open(folder, typedSloppily.toCharArray())) {
            assertTrue(recovered.openedWithRecoveryKey());
            assertEquals(Role.ADMIN, recovered.currentAccount().role());
            recovered.accounts().changePassword("Nguyễn Thị Lan", "mat-khau-sau-khi-quen".toCharArray());
        }
        try (RegisterStore admin = RegisterStore.open(folder, "Nguyễn Thị Lan", "mat-khau-sau-khi-quen".toCharArray())) {
            assertFalse(admin.openedWithRecoveryKey());
            String newKey = admin.accounts().regenerateRecoveryKey();
            assertFalse(newKey.equals(key));
        }
        assertThrows(WrongPasswordException.class, () -> RegisterStore.open(folder, key.toCharArray()), "old key is replaced");
    }
}
