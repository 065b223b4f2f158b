package vn.sotreem.ui.injury;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.UiTestSupport;

/**
 * Not a test: PNGs of the injury quick-entry grid in /tmp/ui-shots (run like {@link ScreenshotTour};
 * the first picture is of the whole screen, to show the list of matching children under the cell).
 */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class InjuryQuickEntryScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;
    private RegisterStore store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        DataFolder folder = new DataFolder(dir.resolve("data"));
        InjuryQuickEntryUiTest.seed(folder);
        store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
        for (String[] c : new String[][] {{"Trần Văn Hoà", "2013-07-01", "Thôn Tây"}, {"Phạm Thị Hoa", "2011-06-01", "Thôn Nam"},
                {"Hoàng Văn Sơn", "2015-02-14", "Thôn Đông"}, {"Vi Thị Hoài", "2017-10-30", "Thôn Tây"}}) {
            store.saveChild(UiTestSupport.child(c[0], LocalDate.parse(c[1]), Sex.MALE, c[2]));
        }
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.setMaximized(true);
        stage.show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    private static void cell(FxRobot robot, String text) {
        if (!text.isEmpty()) {
            robot.write(text);
        }
        robot.type(KeyCode.ENTER);
    }

    private static void row(FxRobot robot, String child, String... cells) {
        robot.write(child);
        UiTestSupport.waitFor(robot, "#childMatches");
        robot.type(KeyCode.ENTER);
        for (String c : cells) {
            cell(robot, c);
        }
    }

    private static void shootScreen(FxRobot robot, String name) {
        robot.sleep(300);
        Image img = robot.capture(Screen.getPrimary().getBounds()).getImage();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(ScreenshotTour.OUT);
            ImageIO.write(out, "png", ScreenshotTour.OUT.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static javafx.stage.Window stageOf(FxRobot robot) {
        return robot.lookup("#grid").query().getScene().getWindow();
    }

    @Test
    void quickEntryScreens(FxRobot robot) {
        RecordingDialogs dialogs = new RecordingDialogs();
        robot.interact(() -> InjuryQuickEntryView.open(InjuryQuickEntryUiTest.services(dialogs), new InjuryRegisterModel(store), stage,
                () -> { }));
        UiTestSupport.waitFor(robot, "#grid");
        TableRow<?> first = robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getIndex() == 0)
                .queryAs(TableRow.class);
        robot.clickOn(robot.from(first).lookup(".table-cell").nth(1).queryAs(Node.class));
        row(robot, "khoa", "5/11", "8", "c", "k", "", "Tram y te xa", "Tam song");
        row(robot, "may", "01/01/2012", "1", "n", "", "", "", "");
        row(robot, "son", "12/11", "3", "c", "c", "", "Benh vien huyen", "");
        row(robot, "dinh", "05/11/2026", "08", "n", "", "", "", "");
        row(robot, "vi thi", "20/11", "99", "x", "", "c", "", "");
        robot.write("hoa");
        UiTestSupport.waitFor(robot, "#childMatches");
        robot.type(KeyCode.DOWN);
        shootScreen(robot, "tntt-quick-1-typing");
        // A click on the third match picks that child.
        robot.clickOn(robot.lookup("#childMatches .list-cell").nth(2).queryAs(Node.class));
        ScreenshotTour.shoot(robot, stageOf(robot), "tntt-quick-2-rows");
        System.out.println("Row 6 after the click: " + ((InjuryQuickEntryModel.Row) robot.lookup("#grid")
                .queryAs(javafx.scene.control.TableView.class).getItems().get(5)).text(InjuryQuickEntryModel.Column.CHILD));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#saveMessage").startsWith("Chưa lưu")
                || UiTestSupport.text(robot, "#saveMessage").startsWith("Đã lưu"));
        ScreenshotTour.shoot(robot, stageOf(robot), "tntt-quick-3-saved");
        System.out.println("Question asked: " + dialogs.questions);
    }
}
