package vn.sotreem.ui.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.AppWindow;

/** The real window: an officer opens a case entered in error and voids it from its window, giving the reason. */
@ExtendWith(ApplicationExtension.class)
class AbuseVoidUiTest {

    @TempDir
    Path dir;
    private DataFolder folder;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        AbuseUiTest.seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> AbuseUiTest.TODAY))
                .start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AbuseCaseSummary> cases(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    private void openCase(FxRobot robot) {
        robot.doubleClickOn(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("XH-2026-001")).queryLabeled());
        UiTestSupport.waitFor(robot, "#caseSaveButton");
    }

    @Test
    void aCaseEnteredInErrorIsVoidedWithAReasonAndLeavesTheList(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#navAbuse");
        UiTestSupport.waitFor(robot, "#caseTable");
        assertEquals(1, cases(robot).getItems().size());

        openCase(robot);
        assertTrue(UiTestSupport.shown(robot, "#voidCaseButton"));
        robot.clickOn("#voidCaseButton");
        UiTestSupport.waitFor(robot, "#voidReasonArea");
        assertTrue(UiTestSupport.text(robot, "#voidQuestion").contains("XH-2026-001"));

        // No reason: refused in the dialog, nothing voided.
        robot.clickOn("#voidConfirmButton");
        assertEquals("Hãy ghi lý do hủy vụ việc (ví dụ: nhập trùng, nhập nhầm trẻ).", UiTestSupport.text(robot, "#voidMessage"));
        // Changing one's mind keeps the case.
        robot.clickOn("#voidBackButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#voidReasonArea").tryQuery().isEmpty());
        assertTrue(robot.lookup("#caseSaveButton").tryQuery().isPresent(), "the case window stays open");

        robot.clickOn("#voidCaseButton");
        UiTestSupport.waitFor(robot, "#voidReasonArea");
        robot.clickOn("#voidReasonArea").write("Nhập nhầm trẻ, đã nhập lại đúng");
        robot.clickOn("#voidConfirmButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#caseSaveButton").tryQuery().isEmpty());
        UiTestSupport.waitUntil(() -> cases(robot).getItems().isEmpty(), () -> cases(robot).getItems().toString());
        assertEquals(List.of(), dialogs.errors);

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            assertEquals(List.of(), store.abuseCaseSummaries(AbuseUiTest.TODAY.atTime(9, 0)), "gone from Today's tasks too");
            List<AuditEntry> voids = store.auditEntries(new AuditFilter(null, AuditAction.VOID, null, null, null), 10);
            assertEquals(1, voids.size());
            assertEquals("XH-2026-001", voids.get(0).entityId());
            assertTrue(voids.get(0).details().contains("Lý do: Nhập nhầm trẻ, đã nhập lại đúng"), voids.get(0).details());
            assertFalse(voids.get(0).userName().isBlank());
        }
    }
}
