package vn.sotreem.ui.injury;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.DatePicker;
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
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Not a test: PNGs of the injury screens in /tmp/ui-shots (run like {@link ScreenshotTour}). */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class InjuryScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        InjuryUiTest.seed(folder);
        seedAYear(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), standard.files(), standard.runner(),
                () -> InjuryUiTest.TODAY)).start();
    }

    /** A year of injuries among a few more children, for a chart worth looking at. */
    private static void seedAYear(DataFolder folder) {
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            List<Child> children = new ArrayList<>();
            String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Đức Dũng", "Hoàng Thị Én",
                "Đỗ Văn Giang", "Bùi Thị Hoa"};
            for (int i = 0; i < names.length; i++) {
                children.add(store.saveChild(UiTestSupport.child(names[i], LocalDate.of(2011 + i, 1 + i, 10),
                        i % 2 == 0 ? Sex.MALE : Sex.FEMALE, i % 2 == 0 ? "Thôn Đông" : "Thôn Tây")));
            }
            InjuryType[] types = InjuryType.values();
            InjuryPlace[] places = InjuryPlace.values();
            List<Injury> injuries = new ArrayList<>();
            for (int k = 0; k < 26; k++) {
                LocalDate date = InjuryUiTest.TODAY.minusDays(7 + k * 13L);
                InjuryType type = types[(k * 5 + k / 3) % (k % 4 == 0 ? 3 : types.length)];
                injuries.add(Injuries.of(children.get(k % children.size()).getId(), date).type(type).place(places[k % 3])
                        .disabled(k % 9 == 4).treatedAt(k % 2 == 0 ? "Trạm y tế xã" : "Bệnh viện huyện")
                        .note(k % 5 == 0 ? "Đã tư vấn gia đình" : null).build());
            }
            store.saveInjuries(injuries, Set.of(), InjuryUiTest.TODAY);
        }
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static Window windowOf(FxRobot robot, String query) {
        return robot.lookup(query).query().getScene().getWindow();
    }

    @Test
    void injuryScreens(FxRobot robot) {
        robot.interact(() -> stage.setMaximized(true));
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        ScreenshotTour.shoot(robot, stage, "injury-0-today");
        robot.clickOn("#navInjury");
        UiTestSupport.waitFor(robot, "#injuryTable");
        ScreenshotTour.shoot(robot, stage, "injury-1-list-this-year");
        robot.interact(() -> robot.lookup("#periodBox").queryComboBox().getSelectionModel().select(InjuryListModel.Period.ALL));
        robot.interact(() -> robot.lookup("#outcomeFilter").queryComboBox().getSelectionModel().select(2));
        ScreenshotTour.shoot(robot, stage, "injury-2-list-filtered");
        robot.clickOn("#clearFiltersButton");

        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#childSearchField");
        robot.clickOn("#childSearchField").write("lo");
        ScreenshotTour.shoot(robot, windowOf(robot, "#childSearchField"), "injury-3-form-search");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#datePicker").queryAs(DatePicker.class).getEditor().setText("31/02/2026"));
        robot.clickOn("#injurySaveButton");
        ScreenshotTour.shoot(robot, windowOf(robot, "#childSearchField"), "injury-4-form-errors");
        robot.interact(() -> robot.lookup("#datePicker").queryAs(DatePicker.class).getEditor().setText("02/11/2026"));
        robot.interact(() -> robot.lookup("#typeBox").query().requestFocus());
        robot.write("8");
        robot.clickOn("#place_cong_dong");
        robot.clickOn("#diedBox");
        robot.clickOn("#treatedAtField").write("Bệnh viện huyện");
        ScreenshotTour.shoot(robot, windowOf(robot, "#childSearchField"), "injury-5-form-death");
        robot.clickOn("#injuryCancelButton");

        robot.clickOn("#navChildren");
        UiTestSupport.waitUntil(() -> robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Lò Thị Mây"))
                .tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Lò Thị Mây")).queryLabeled());
        UiTestSupport.waitFor(robot, "#injuriesLabel");
        ScreenshotTour.shoot(robot, windowOf(robot, "#injuriesLabel"), "injury-6-child-record");
        robot.clickOn("#addInjuryLink");
        UiTestSupport.waitFor(robot, "#injuryTitle");
        ScreenshotTour.shoot(robot, windowOf(robot, "#injuryTitle"), "injury-7-form-from-child");
    }
}
