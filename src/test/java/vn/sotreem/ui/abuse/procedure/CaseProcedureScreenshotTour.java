package vn.sotreem.ui.abuse.procedure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.calendar.WorkingDays;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.UiTestSupport;

/**
 * Not a test: PNGs of the procedure pane in /tmp/ui-shots (run like {@link ScreenshotTour}, with
 * {@code -Dtest=CaseProcedureScreenshotTour}). Besides the window, each case is also saved whole
 * ({@code *-full.png}), scrolled content included.
 */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class CaseProcedureScreenshotTour {

    private Stage stage;
    private CaseProcedurePane pane;
    private final AtomicReference<LocalDateTime> clock = new AtomicReference<>(CaseProcedurePaneUiTest.NOW);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        pane = new CaseProcedurePane(new RecordingDialogs(), clock::get);
        stage.setScene(Theme.scene((Parent) pane.root(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(FxRobot robot, AbuseCase c, Map<Long, Child> victims, LocalDateTime now) {
        clock.set(now);
        robot.interact(() -> {
            pane.edit(c, victims, now.toLocalDate(), WorkingDays.standard());
            ((ScrollPane) pane.root()).setVvalue(0);
        });
    }

    /** The whole content of the pane, not just what the window shows. */
    private void shootAll(FxRobot robot, String name) {
        robot.sleep(300);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Node content = ((ScrollPane) pane.root()).getContent();
            image.set(content.snapshot(null, null));
        });
        WritableImage img = image.get();
        BufferedImage out = new BufferedImage((int) img.getWidth(), (int) img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = img.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(ScreenshotTour.OUT);
            ImageIO.write(out, "png", ScreenshotTour.OUT.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void procedureScreens(FxRobot robot) {
        show(robot, CaseProcedurePaneUiTest.emergency(), CaseProcedurePaneUiTest.victims(), CaseProcedurePaneUiTest.NOW);
        ScreenshotTour.shoot(robot, stage, "procedure-1-emergency");
        robot.clickOn("#recordStepButton");
        ScreenshotTour.shoot(robot, stage, "procedure-2-no-risk");
        robot.clickOn("#riskHigh");
        robot.clickOn("#recordStepButton");
        robot.interact(() -> robot.lookup("#stepTimeField").queryAs(TextField.class).setText("11:00"));
        robot.clickOn("#recordStepButton");
        shootAll(robot, "procedure-3-handled-full");

        Child first = CaseProcedurePaneUiTest.victims().get(7L);
        Child second = UiTestSupport.child("Lê Văn Đức", java.time.LocalDate.of(2014, 9, 1), Sex.MALE, "Thôn Tây");
        second.setId(8L);
        second.setCode("TE000008");
        AbuseCase full = AbuseCases.full("XH-2026-002", 7, 8);
        show(robot, full, Map.of(7L, first, 8L, second), LocalDateTime.of(2026, 11, 25, 10, 0));
        shootAll(robot, "procedure-4-full-case-full");
        robot.interact(() -> pane.setReadOnly(true));
        ScreenshotTour.shoot(robot, stage, "procedure-6-read-only");
        robot.interact(() -> pane.setReadOnly(false));

        AbuseCase late = AbuseCases.simple("XH-2026-003", 7, CaseProcedurePaneUiTest.TODAY.minusDays(10), LocalTime.of(8, 0));
        late.setMarkedEmergency(true);
        show(robot, late, CaseProcedurePaneUiTest.victims(), CaseProcedurePaneUiTest.NOW);
        ScreenshotTour.shoot(robot, stage, "procedure-5-overdue");
    }
}
