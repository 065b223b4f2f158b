package vn.sotreem.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.report.ReportProblem;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.AppWindow;

/**
 * A blocking check about an injury leads to that injury, not to the child's first tab: its link
 * opens the injury's window with the faulty date focused; once fixed the check is gone and the
 * report is exported.
 */
@ExtendWith(ApplicationExtension.class)
class ReportInjuryFixUiTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 9, 0);

    @TempDir
    Path dir;
    private Path out;
    private AppWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** Mai fell on 05/10/2026, but later her death was written as 01/10/2026: an injury after death. */
    @Start
    void start(Stage stage) throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        out = Files.createDirectories(dir.resolve("out"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mai", LocalDate.of(2015, 3, 1), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lò Văn Nam", LocalDate.of(2012, 7, 10), Sex.MALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            Child mai = store.read(tx -> tx.childByCode("TE000001").orElseThrow());
            store.saveInjuries(List.of(Injuries.of(mai.getId(), LocalDate.of(2026, 10, 5)).type(InjuryType.FALL)
                    .place(InjuryPlace.HOME).build()), Set.of(), NOW.toLocalDate());
            mai.setStatus(ChildStatus.DIED);
            mai.setStatusDate(LocalDate.of(2026, 10, 1));
            store.saveChild(mai);
        }
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> workbookToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> workbookToSave(Window owner, String suggestedName) {
                return Optional.of(out.resolve(suggestedName));
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.of(out);
            }
        };
        UiServices standard = UiServices.standard();
        window = new AppWindow(stage, folder, new UiServices(dialogs, picker, standard.runner(), NOW::toLocalDate)
                .withClock(() -> NOW));
        window.start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private ReportView page() {
        return window.main().reports();
    }

    @SuppressWarnings("unchecked")
    private static String injuredChildren(FxRobot robot) {
        TreeTableView<ReportPreviewModel.Line> tree = robot.lookup("#previewTable").queryAs(TreeTableView.class);
        return tree.getRoot().getChildren().stream().filter(i -> i.getValue().indicatorId().equals("tntt.so_tre"))
                .findFirst().orElseThrow().getValue().currentText();
    }

    @Test
    void theInjuryErrorOpensTheInjuryWithItsDateFocusedAndOnceFixedTheReportIsExported(FxRobot robot) throws Exception {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#navReports");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navReports");
        UiTestSupport.waitFor(robot, "#previewTable");
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing());
        robot.interact(() -> { });

        Button export = robot.lookup("#exportButton").queryButton();
        assertTrue(export.isDisabled());
        assertEquals(1, page().shown().errors());
        ReportProblem error = page().shown().checks().get(0);
        assertTrue(error.message().startsWith("Trẻ TE000001: "), error.message());
        assertEquals(ReportProblem.Fault.Kind.INJURY, error.fault().kind(), "names the injury and its field");
        assertEquals("ngay_xay_ra", error.fault().field());
        assertEquals("0", injuredChildren(robot), "the faulty injury is not counted");
        robot.clickOn(robot.lookup(".check-link").match(LabeledMatchers.hasText("Mở tai nạn, thương tích")).queryLabeled());

        UiTestSupport.waitFor(robot, "#injuryTitle");
        assertEquals("Sửa tai nạn, thương tích", UiTestSupport.text(robot, "#injuryTitle"));
        DatePicker date = robot.lookup("#datePicker").queryAs(DatePicker.class);
        UiTestSupport.waitUntil(() -> date.getEditor().isFocused());
        assertFalse(UiTestSupport.text(robot, "#dateMessage").isEmpty(), "the fault is shown at the field");
        robot.interact(() -> date.getEditor().clear());
        robot.clickOn(date.getEditor()).write("01/10/2026");
        assertEquals("", UiTestSupport.text(robot, "#dateMessage"), "fixed: no message left");
        robot.clickOn("#injurySaveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#injuryTitle").tryQuery().isEmpty());

        // Counted again once the window closed: the check is gone, the injury counts, the export goes.
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing() && page().shown().errors() == 0);
        robot.interact(() -> { });
        assertTrue(page().shown().checks().stream().noneMatch(p -> p.fault() != null), page().shown().checks().toString());
        assertEquals("1", injuredChildren(robot));
        assertFalse(export.isDisabled());
        robot.clickOn("#exportButton");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        Path written = out.resolve("BaoCao_00004_2026-10.xlsx");
        assertTrue(Files.size(written) > 0);
    }
}
