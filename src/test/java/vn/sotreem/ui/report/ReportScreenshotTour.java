package vn.sotreem.ui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.ScreenshotTour;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Not a test: PNGs of the Báo cáo page and its settings in /tmp/ui-shots (run like {@link ScreenshotTour}). */
@EnabledIfSystemProperty(named = "ui.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ReportScreenshotTour {

    @TempDir
    Path dir;
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
        ReportUiTest.seed(folder);
        seedAYear(folder);
        Path out = Files.createDirectories(dir.resolve("out"));
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
            public Optional<Path> folder(Window owner, String title) {
                return Optional.of(out);
            }
        };
        window = new AppWindow(stage, folder, new UiServices(new RecordingDialogs(), picker, standard.runner(),
                ReportUiTest.NOW::toLocalDate).withClock(() -> ReportUiTest.NOW));
        window.start();
    }

    /** A year of injuries and a few abuse cases among more children, for a trend worth looking at. */
    private static void seedAYear(DataFolder folder) {
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            List<Child> children = new ArrayList<>();
            String[] names = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Đức Dũng", "Hoàng Thị Én",
                "Đỗ Văn Giang", "Bùi Thị Hoa", "Vũ Văn Khải", "Đặng Thị Lụa"};
            for (int i = 0; i < names.length; i++) {
                children.add(store.saveChild(UiTestSupport.child(names[i], LocalDate.of(2011 + i % 6, 1 + i, 10),
                        i % 2 == 0 ? Sex.MALE : Sex.FEMALE, i % 2 == 0 ? "Thôn Đông" : "Thôn Tây")));
            }
            InjuryType[] types = InjuryType.values();
            InjuryPlace[] places = InjuryPlace.values();
            List<Injury> injuries = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                LocalDate date = ReportUiTest.NOW.toLocalDate().minusDays(40 + k * 11L);
                injuries.add(Injuries.of(children.get(k % children.size()).getId(), date).type(types[(k * 7) % types.length])
                        .place(places[k % 3]).died(k % 13 == 5).disabled(k % 9 == 4).build());
            }
            store.saveInjuries(injuries, Set.of(), ReportUiTest.NOW.toLocalDate());
            for (int k = 0; k < 5; k++) {
                LocalDate received = ReportUiTest.NOW.toLocalDate().minusDays(20 + k * 47L);
                AbuseCase c = AbuseCases.simple("XH-2026-10" + (k + 1), children.get(k * 2).getId(), received, LocalTime.of(8, 0));
                store.saveAbuseCase(c, ReportUiTest.NOW.toLocalDate());
            }
        }
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private ReportView page() {
        return window.main().reports();
    }

    private void settle(FxRobot robot) {
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing()
                && page().shown().period().equals(page().period()));
        robot.interact(() -> { });
    }

    @SuppressWarnings("unchecked")
    private static TreeItem<ReportPreviewModel.Line> line(FxRobot robot, String indicatorId) {
        TreeTableView<ReportPreviewModel.Line> tree = robot.lookup("#previewTable").queryAs(TreeTableView.class);
        return tree.getRoot().getChildren().stream().filter(i -> i.getValue().indicatorId().equals(indicatorId))
                .findFirst().orElseThrow();
    }

    @Test
    void reportScreens(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#navReports");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navReports");
        settle(robot);
        ScreenshotTour.shoot(robot, stage, "report-1-month-with-error");

        robot.interact(() -> {
            TreeItem<ReportPreviewModel.Line> injured = line(robot, "tntt.so_tre");
            injured.setExpanded(true);
            injured.getChildren().get(3).setExpanded(true);
            @SuppressWarnings("unchecked")
            TreeTableView<ReportPreviewModel.Line> tree = robot.lookup("#previewTable").queryAs(TreeTableView.class);
            tree.scrollTo(tree.getRow(injured));
        });
        ScreenshotTour.shoot(robot, stage, "report-2-expanded");

        robot.clickOn("#filterField").write("duoi nuoc");
        ScreenshotTour.shoot(robot, stage, "report-3-filter");
        robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().clear());

        robot.interact(() -> page().choose(ReportPeriod.quarter(2026, 3, PeriodRule.CALENDAR)));
        settle(robot);
        ScreenshotTour.shoot(robot, stage, "report-4-quarter");

        robot.interact(() -> page().choose(ReportPeriod.half(2026, 1, PeriodRule.CALENDAR)));
        settle(robot);
        robot.interact(() -> page().shown().checks().stream()
                .filter(p -> p.subject() == vn.sotreem.domain.report.ReportProblem.Subject.INDICATOR).findFirst()
                .ifPresent(p -> page().open(p)));
        ScreenshotTour.shoot(robot, stage, "report-5-half-indicator-check");

        robot.interact(() -> page().choose(ReportPeriod.month(2026, 10, PeriodRule.CALENDAR)));
        settle(robot);
        robot.clickOn(robot.lookup(".check-link").match(LabeledMatchers.hasText("Mở hồ sơ trẻ")).queryLabeled());
        UiTestSupport.waitFor(robot, "#statusDateField");
        robot.clickOn("#statusDateField").write("01/10/2026");
        robot.clickOn("#saveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#statusDateField").tryQuery().isEmpty());
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing() && page().shown().errors() == 0);
        robot.interact(() -> { });
        ScreenshotTour.shoot(robot, stage, "report-7-fixed");

        robot.clickOn("#navSettings");
        robot.clickOn(robot.lookup(".tab .tab-label").match(LabeledMatchers.hasText("Báo cáo")).queryLabeled());
        UiTestSupport.waitFor(robot, "#recipientField");
        ScreenshotTour.shoot(robot, stage, "report-8-settings");
    }
}
