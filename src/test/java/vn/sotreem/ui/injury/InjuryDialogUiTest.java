package vn.sotreem.ui.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
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
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;

/**
 * The injury window alone, with its models on a real register and the same-thread runner: what is
 * typed is in the register as soon as Lưu is pressed, and a recorded injury opens with its values.
 */
@ExtendWith(ApplicationExtension.class)
class InjuryDialogUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private Stage stage;
    private RegisterStore store;
    private InjuryRegisterModel register;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicReference<InjuryDialog.Saved> saved = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        DataFolder folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lò Văn Núi", LocalDate.of(2016, 2, 29), Sex.MALE, "Thôn Tây")));
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        register = new InjuryRegisterModel(store);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    private UiServices services() {
        UiServices standard = UiServices.standard();
        return new UiServices(dialogs, standard.files(), BackgroundRunner.SAME_THREAD, () -> TODAY);
    }

    private Child child(String code) {
        return store.read(tx -> tx.childByCode(code).orElseThrow());
    }

    @Test
    void aNewInjuryTypedInTheWindowIsInTheRegisterWhenSaveIsPressed(FxRobot robot) {
        robot.interact(() -> InjuryDialog.open(services(), register, null, null, false, saved::set, stage));
        UiTestSupport.waitFor(robot, "#childSearchField");
        robot.clickOn("#childSearchField").write("nui");
        robot.type(KeyCode.ENTER);
        DatePicker picker = robot.lookup("#datePicker").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write("02/11/2026");
        robot.interact(() -> robot.lookup("#typeBox").query().requestFocus());
        robot.write("8");
        robot.clickOn("#place_cong_dong");
        robot.clickOn("#treatedAtField").write("Trạm y tế xã");
        robot.clickOn("#causeField").write("Tắm sông một mình");
        robot.clickOn("#noteArea").write("Cứu kịp");

        robot.clickOn("#injurySaveButton");

        Injury expected = Injuries.of(child("TE000002").getId(), LocalDate.of(2026, 11, 2)).type(InjuryType.DROWNING)
                .place(InjuryPlace.COMMUNITY).treatedAt("Trạm y tế xã").cause("Tắm sông một mình").note("Cứu kịp").build();
        List<Injury> stored = store.injuries(null);
        assertEquals(List.of(expected.withId(stored.get(0).id())), stored, "saved at once: the same-thread runner");
        assertEquals(new InjuryDialog.Saved(stored.get(0), false), saved.get());
        assertFalse(robot.lookup("#injuryTitle").tryQuery().isPresent(), "the window closed");
        assertEquals(List.of(), dialogs.questions, "no death, no question");
    }

    @Test
    void aRecordedInjuryOpensWithItsValuesAndAViewerCannotSave(FxRobot robot) {
        Child mây = child("TE000001");
        Injury fall = store.saveInjuries(List.of(Injuries.of(mây.getId(), LocalDate.of(2026, 3, 10)).disabled()
                .treatedAt("Bệnh viện huyện").cause("Trèo cây").note("Gãy tay").build()), Set.of(), TODAY).get(0);

        robot.interact(() -> InjuryDialog.open(services(), register, fall, null, true, saved::set, stage));
        UiTestSupport.waitFor(robot, "#injuryTitle");

        assertEquals("Xem tai nạn, thương tích", UiTestSupport.text(robot, "#injuryTitle"));
        assertEquals("Lò Thị Mây (TE000001) · sinh 01/06/2014 · Thôn Đông", UiTestSupport.text(robot, "#childLabel"));
        assertEquals("10/03/2026", robot.lookup("#datePicker").queryAs(DatePicker.class).getEditor().getText());
        assertEquals("Bệnh viện huyện", robot.lookup("#treatedAtField").queryTextInputControl().getText());
        assertEquals("Gãy tay", robot.lookup("#noteArea").queryTextInputControl().getText());
        assertEquals("Trèo cây", robot.lookup("#causeField").queryTextInputControl().getText());
        assertEquals("Nguyên nhân", ((javafx.scene.control.Label) robot.lookup("#causeField").query().getParent()
                .getChildrenUnmodifiable().get(0)).getText(), "the label is the catalogue's");
        assertTrue(robot.lookup("#disabledBox").query().isDisabled(), "nothing can be changed");
        assertFalse(UiTestSupport.shown(robot, "#injurySaveButton"));
        robot.type(KeyCode.ESCAPE);
        assertNull(saved.get());
        assertEquals(List.of(fall), store.injuries(null), "unchanged");
    }
}
