package vn.sotreem.ui.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
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
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorAgeGroup;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.AppWindow;

/** The real window: every part of a saved case — intake date, a victim's forms, a perpetrator — is edited and kept. */
@ExtendWith(ApplicationExtension.class)
class AbuseEditUiTest {

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
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            AbuseCase c = store.read(tx -> tx.abuseCaseByCode("XH-2026-001")).orElseThrow();
            long duc = c.getVictims().get(0).childId();
            c.setPerpetrators(List.of(new Perpetrator(duc, Sex.MALE, PerpetratorAgeGroup.ADULT, PerpetratorRelation.PARENT,
                    HandlingRoute.VERIFYING, null, null)));
            store.saveAbuseCase(c, AbuseUiTest.TODAY);
        }
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> AbuseUiTest.TODAY))
                .start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void theIntakeAVictimAndAPerpetratorOfASavedCaseAreEditedAndReadBack(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#navAbuse");
        UiTestSupport.waitFor(robot, "#caseTable");
        robot.doubleClickOn(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("XH-2026-001")).queryLabeled());
        UiTestSupport.waitFor(robot, "#codeField");

        DatePicker received = robot.lookup("#receivedDatePicker").queryAs(DatePicker.class);
        assertEquals("02/11/2026", received.getEditor().getText());
        robot.interact(() -> received.setValue(LocalDate.of(2026, 11, 3)));

        tab(robot, 1);
        robot.interact(() -> robot.lookup("#victimTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#form_ABANDONMENT");

        tab(robot, 2);
        robot.interact(() -> robot.lookup("#perpetratorTable").queryAs(TableView.class).getSelectionModel().select(0));
        robot.clickOn("#editPerpetratorButton");
        UiTestSupport.waitFor(robot, "#handlingBox");
        robot.interact(() -> {
            combo(robot, "#relationBox").setValue(PerpetratorRelation.STEP_PARENT);
            combo(robot, "#handlingBox").setValue(HandlingRoute.CRIMINAL);
        });
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#handlingBox").tryQuery().isEmpty());

        robot.clickOn("#caseSaveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#codeField").tryQuery().isEmpty(),
                () -> UiTestSupport.text(robot, "#caseMessage"));
        assertEquals(List.of(), dialogs.errors);

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            AbuseCase read = store.read(tx -> tx.abuseCaseByCode("XH-2026-001")).orElseThrow();
            assertEquals(LocalDate.of(2026, 11, 3), read.getIntake().receivedOn());
            assertEquals(Set.of(AbuseForm.VIOLENCE, AbuseForm.ABANDONMENT), read.getVictims().get(0).forms());
            Perpetrator p = read.getPerpetrators().get(0);
            assertEquals(PerpetratorRelation.STEP_PARENT, p.relation());
            assertEquals(HandlingRoute.CRIMINAL, p.handling());
            assertEquals(Sex.MALE, p.sex(), "what was not touched stays");
            assertTrue(read.getPerpetrators().size() == 1);
        }
    }
}
