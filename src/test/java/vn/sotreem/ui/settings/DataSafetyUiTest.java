package vn.sotreem.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.ManualIdleTimer;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Accounts, roles, the recovery key, the login delay, the idle lock and the audit log, through the window. */
@ExtendWith(ApplicationExtension.class)
class DataSafetyUiTest {

    static final String ADMIN = UiTestSupport.INFO.officerName();
    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";

    @TempDir
    Path dir;
    private Stage stage;
    private DataFolder folder;
    private String recoveryKey;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ManualIdleTimer timer = new ManualIdleTimer();
    private UiServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            recoveryKey = store.accounts().regenerateRecoveryKey();
            store.accounts().add(VIEWER, Role.VIEWER, VIEWER_PASSWORD.toCharArray());
        }
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> workbookToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> workbookToSave(Window owner, String suggestedName) {
                return Optional.of(dir.resolve(suggestedName));
            }
        };
        UiServices standard = UiServices.standard();
        services = new UiServices(dialogs, picker, standard.runner(), standard.today()).withIdleTimers(() -> timer);
        new AppWindow(stage, folder, services).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void restartWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.close();
            new AppWindow(stage, folder, services).start();
        });
    }

    private static boolean shown(FxRobot robot, String query) {
        return UiTestSupport.shown(robot, query);
    }

    private static void set(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    private static void selectTab(FxRobot robot, String title) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow());
        });
    }

    private static List<String> tabTitles(FxRobot robot) {
        return robot.lookup("#settingsTabs").queryAs(TabPane.class).getTabs().stream().map(Tab::getText).toList();
    }

    @Test
    void recoveryKeyOpensThenANewPasswordIsRequiredAndWorks(FxRobot robot) {
        UiTestSupport.waitFor(robot, "#passwordField");
        robot.clickOn("#recoveryLink");
        set(robot, "#recoveryKeyField", "sai-ma-khoi-phuc");
        robot.clickOn("#recoveryOpenButton");
        UiTestSupport.waitUntil(() -> !UiTestSupport.text(robot, "#recoveryMessage").isEmpty());
        assertEquals("Mã khôi phục không đúng. Hãy kiểm tra từng ký tự trên tờ giấy đã in.",
                UiTestSupport.text(robot, "#recoveryMessage"));

        set(robot, "#recoveryKeyField", recoveryKey.toLowerCase().replace("-", " "));
        robot.clickOn("#recoveryOpenButton");
        UiTestSupport.waitFor(robot, "#newPasswordField");
        assertEquals(List.of(ADMIN), robot.lookup("#adminPicker").queryComboBox().getItems());
        assertFalse(shown(robot, "#navRail"), "no register before the new password");
        set(robot, "#newPasswordField", "moi-mat-khau-9");
        set(robot, "#newPasswordRepeatField", "moi-mat-khau-8");
        robot.clickOn("#saveNewPasswordButton");
        assertEquals("Hai lần gõ mật khẩu chưa giống nhau.", UiTestSupport.text(robot, "#newPasswordMessage"));
        set(robot, "#newPasswordRepeatField", "moi-mat-khau-9");
        robot.clickOn("#saveNewPasswordButton");
        UiTestSupport.waitFor(robot, "#taskTable");
        assertEquals("Người dùng: " + ADMIN + " (Quản trị)", UiTestSupport.text(robot, "#statusUser"));

        restartWindow(robot);
        UiTestSupport.login(robot, ADMIN, UiTestSupport.PASSWORD);
        UiTestSupport.waitUntil(() -> !UiTestSupport.text(robot, "#loginMessage").isEmpty());
        assertTrue(UiTestSupport.text(robot, "#loginMessage").startsWith("Mật khẩu không đúng."), "the old password is gone");
        UiTestSupport.login(robot, ADMIN, "moi-mat-khau-9");
        UiTestSupport.waitFor(robot, "#taskTable");
    }

    @Test
    void viewerSeesNoEditingAndNoUserManagement(FxRobot robot) {
        assertEquals(List.of(ADMIN, VIEWER), robot.lookup("#userPicker").queryComboBox().getItems());
        assertEquals(ADMIN, robot.lookup("#userPicker").queryComboBox().getValue(), "the first user is preselected");
        UiTestSupport.login(robot, VIEWER, VIEWER_PASSWORD);
        UiTestSupport.openChildren(robot);
        assertEquals("Người dùng: " + VIEWER + " (Xem)", UiTestSupport.text(robot, "#statusUser"));
        for (String button : List.of("#addButton", "#importButton", "#exportButton")) {
            assertFalse(shown(robot, button), button);
        }
        assertTrue(shown(robot, "#viewerNote"));
        assertEquals("Bạn chỉ có quyền xem", UiTestSupport.text(robot, "#viewerNote"));

        robot.clickOn("#navSettings");
        assertEquals(List.of("Thôn/tổ dân phố", "Người dùng", "Lịch ngày làm việc", "Báo cáo"), tabTitles(robot));
        assertFalse(shown(robot, "#villageEditor"));
        selectTab(robot, "Người dùng");
        assertFalse(shown(robot, "#accountTable"));
        assertFalse(shown(robot, "#addUserButton"));
        assertEquals("Đổi mật khẩu của tôi", UiTestSupport.text(robot, "#passwordTitle"));
    }

    @Test
    void administratorAddsAnOfficerWhoCanThenLogIn(FxRobot robot) {
        UiTestSupport.login(robot, ADMIN, UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        robot.clickOn("#navSettings");
        assertEquals(List.of("Thôn/tổ dân phố", "Người dùng", "Lịch ngày làm việc", "Báo cáo", "Bảo mật và sao lưu", "Nhật ký hoạt động"),
                tabTitles(robot));
        selectTab(robot, "Người dùng");
        UiTestSupport.waitFor(robot, "#accountTable");
        robot.clickOn("#newUserName").write("Trần Văn Bình");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Role> role = robot.lookup("#newUserRole").queryAs(ComboBox.class);
            role.setValue(Role.OFFICER);
        });
        set(robot, "#newUserPassword", "binh-mat-khau");
        set(robot, "#newUserPasswordRepeat", "binh-mat-khau-khac");
        robot.clickOn("#addUserButton");
        assertEquals("Hai lần gõ mật khẩu chưa giống nhau.", UiTestSupport.text(robot, "#accountsMessage"));
        set(robot, "#newUserPasswordRepeat", "binh-mat-khau");
        robot.clickOn("#addUserButton");
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#accountsMessage").startsWith("Đã thêm người dùng Trần Văn Bình (Cán bộ)."));
        TableView<?> table = robot.lookup("#accountTable").queryTableView();
        assertEquals(3, table.getItems().size());

        restartWindow(robot);
        UiTestSupport.login(robot, "Trần Văn Bình", "binh-mat-khau");
        UiTestSupport.openChildren(robot);
        assertEquals("Người dùng: Trần Văn Bình (Cán bộ)", UiTestSupport.text(robot, "#statusUser"));
        assertTrue(shown(robot, "#addButton"));
        assertTrue(shown(robot, "#exportButton"));
    }

    @Test
    void threeWrongPasswordsStartACountdown(FxRobot robot) {
        for (int i = 1; i <= 2; i++) {
            UiTestSupport.login(robot, "sai-mat-khau-" + i);
            UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#loginMessage").startsWith("Mật khẩu không đúng.")
                    && !robot.lookup("#passwordField").query().isDisabled());
        }
        UiTestSupport.login(robot, "sai-mat-khau-3");
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#loginMessage").startsWith("Đã gõ sai mật khẩu nhiều lần. Hãy đợi"));
        assertTrue(UiTestSupport.text(robot, "#loginMessage").matches("Đã gõ sai mật khẩu nhiều lần\\. Hãy đợi \\d giây rồi thử lại\\."),
                UiTestSupport.text(robot, "#loginMessage"));
        assertTrue(robot.lookup("#openButton").queryButton().isDisabled(), "no attempt during the countdown");
        assertFalse(shown(robot, "#navRail"));
    }

    @Test
    void idleLockCoversEverythingAndKeepsTheOpenForm(FxRobot robot) {
        UiTestSupport.login(robot, ADMIN, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.clickOn("#fullNameField").write("Lò Thị Mây");
        Node form = robot.lookup("#fullNameField").query();
        Window formWindow = form.getScene().getWindow();
        assertTrue(timer.running());

        robot.interact(timer::fire);
        UiTestSupport.waitFor(robot, "#unlockPasswordField");
        assertFalse(formWindow.isShowing(), "the child form is hidden");
        assertFalse(shown(robot, "#childTable"), "the register is hidden behind the lock");
        assertFalse(shown(robot, "#navRail"));
        assertEquals("Người dùng: " + ADMIN, UiTestSupport.text(robot, "#lockUser"));

        set(robot, "#unlockPasswordField", "sai-mat-khau");
        robot.clickOn("#unlockButton");
        UiTestSupport.waitUntil(() -> !UiTestSupport.text(robot, "#unlockMessage").isEmpty());
        assertTrue(UiTestSupport.text(robot, "#unlockMessage").startsWith("Mật khẩu không đúng."));
        assertFalse(formWindow.isShowing());

        set(robot, "#unlockPasswordField", UiTestSupport.PASSWORD);
        robot.clickOn("#unlockButton");
        UiTestSupport.waitUntil(formWindow::isShowing);
        assertFalse(shown(robot, "#unlockPasswordField"));
        assertTrue(shown(robot, "#childTable"));
        assertSame(formWindow, form.getScene().getWindow(), "the same form, shown again");
        assertEquals("Lò Thị Mây", ((TextInputControl) form).getText());
        UiTestSupport.waitUntil(timer::running); // counting again
    }

    @Test
    void auditLogShowsLoginAndCreationFiltersAndExports(FxRobot robot) throws Exception {
        UiTestSupport.login(robot, ADMIN, UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        robot.clickOn("#navSettings");
        selectTab(robot, "Nhật ký hoạt động");
        UiTestSupport.waitFor(robot, "#auditTable");
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        List<AuditAction> actions = table.getItems().stream().map(AuditEntry::action).toList();
        assertEquals(AuditAction.LOGIN, actions.get(0), "newest first: this login");
        assertTrue(actions.contains(AuditAction.CREATE));

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Choice<AuditAction>> box = robot.lookup("#auditActionFilter").queryAs(ComboBox.class);
            box.getSelectionModel().select(box.getItems().stream().filter(c -> c.value() == AuditAction.LOGIN).findFirst().orElseThrow());
        });
        robot.clickOn("#applyAuditFilterButton");
        assertFalse(table.getItems().isEmpty());
        assertTrue(table.getItems().stream().allMatch(e -> e.action() == AuditAction.LOGIN), table.getItems().toString());

        set(robot, "#auditFrom", "31/02/2026");
        robot.clickOn("#applyAuditFilterButton");
        assertTrue(UiTestSupport.text(robot, "#auditMessage").startsWith("Ngày \"từ\" không hợp lệ"));
        set(robot, "#auditFrom", "");
        robot.clickOn("#applyAuditFilterButton");

        robot.clickOn("#exportAuditButton");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty());
        assertTrue(dialogs.infos.get(0).startsWith("Đã xuất " + table.getItems().size() + " dòng nhật ký ra tệp:"), dialogs.infos.get(0));
        Path written;
        try (var files = Files.list(dir)) {
            written = files.filter(p -> p.getFileName().toString().startsWith("nhat-ky-hoat-dong-")).findFirst().orElseThrow();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(written.toFile())) {
            Sheet sheet = wb.getSheet("NhatKy");
            assertEquals(table.getItems().size(), sheet.getLastRowNum());
            assertEquals("Đăng nhập", sheet.getRow(1).getCell(2).getStringCellValue());
        }
        // The export is itself in the log (the table reloads after it).
        UiTestSupport.waitUntil(() -> table.getItems().stream().noneMatch(e -> e.action() != AuditAction.LOGIN));
        robot.clickOn("#clearAuditFilterButton");
        assertEquals(AuditAction.EXPORT, table.getItems().get(0).action());
        assertEquals(List.of(), dialogs.errors);
    }
}
