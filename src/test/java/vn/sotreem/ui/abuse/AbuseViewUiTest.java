package vn.sotreem.ui.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.LoadingPane;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * The abuse page alone on a real register, its work run on the calling thread: the list read,
 * a case received in its window and saved, without starting the app or logging in.
 */
@ExtendWith(ApplicationExtension.class)
class AbuseViewUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private RegisterStore store;
    private AbuseView view;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> childFormsOpened = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2014, 3, 5), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2015, 9, 12), Sex.MALE, "Thôn Tây")));
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        long duc = store.read(tx -> tx.childByCode("TE000002").orElseThrow().getId());
        store.saveAbuseCase(AbuseCases.simple("XH-2026-001", duc, LocalDate.of(2026, 11, 2), LocalTime.of(8, 0)), TODAY);
        UiServices services = new UiServices(dialogs, UiTestSupport.opening(() -> null), BackgroundRunner.SAME_THREAD,
                () -> TODAY);
        view = new AbuseView(services, new AbuseModel(store), (owner, villages, saved, existing) ->
                childFormsOpened.add(String.join(", ", villages)), () -> { });
        Theme.apply();
        stage.setScene(Theme.scene(view.root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    @Test
    void thePageShowsLoadingUntilTheCasesAreReadThenTheList(FxRobot robot) {
        assertTrue(UiTestSupport.shown(robot, "." + LoadingPane.STYLE_CLASS), "nothing read yet");
        robot.interact(view::refresh);
        assertFalse(UiTestSupport.shown(robot, "." + LoadingPane.STYLE_CLASS));
        TableView<AbuseCaseSummary> cases = table(robot, "#caseTable");
        assertEquals(List.of("XH-2026-001"), cases.getItems().stream().map(AbuseCaseSummary::code).toList());
        assertEquals("Đang hiện 1 / 1 vụ việc", UiTestSupport.text(robot, "#countLabel"));
        robot.interact(() -> robot.lookup("#searchField").queryTextInputControl().setText("hoa"));
        assertEquals("Đang hiện 0 / 1 vụ việc", UiTestSupport.text(robot, "#countLabel"), "Hoà is no victim of it");
    }

    @Test
    void aCaseReceivedInItsWindowIsSavedAndSelected(FxRobot robot) {
        robot.interact(view::refresh);
        robot.interact(view::newCase);
        assertEquals("XH-2026-002", robot.lookup("#codeField").queryTextInputControl().getText());
        robot.interact(() -> {
            robot.lookup("#receivedTimeField").queryTextInputControl().setText("08:30");
            robot.lookup("#occurredDatePicker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 22));
            robot.lookup("#settingBox").queryAs(ComboBox.class).getSelectionModel().select(AbuseSetting.FAMILY);
            robot.lookup("#placeBox").queryAs(ComboBox.class).getSelectionModel().select(0);
            robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(1);
            robot.lookup("#victimSearchField").queryTextInputControl().setText("hoa");
        });
        assertEquals(1, table(robot, "#resultTable").getItems().size());
        robot.clickOn("#addVictimButton");
        robot.clickOn("#form_VIOLENCE");
        robot.clickOn("#newChildButton");
        assertEquals(List.of("Thôn Đông, Thôn Tây"), childFormsOpened, "the children's form, with the villages already read");

        robot.clickOn("#caseSaveButton");
        assertFalse(robot.lookup("#codeField").tryQuery().isPresent(), "saved: the window closed");
        TableView<AbuseCaseSummary> cases = table(robot, "#caseTable");
        assertEquals(2, cases.getItems().size());
        assertEquals("XH-2026-002", cases.getSelectionModel().getSelectedItem().code());
        AbuseCase saved = store.read(tx -> tx.abuseCaseByCode("XH-2026-002")).orElseThrow();
        assertEquals(LocalTime.of(8, 30), saved.getIntake().receivedTime());
        assertEquals(java.util.Set.of(AbuseForm.VIOLENCE), saved.getVictims().get(0).forms());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aNewCaseReceivedInAnotherYearTakesThatYearsCode(FxRobot robot) {
        robot.interact(view::newCase);
        robot.interact(() -> robot.lookup("#receivedDatePicker").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 12, 30)));
        assertEquals("XH-2025-001", robot.lookup("#codeField").queryTextInputControl().getText());
        robot.interact(() -> robot.lookup("#receivedDatePicker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 20)));
        assertEquals("XH-2026-002", robot.lookup("#codeField").queryTextInputControl().getText(), "back to this year's");
    }
}
