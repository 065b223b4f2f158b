package vn.sotreem.ui.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.abuse.procedure.CaseStep;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/**
 * The officer's path through a report of abuse: the intake is recorded on the Xâm hại page, the
 * Today page then shows its 12-hour clock and its plan deadline, the case opens from there, the
 * initial assessment is recorded, and Mẫu 01 is printed to a .docx that reads back.
 */
@ExtendWith(ApplicationExtension.class)
class CaseJourneyUiTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0); // a Monday

    @TempDir
    Path dir;
    private DataFolder folder;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2015, 9, 12), Sex.MALE, "Thôn Tây")));
        UiServices standard = UiServices.standard();
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> workbookToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> workbookToSave(Window owner, String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> documentToSave(Window owner, String suggestedName) {
                return Optional.of(dir.resolve(suggestedName));
            }
        };
        new AppWindow(stage, folder, new UiServices(dialogs, picker, standard.runner(), NOW::toLocalDate)
                .withClock(() -> NOW)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AbuseSetting> settingBox(FxRobot robot) {
        return robot.lookup("#settingBox").queryAs(ComboBox.class);
    }

    @Test
    void anIntakeIsDueOnTodayOpensFromThereAndPrints(FxRobot robot) throws Exception {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        assertTrue(table(robot, "#taskTable").getItems().isEmpty());

        // Intake: received at 08:30 today, an emergency, one child from the register.
        robot.clickOn("#navAbuse");
        UiTestSupport.waitFor(robot, "#newCaseButton");
        robot.clickOn("#newCaseButton");
        UiTestSupport.waitFor(robot, "#codeField");
        robot.clickOn("#receivedTimeField").write("8h30");
        robot.interact(() -> {
            robot.lookup("#occurredDatePicker").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.of(2026, 11, 22));
            settingBox(robot).setValue(AbuseSetting.FAMILY);
            robot.lookup("#emergencyBox").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
        robot.clickOn("#victimSearchField").write("duc");
        UiTestSupport.waitUntil(() -> table(robot, "#resultTable").getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#form_VIOLENCE");
        robot.interact(() -> robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        robot.clickOn("#placeBox");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Thôn Tây")).queryLabeled());
        robot.clickOn("#caseSaveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#codeField").tryQuery().isEmpty());

        // Today: the 12-hour clock (08:30 + 12 h = 20:30) and the plan, due Monday 30/11 (5 working days).
        robot.clickOn("#navToday");
        UiTestSupport.waitUntil(() -> table(robot, "#taskTable").getItems().size() == 1);
        assertEquals("XH-2026-001 — còn 10 giờ 30 phút để can thiệp khẩn cấp",
                robot.lookup(".emergency-countdown").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#taskTable .table-cell").match(LabeledMatchers.hasText("23/11/2026 20:30")).tryQuery().isPresent());
        List<?> tasks = table(robot, "#taskTable").getItems();
        assertEquals(1, tasks.size(), "the plan, due 30/11, is not yet due soon: " + tasks);

        // From Today the case opens; the initial assessment (risk Cao) is recorded in its procedure tab.
        robot.doubleClickOn(robot.lookup("#taskTable .table-cell").match(LabeledMatchers.hasText("XH-2026-001")).queryLabeled());
        UiTestSupport.waitFor(robot, "#caseTitle");
        assertEquals("Vụ việc XH-2026-001", UiTestSupport.text(robot, "#caseTitle"));
        robot.interact(() -> robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(3));
        UiTestSupport.waitFor(robot, "#recordStepButton");
        robot.interact(() -> robot.lookup("#stepTimeField").queryTextInputControl().setText("09:00"));
        robot.interact(() -> {
            robot.lookup("#riskHigh").queryAs(javafx.scene.control.ToggleButton.class).fire();
            robot.lookup("#recordStepButton").queryButton().fire();
        });
        assertTrue(robot.lookup("#timeline-danh_gia_ban_dau .timeline-detail").queryAs(Labeled.class).getText()
                .contains("Mức nguy cơ: Cao"), UiTestSupport.text(robot, "#stepMessage"));

        // Print Mẫu 01 for the child.
        robot.clickOn("#printMenu");
        robot.clickOn(robot.lookup(".menu-item .label").match(LabeledMatchers.hasText("Mẫu 01 — Báo cáo tiếp nhận: Nguyễn Văn Đức"))
                .queryLabeled());
        Path printed = dir.resolve("Mau01_XH-2026-001_TE000001.docx");
        UiTestSupport.waitUntil(() -> Files.exists(printed) && !dialogs.infos.isEmpty());
        try (InputStream in = Files.newInputStream(printed); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.contains("TIẾP NHẬN THÔNG TIN TRẺ EM BỊ XÂM HẠI"), all);
            assertTrue(all.contains("Nguyễn Văn Đức"), all);
            assertTrue(all.contains("08:30"), all);
        }

        robot.clickOn("#caseSaveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#codeField").tryQuery().isEmpty());
        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            AbuseCase saved = store.read(tx -> tx.abuseCaseByCode("XH-2026-001").orElseThrow());
            assertEquals(CaseStep.INITIAL_ASSESSMENT, saved.currentStep());
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.EXPORT, null, null, "Mẫu 01"), 10).size());
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.OPEN_ABUSE_CASE, null, null, null), 10).size());
        }
    }
}
