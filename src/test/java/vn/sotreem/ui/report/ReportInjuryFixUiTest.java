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
 * Blocking checks about an injury and an abuse case's date lead to that record, not to the child's
 * first tab: the link opens the injury's window, or the case on its intake tab, with the faulty date
 * focused; once fixed each check is gone and the report is exported.
 */
@ExtendWith(ApplicationExtension.class)
class ReportInjuryFixUiTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 9, 0);

    @TempDir
    Path dir;
    private Path out;
    private AppWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    /**
     * Mai fell on 05/10/2026, but later her death was written as 01/10/2026: an injury after death.
     * Nam's abuse case happened on 12/10/2026, his death was written as 03/10/2026: a case date after death.
     */
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
            Child nam = store.read(tx -> tx.childByCode("TE000002").orElseThrow());
            store.saveAbuseCase(vn.sotreem.domain.abuse.AbuseCases.simple("XH-2026-001", nam.getId(), LocalDate.of(2026, 10, 12),
                    java.time.LocalTime.of(8, 0)), NOW.toLocalDate());
            nam.setStatus(ChildStatus.DIED);
            nam.setStatusDate(LocalDate.of(2026, 10, 3));
            store.saveChild(nam);
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
    void theInjuryAndCaseErrorsOpenTheirRecordsWithTheDateFocusedAndOnceFixedTheReportIsExported(FxRobot robot) throws Exception {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#navReports");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navReports");
        UiTestSupport.waitFor(robot, "#previewTable");
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing());
        robot.interact(() -> { });

        Button export = robot.lookup("#exportButton").queryButton();
        assertTrue(export.isDisabled());
        assertEquals(2, page().shown().errors(), page().shown().checks().toString());
        ReportProblem error = page().shown().checks().stream().filter(p -> p.message().startsWith("Trẻ TE000001"))
                .findFirst().orElseThrow();
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

        // Counted again once the window closed: the injury's check is gone, the injury counts.
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing() && page().shown().errors() == 1);
        robot.interact(() -> { });
        assertEquals("1", injuredChildren(robot));
        assertTrue(export.isDisabled());

        // The case's date: its link opens the case on the intake tab, the date of the abuse focused.
        ReportProblem caseError = page().shown().checks().get(0);
        assertTrue(caseError.message().startsWith("Trẻ TE000002: "), caseError.message());
        assertEquals(ReportProblem.Fault.Kind.ABUSE_CASE, caseError.fault().kind());
        robot.clickOn(robot.lookup(".check-link").match(LabeledMatchers.hasText("Mở vụ việc")).queryLabeled());
        UiTestSupport.waitFor(robot, "#occurredDatePicker");
        DatePicker occurred = robot.lookup("#occurredDatePicker").queryAs(DatePicker.class);
        UiTestSupport.waitUntil(() -> occurred.getEditor().isFocused());
        assertEquals("Tiếp nhận (Mẫu 01)", robot.lookup("#caseTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText());
        robot.interact(() -> occurred.getEditor().clear());
        robot.clickOn(occurred.getEditor()).write("02/10/2026");
        robot.clickOn("#caseSaveButton");
        if (robot.lookup("#caseSaveButton").tryQuery().isPresent()) {
            robot.clickOn("#caseSaveButton"); // warnings are shown once, then saved
        }
        UiTestSupport.waitUntil(() -> robot.lookup("#caseSaveButton").tryQuery().isEmpty());

        // Once the case window closed: no error left, the export goes.
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing() && page().shown().errors() == 0);
        robot.interact(() -> { });
        assertTrue(page().shown().checks().stream().noneMatch(p -> p.isError()), page().shown().checks().toString());
        assertFalse(export.isDisabled());
        robot.clickOn("#exportButton");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        Path written = out.resolve("BaoCao_00004_2026-10.xlsx");
        assertTrue(Files.size(written) > 0);
    }
}
