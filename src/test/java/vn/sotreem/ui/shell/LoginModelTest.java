package vn.sotreem.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.domain.access.Role;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.storage.security.WrongPasswordException;
import vn.sotreem.ui.UiTestSupport;

/** The login screen's model on a real register: password, recovery key, new password; what is typed is wiped. */
class LoginModelTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordOpensTheRegisterAndItsDetailsLoadForTheMainWindow() {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of());
        LoginModel model = new LoginModel(folder);
        assertEquals(List.of(UiTestSupport.INFO.officerName()), model.userNames());

        char[] wrong = "sai-mat-khau-1".toCharArray();
        assertThrows(WrongPasswordException.class, () -> model.open(UiTestSupport.INFO.officerName(), wrong));
        assertArrayEquals(new char[wrong.length], wrong, "wiped after a failure too");

        char[] password = UiTestSupport.PASSWORD.toCharArray();
        assertEquals(Optional.empty(), model.open(UiTestSupport.INFO.officerName(), password), "no new password needed");
        assertArrayEquals(new char[password.length], password);
        OpenedRegister opened = model.load();
        try {
            assertEquals(UiTestSupport.INFO.communeName(), opened.info().communeName());
            assertEquals(UiTestSupport.INFO.officerName(), opened.store().userName());
        } finally {
            opened.store().close();
        }
    }

    @Test
    void theRecoveryKeyLeadsToANewPasswordForAnAdministratorThenOpensAsThem() {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of());
        String key;
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            key = store.accounts().regenerateRecoveryKey();
            store.accounts().add("Người Xem", Role.VIEWER, "mat-khau-xem-1".toCharArray());
        }
        LoginModel model = new LoginModel(folder);
        LoginModel.Recovery recovery = model.openWithRecoveryKey(key.toCharArray()).orElseThrow();
        assertEquals(List.of(UiTestSupport.INFO.officerName()), recovery.admins(), "only active administrators");
        assertEquals("", recovery.problem());
        assertTrue(model.waitsForNewPassword());

        OpenedRegister opened = model.setNewPassword(UiTestSupport.INFO.officerName(), "moi-mat-khau-9".toCharArray());
        assertFalse(model.waitsForNewPassword());
        try {
            assertEquals(UiTestSupport.INFO.officerName(), opened.store().userName(), "reopened as the administrator");
        } finally {
            opened.store().close();
        }
        assertThrows(WrongPasswordException.class,
                () -> new LoginModel(folder).open(UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD.toCharArray()));
        LoginModel again = new LoginModel(folder);
        assertEquals(Optional.empty(), again.open(UiTestSupport.INFO.officerName(), "moi-mat-khau-9".toCharArray()));
        again.load().store().close();
    }
}
