package vn.sotreem.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Severity;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.exchange.workbook.ImportIssue;
import vn.sotreem.exchange.workbook.ImportReport;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.importing.ImportSummaryDialog;
import vn.sotreem.ui.settings.RecoveryKeyView;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * Not a test: walks through the screens and saves PNGs to /tmp/ui-shots for a person to look at.
 * Run with {@code xvfb-run -a -s "-screen 0 1366x768x24" mvn test -Dtest=ScreenshotTour -Dui.shots=true -Dtestfx.headless=false}.
 */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
public class ScreenshotTour {

    public static final Path OUT = Path.of("/tmp/ui-shots");

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    public static void shoot(FxRobot robot, Window window, String name) {
        robot.sleep(300);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(window.getScene().snapshot(null)));
        UiTestSupport.writePng(image.get(), OUT.resolve(name + ".png"));
    }

    static Window topWindow() {
        List<Window> windows = Window.getWindows();
        return windows.get(windows.size() - 1);
    }

    @Test
    void setupScreens(FxRobot robot) {
        DataFolder folder = new DataFolder(dir.resolve("setup"));
        robot.interact(() -> new AppWindow(stage, folder, UiServices.standard()).start());
        shoot(robot, stage, "01-setup-empty");
        robot.clickOn("#provinceBox");
        shoot(robot, topWindow(), "02-setup-province-popup");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> {
            javafx.scene.control.ComboBox<vn.sotreem.domain.place.Province> box = robot.lookup("#provinceBox").queryComboBox();
            box.getItems().stream().filter(p -> p.name().equals("Quảng Ninh")).findFirst().ifPresent(box::setValue);
        });
        robot.clickOn("#communeSearch").write("thanh son");
        robot.interact(() -> {
            robot.lookup("#passwordField").queryTextInputControl().setText("abc");
            robot.lookup("#passwordRepeatField").queryTextInputControl().setText("abd");
        });
        robot.clickOn("#createButton");
        shoot(robot, stage, "03-setup-errors");
    }

    @Test
    void registerScreens(FxRobot robot) {
        DataFolder folder = new DataFolder(dir.resolve("reg"));
        String[] names = {"Trần Thị Hoà", "Lê Văn Hòa", "Nguyễn Văn Đức", "Hoàng Thị Thuỷ", "Phạm Minh Khôi",
                "Lò Thị Mây", "Vũ Quốc Bảo", "Đặng Ngọc Ánh", "Bùi Thị Ngọc Hân", "Ngô Gia Huy", "Đỗ Thị Lan",
                "Hà Văn Sáng", "Triệu Thị Mai", "Lục Văn Tùng", "Nông Thị Hương", "Mai Xuân Trường"};
        String[] villages = {"Thôn Đông", "Thôn Tây", "Thôn Nà Lạn", "Tổ dân phố số 3"};
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Child c = UiTestSupport.child(names[i], LocalDate.of(2011 + i % 15, 1 + i % 12, 1 + (i * 3) % 28),
                    i % 3 == 0 ? Sex.FEMALE : Sex.MALE, villages[i % villages.length]);
            children.add(c);
        }
        try (var store = vn.sotreem.storage.RegisterStore.create(folder, UiTestSupport.INFO,
                UiTestSupport.PASSWORD.toCharArray(), List.of(villages))) {
            children.forEach(store::saveChild);
        }
        robot.interact(() -> new AppWindow(stage, folder, UiServices.standard()).start());
        UiTestSupport.login(robot, "sai");
        UiTestSupport.waitUntil(() -> !UiTestSupport.text(robot, "#loginMessage").isEmpty());
        shoot(robot, stage, "04-login-wrong");
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        shoot(robot, stage, "05-main-list");
        robot.clickOn("#searchField").write("hoa");
        shoot(robot, stage, "06-main-search");
        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#fullNameField");
        shoot(robot, topWindow(), "07-form-empty");
        robot.clickOn("#birthDateField").write("31/02/2018");
        robot.interact(() -> robot.lookup("#personalIdField").queryTextInputControl().setText("001318012345"));
        robot.clickOn("#sexMale");
        robot.clickOn("#saveButton");
        shoot(robot, topWindow(), "08-form-errors");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.interact(() -> {
            robot.lookup("#fullNameField").queryTextInputControl().setText("Trần Thị Hoà");
            robot.lookup("#birthDateField").queryTextInputControl().setText("01/01/2011");
        });
        robot.clickOn("#sexFemale");
        UiTestSupport.chooseVillage(robot, "Thôn Đông");
        robot.clickOn("#saveButton");
        robot.sleep(500);
        shoot(robot, topWindow(), "09-duplicate");
        robot.clickOn("Quay lại sửa");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#navSettings");
        shoot(robot, stage, "10-settings");
        robot.clickOn("#navSpecial");
        shoot(robot, stage, "11-placeholder");
        ImportReport report = new ImportReport(List.of(
                new ImportIssue("TreEm", 5, "Ngày sinh", Severity.ERROR, "Ngày không hợp lệ: 31/02/2018."),
                new ImportIssue("TreEm", 9, "Số định danh cá nhân", Severity.WARNING, "Số định danh phải gồm đúng 12 chữ số.")),
                12, 3, List.of("Thôn Mới"), List.of("Dòng 7: Lê Văn Hòa, sinh 01/06/2020"), false);
        Platform.runLater(() -> ImportSummaryDialog.confirm(stage, Path.of("so-tre-em.xlsx"), report));
        robot.sleep(800);
        shoot(robot, topWindow(), "12-import-summary");
        robot.clickOn("Đóng");
    }

    @Test
    void dataSafetyScreens(FxRobot robot) {
        DataFolder folder = new DataFolder(dir.resolve("safe"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông")));
        try (var store = vn.sotreem.storage.RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            store.accounts().add("Người Xem", vn.sotreem.domain.access.Role.VIEWER, "mat-khau-xem-1".toCharArray());
        }
        ManualIdleTimer timer = new ManualIdleTimer();
        UiServices services = UiServices.standard().withIdleTimers(() -> timer);
        robot.interact(() -> new AppWindow(stage, folder, services).start());
        UiTestSupport.waitFor(robot, "#passwordField");
        shoot(robot, stage, "20-login-users");
        for (int i = 0; i < 4; i++) {
            UiTestSupport.login(robot, "sai-" + i);
            robot.sleep(1500);
        }
        shoot(robot, stage, "21-login-countdown");
        robot.clickOn("#recoveryLink");
        shoot(robot, stage, "22-login-recovery");
        robot.clickOn("#backToPasswordLink");
        robot.sleep(6000);
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        shoot(robot, stage, "23-main-admin");
        robot.clickOn("#navSettings");
        tab(robot, "Người dùng");
        shoot(robot, stage, "24-settings-users");
        tab(robot, "Bảo mật và sao lưu");
        shoot(robot, stage, "25-settings-security");
        tab(robot, "Nhật ký hoạt động");
        shoot(robot, stage, "26-settings-audit");
        robot.clickOn("#navBackup");
        robot.clickOn("#backupNowButton");
        robot.sleep(3000);
        shoot(robot, stage, "27-backups");
        robot.interact(() -> robot.lookup("#backupTable").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#restoreButton");
        robot.sleep(1500);
        shoot(robot, topWindow(), "28-restore-preview");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#navChildren");
        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.clickOn("#fullNameField").write("Lò Thị Mây");
        robot.interact(timer::fire);
        shoot(robot, stage, "29-idle-lock");
    }

    @Test
    void recoveryKeyAndViewerScreens(FxRobot robot) {
        DataFolder folder = new DataFolder(dir.resolve("key"));
        UiTestSupport.createRegister(folder, List.of());
        String key;
        try (var store = vn.sotreem.storage.RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            key = store.accounts().regenerateRecoveryKey();
            store.accounts().add("Người Xem", vn.sotreem.domain.access.Role.VIEWER, "mat-khau-xem-1".toCharArray());
        }
        robot.interact(() -> {
            Theme.apply();
            stage.setScene(Theme.scene(new RecoveryKeyView(key, "Phường Ba Đình", LocalDate.now(), () -> { }).root()));
            stage.sizeToScene();
            stage.show();
        });
        shoot(robot, stage, "30-recovery-key");
        robot.interact(() -> new AppWindow(stage, folder, UiServices.standard()).start());
        robot.clickOn("#recoveryLink");
        robot.interact(() -> robot.lookup("#recoveryKeyField").queryTextInputControl().setText(key));
        robot.clickOn("#recoveryOpenButton");
        UiTestSupport.waitFor(robot, "#newPasswordField");
        shoot(robot, stage, "31-new-password");
        robot.interact(stage::close);
        robot.interact(() -> new AppWindow(stage, folder, UiServices.standard()).start());
        UiTestSupport.login(robot, "Người Xem", "mat-khau-xem-1");
        UiTestSupport.waitFor(robot, "#taskTable");
        shoot(robot, stage, "32-main-viewer");
        robot.clickOn("#navSettings");
        tab(robot, "Người dùng");
        shoot(robot, stage, "33-settings-viewer");
    }

    private static void tab(FxRobot robot, String title) {
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs = robot.lookup("#settingsTabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow());
        });
    }
}
