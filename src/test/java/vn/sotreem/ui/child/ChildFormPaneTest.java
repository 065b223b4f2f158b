package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.BackgroundRunner;
import vn.sotreem.ui.common.UiServices;

/**
 * One child's record mounted alone with its model on a real register (no login, no main window):
 * the reads and the save run at once on the FX thread through the same-thread runner.
 */
@ExtendWith(ApplicationExtension.class)
class ChildFormPaneTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;
    private RegisterStore store;
    private Child mây;
    private final List<Child> saved = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông")));
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        mây = store.read(tx -> tx.childByCode("TE000001").orElseThrow());
        store.saveInjuries(List.of(injury(mây, LocalDate.of(2025, 7, 2), InjuryType.DROWNING),
                injury(mây, LocalDate.of(2026, 3, 10), InjuryType.FALL)), Set.of(), TODAY);

        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        UiServices services = new UiServices(dialogs, UiTestSupport.opening(() -> null), BackgroundRunner.SAME_THREAD,
                () -> TODAY);
        ChildFormModel model = new ChildFormModel(store);
        ChildFormView form = new ChildFormView(services, model, mây, model.details(mây), saved::add, c -> { }, false);
        form.showInjuries(c -> { });
        form.show(stage);
    }

    private static Injury injury(Child child, LocalDate date, InjuryType type) {
        return Injuries.of(child.getId(), date).type(type).place(InjuryPlace.HOME).build();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void theRecordCountsTheChildsInjuriesAndNamesTheLatest(FxRobot robot) {
        assertEquals("Tai nạn, thương tích: 2 lần, gần nhất ngày 10/03/2026 (01 Ngã).",
                UiTestSupport.text(robot, "#injuriesLabel"));
        assertTrue(robot.lookup("#addInjuryLink").tryQuery().isPresent(), "an officer may add one");
        assertEquals("Sửa hồ sơ: Lò Thị Mây (TE000001)", UiTestSupport.text(robot, "#formTitle"));
        assertEquals(List.of("Thôn Đông", "Thôn Tây"), robot.lookup("#villageBox").queryComboBox().getItems(),
                "the register's villages, read with the record");
    }

    @Test
    void savingWritesTheRecordToTheRegisterAndClosesIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#fatherField").queryTextInputControl().setText("Lò Văn Páo"));
        robot.clickOn("#saveButton");
        assertEquals(1, saved.size(), "saved at once: the same-thread runner ran the write");
        assertEquals("Lò Văn Páo", saved.get(0).getFatherName());
        assertEquals("Lò Văn Páo", store.child(mây.getId()).orElseThrow().getFatherName());
        assertFalse(robot.lookup("#formTitle").tryQuery().isPresent(), "the record closed");
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aCorrectedBirthDateThatPutsAnInjuryBeforeBirthIsToldBeforeSaving(FxRobot robot) {
        robot.interact(() -> robot.lookup("#birthDateField").queryTextInputControl().setText("01/08/2025"));
        dialogs.answer = false;
        robot.clickOn("#saveButton");
        assertEquals(1, dialogs.questions.size());
        String question = dialogs.questions.get(0);
        assertTrue(question.contains("1 hồ sơ của trẻ không còn hợp lệ"), question);
        assertTrue(question.contains("Ngày tai nạn (Đuối nước) 02/07/2025 trước ngày sinh của trẻ (01/08/2025)"), question);
        assertEquals(List.of(), saved, "the officer went back: nothing saved");
        assertEquals(LocalDate.of(2014, 6, 1), store.child(mây.getId()).orElseThrow().getBirthDate());
        assertTrue(UiTestSupport.text(robot, "#formMessage").startsWith("Chưa lưu"));

        dialogs.answer = true;
        robot.clickOn("#saveButton");
        assertEquals(1, saved.size(), "saved once the officer agreed");
        assertEquals(LocalDate.of(2025, 8, 1), store.child(mây.getId()).orElseThrow().getBirthDate());
    }

    @Test
    void aCorrectionThatBreaksNoEventAsksNothing(FxRobot robot) {
        robot.interact(() -> robot.lookup("#birthDateField").queryTextInputControl().setText("01/06/2013"));
        robot.clickOn("#saveButton");
        assertEquals(List.of(), dialogs.questions);
        assertEquals(1, saved.size());
    }
}
