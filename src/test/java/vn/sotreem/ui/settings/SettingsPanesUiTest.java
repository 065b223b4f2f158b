package vn.sotreem.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.access.Account;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.backup.BackupInfo;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.place.Village;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.UiServices;

/**
 * One settings pane at a time, mounted alone with its view-model on a real register in a temporary
 * folder (no login, no main window); its background work runs at once on the JavaFX thread, so
 * what a click did is on screen and in the register when the click returns.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsPanesUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private UiServices services;
    private RegisterStore store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2015, 3, 2), Sex.FEMALE, "Thôn Tây")));
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        services = UiTestSupport.sameThread(dialogs, UiTestSupport.opening(() -> null), TODAY);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    private static void set(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryTextInputControl().setText(text));
    }

    @Test
    void villagesPaneAddsRenamesAndRefusesToDeleteAVillageWhereAChildLives(FxRobot robot) {
        AtomicInteger changes = new AtomicInteger();
        VillagesView view = onFx(robot, () -> new VillagesView(services, new VillagesModel(store), changes::incrementAndGet));
        UiTestSupport.mount(robot, stage, view.root());
        robot.interact(view::refresh);
        ListView<Village> list = robot.lookup("#villageList").queryListView();
        assertEquals(List.of("Thôn Đông", "Thôn Tây"), list.getItems().stream().map(Village::name).toList());

        robot.clickOn(robot.lookup("#villageList .list-cell").match(LabeledMatchers.hasText("Thôn Tây")).queryLabeled());
        robot.clickOn("#deleteVillageButton");
        assertTrue(UiTestSupport.text(robot, "#villageMessage").startsWith("Không xóa được thôn này"),
                UiTestSupport.text(robot, "#villageMessage"));
        assertEquals(0, changes.get(), "nothing changed");

        set(robot, "#villageName", "Thôn Bắc");
        robot.clickOn("#addVillageButton");
        assertEquals("Đã thêm \"Thôn Bắc\".", UiTestSupport.text(robot, "#villageMessage"));
        assertEquals(3, list.getItems().size(), "the list as the register has it after the change");
        assertTrue(store.villages().stream().anyMatch(v -> v.name().equals("Thôn Bắc")));
        assertEquals(1, changes.get(), "the children list is told");

        set(robot, "#villageName", "Thôn Đông");
        robot.clickOn("#addVillageButton");
        assertEquals("Đã có thôn tên \"Thôn Đông\".", UiTestSupport.text(robot, "#villageMessage"));

        robot.clickOn(robot.lookup("#villageList .list-cell").match(LabeledMatchers.hasText("Thôn Bắc")).queryLabeled());
        set(robot, "#villageName", "Thôn Nam");
        robot.clickOn("#renameVillageButton");
        assertEquals("Đã đổi tên \"Thôn Bắc\" thành \"Thôn Nam\".", UiTestSupport.text(robot, "#villageMessage"));
        assertEquals(java.util.Set.of("Thôn Đông", "Thôn Nam", "Thôn Tây"),
                store.villages().stream().map(Village::name).collect(java.util.stream.Collectors.toSet()));
        assertEquals("", robot.lookup("#villageName").queryTextInputControl().getText());
    }

    @Test
    void accountsPaneAddsAUserChangesTheRoleAndLocksIt(FxRobot robot) {
        AccountsView view = onFx(robot, () -> new AccountsView(services, new AccountsModel(store)));
        UiTestSupport.mount(robot, stage, view.root());
        robot.interact(view::refresh);
        TableView<Account> table = robot.lookup("#accountTable").queryAs(TableView.class);
        assertEquals(List.of(UiTestSupport.INFO.officerName()), table.getItems().stream().map(Account::userName).toList());
        assertEquals("Đổi mật khẩu của tôi", UiTestSupport.text(robot, "#passwordTitle"));

        set(robot, "#newUserName", "  Trần   Văn Bình ");
        set(robot, "#newUserPassword", "mat-khau-moi-1");
        set(robot, "#newUserPasswordRepeat", "mat-khau-moi-1");
        robot.clickOn("#addUserButton");
        assertEquals("Đã thêm người dùng Trần Văn Bình (" + Role.OFFICER.label()
                + "). Hãy báo mật khẩu cho người đó trực tiếp.", UiTestSupport.text(robot, "#accountsMessage"));
        assertEquals(2, table.getItems().size());
        assertEquals("", robot.lookup("#newUserPassword").queryTextInputControl().getText(), "the password is not kept on screen");
        Account added = store.accounts().list().stream().filter(a -> a.userName().equals("Trần Văn Bình")).findFirst().orElseThrow();
        assertEquals(Role.OFFICER, added.role());

        robot.clickOn(robot.lookup("#accountTable .table-cell").match(LabeledMatchers.hasText("Trần Văn Bình")).queryLabeled());
        assertEquals("Đặt mật khẩu mới cho: Trần Văn Bình", UiTestSupport.text(robot, "#passwordTitle"));
        robot.interact(() -> robot.lookup("#selectedRoleBox").queryComboBox().getSelectionModel().select(Role.VIEWER));
        robot.clickOn("#changeRoleButton");
        assertEquals("Đã đổi vai trò của Trần Văn Bình thành " + Role.VIEWER.label() + ".",
                UiTestSupport.text(robot, "#accountsMessage"));
        assertEquals(Role.VIEWER, store.accounts().list().stream().filter(a -> a.userName().equals("Trần Văn Bình"))
                .findFirst().orElseThrow().role());
        assertEquals("Trần Văn Bình", table.getSelectionModel().getSelectedItem().userName(), "the selection is kept");

        robot.clickOn("#deactivateButton");
        assertTrue(dialogs.questions.get(0).startsWith("Khóa người dùng Trần Văn Bình?"), dialogs.questions.get(0));
        assertEquals("Đã khóa người dùng Trần Văn Bình.", UiTestSupport.text(robot, "#accountsMessage"));
        assertFalse(store.accounts().list().stream().filter(a -> a.userName().equals("Trần Văn Bình"))
                .findFirst().orElseThrow().active());
        assertTrue(robot.lookup("#accountTable .table-cell").match(LabeledMatchers.hasText("Đã khóa")).tryQuery().isPresent());
    }

    @Test
    void backupsPaneTakesABackupAndListsItWithItsRecordsInWords(FxRobot robot) {
        BackupsView view = onFx(robot, () -> new BackupsView(services, new BackupsModel(store), () -> { }));
        UiTestSupport.mount(robot, stage, view.root());
        robot.interact(view::refresh);
        TableView<BackupInfo> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty());
        assertTrue(UiTestSupport.shown(robot, "#restoreButton"), "the administrator may restore");

        robot.clickOn("#backupNowButton");
        UiTestSupport.waitUntil(() -> table.getItems().size() == 1, () -> UiTestSupport.text(robot, "#backupMessage"));
        String counts = BackupText.counts(table.getItems().get(0));
        assertTrue(counts.startsWith("1 trẻ em, 2 thôn, 1 người dùng, 0 diện HCĐB, 0 lần trợ giúp, "), counts);
        assertTrue(UiTestSupport.text(robot, "#backupMessage").startsWith("Đã sao lưu lúc "), UiTestSupport.text(robot, "#backupMessage"));
        assertTrue(UiTestSupport.text(robot, "#backupMessage").contains(counts));
        assertEquals("Bấm “Sao lưu ngay”", BackupText.reason(table.getItems().get(0).reason()));
    }

    @Test
    void auditPaneNamesTheInjuryRecordInWordsNotByItsKey(FxRobot robot) {
        store.write(tx -> {
            tx.saveInjury(Injuries.of(tx.childByCode("TE000001").orElseThrow().getId(), LocalDate.of(2026, 11, 2))
                    .type(InjuryType.FALL).place(InjuryPlace.SCHOOL).build(), false, TODAY);
            return null;
        });
        AuditView view = onFx(robot, () -> new AuditView(services, new AuditModel(store)));
        UiTestSupport.mount(robot, stage, view.root());
        robot.interact(view::refresh);
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        AuditEntry injury = table.getItems().stream().filter(e -> "tntt".equals(e.entity())).findFirst().orElseThrow();
        assertEquals("Tai nạn, thương tích", injury.entityLabel());
        assertTrue(robot.lookup("#auditTable .table-cell").match(LabeledMatchers.hasText("Tai nạn, thương tích")).tryQuery().isPresent(),
                "shown in words");
        assertFalse(robot.lookup("#auditTable .table-cell").match(LabeledMatchers.hasText("tntt")).tryQuery().isPresent(),
                "never the key");
        assertTrue(UiTestSupport.text(robot, "#auditCount").startsWith("Đang hiện "));
        assertTrue(robot.lookup("#auditUserFilter").queryComboBox().getItems().size() == 2, "every user and the officer");
    }

    @Test
    void securityPaneSavesTheIdleLockAndTheSecondBackupFolder(FxRobot robot) throws Exception {
        Path usb = java.nio.file.Files.createDirectories(dir.resolve("usb"));
        UiServices withFolder = services.withFiles(new vn.sotreem.ui.common.FilePicker() {
            @Override
            public java.util.Optional<Path> workbookToOpen(javafx.stage.Window owner) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> workbookToSave(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> folder(javafx.stage.Window owner, String title) {
                return java.util.Optional.of(usb);
            }
        });
        SecurityView view = onFx(robot, () -> new SecurityView(withFolder, new SecurityModel(store)));
        UiTestSupport.mount(robot, stage, view.root());
        robot.interact(view::refresh);
        assertEquals(10, robot.lookup("#idleMinutesSpinner").queryAs(javafx.scene.control.Spinner.class).getValue());
        assertEquals("Chưa chọn thư mục thứ hai.", UiTestSupport.text(robot, "#secondFolderLabel"));
        assertTrue(robot.lookup("#clearSecondFolderButton").queryButton().isDisabled());

        robot.interact(() -> robot.lookup("#idleMinutesSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getEditor().setText("3"));
        robot.clickOn("#saveIdleButton");
        assertEquals("Đã lưu: tự khóa sau 3 phút không dùng.", UiTestSupport.text(robot, "#idleMessage"));
        assertEquals(3, store.settings().idleLockMinutes());

        robot.clickOn("#chooseSecondFolderButton");
        assertEquals("Đang dùng: " + usb, UiTestSupport.text(robot, "#secondFolderLabel"));
        assertEquals(java.util.Optional.of(usb), store.settings().secondBackupFolder());
        assertFalse(robot.lookup("#clearSecondFolderButton").queryButton().isDisabled());
        robot.clickOn("#clearSecondFolderButton");
        assertEquals("Đã bỏ thư mục sao lưu thứ hai.", UiTestSupport.text(robot, "#folderMessage"));
        assertEquals(java.util.Optional.empty(), store.settings().secondBackupFolder());
    }

    private static <T> T onFx(FxRobot robot, java.util.concurrent.Callable<T> make) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(make).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
