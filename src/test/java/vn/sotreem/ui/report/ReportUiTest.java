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
import javafx.scene.control.TreeItem;
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
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.report.PeriodKind;
import vn.sotreem.domain.report.PeriodRule;
import vn.sotreem.domain.report.ReportPeriod;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.report.ProvinceTemplate;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.abuse.AbuseView;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.settings.ReportSettingsModel;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/**
 * The Báo cáo page and its settings on a real register: the officer sees October's numbers beside
 * September's, follows the blocking error to the child's record, fixes it and exports; the
 * administrator changes what the report states and how its periods are cut.
 */
@ExtendWith(ApplicationExtension.class)
class ReportUiTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 5, 9, 0);
    static final ReportPeriod OCTOBER = ReportPeriod.month(2026, 10, PeriodRule.CALENDAR);
    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";

    @TempDir
    Path dir;
    private Path out;
    private DataFolder folder;
    private Stage stage;
    private AppWindow window;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        out = Files.createDirectories(dir.resolve("out"));
        seed(folder);
        UiServices standard = UiServices.standard();
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> workbookToOpen(Window owner) {
                return Optional.of(out.resolve(ProvinceTemplate.EXAMPLE_FILE_NAME));
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
        window = new AppWindow(stage, folder, new UiServices(dialogs, picker, standard.runner(), NOW::toLocalDate)
                .withClock(() -> NOW));
        window.start();
    }

    /**
     * Mai drowned on 05/10/2026 and Nam fell on 20/10/2026 (2 injured children in October, none in
     * September); Páo moved away on a day nobody wrote down, which leaves October's count undefined.
     * Nam's abuse case of 12/10/2026 has no step recorded: past its deadline, a warning; with nobody in a
     * HCĐB group the rate of those supported has no denominator, another warning. A viewer account.
     */
    static void seed(DataFolder folder) {
        Child páo = UiTestSupport.child("Giàng A Páo", LocalDate.of(2014, 2, 2), Sex.MALE, "Thôn Tây");
        páo.setStatus(ChildStatus.MOVED_AWAY);
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mai", LocalDate.of(2015, 3, 1), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lò Văn Nam", LocalDate.of(2012, 7, 10), Sex.MALE, "Thôn Tây"),
                páo));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            long mai = store.read(tx -> tx.childByCode("TE000001").orElseThrow().getId());
            long nam = store.read(tx -> tx.childByCode("TE000002").orElseThrow().getId());
            store.saveInjuries(List.of(
                    Injuries.of(mai, LocalDate.of(2026, 10, 5)).type(InjuryType.DROWNING).place(InjuryPlace.HOME).build(),
                    Injuries.of(nam, LocalDate.of(2026, 10, 20)).type(InjuryType.FALL).place(InjuryPlace.SCHOOL).build()),
                    Set.of(), NOW.toLocalDate());
            store.saveAbuseCase(vn.sotreem.domain.abuse.AbuseCases.simple("XH-2026-001", nam, LocalDate.of(2026, 10, 12),
                    java.time.LocalTime.of(8, 0)), NOW.toLocalDate());
            store.accounts().add(VIEWER, vn.sotreem.domain.access.Role.VIEWER, VIEWER_PASSWORD.toCharArray());
        }
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private ReportView page() {
        return window.main().reports();
    }

    /** Waits until the page shows the numbers of its current choice. */
    private void waitForNumbers(FxRobot robot) {
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing()
                && page().shown().period().equals(page().period()));
        robot.interact(() -> { }); // the results are shown on the FX thread
    }

    private void openReports(FxRobot robot, String user, String password) {
        UiTestSupport.login(robot, user, password);
        UiTestSupport.waitFor(robot, "#navReports");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navReports");
        UiTestSupport.waitFor(robot, "#previewTable");
        waitForNumbers(robot);
    }

    @SuppressWarnings("unchecked")
    private static TreeItem<ReportPreviewModel.Line> previewLine(FxRobot robot, String indicatorId) {
        TreeTableView<ReportPreviewModel.Line> tree = robot.lookup("#previewTable").queryAs(TreeTableView.class);
        return tree.getRoot().getChildren().stream().filter(i -> i.getValue().indicatorId().equals(indicatorId))
                .findFirst().orElseThrow();
    }

    @Test
    void octoberBesideSeptemberTheErrorLeadsToTheChildAndOnceFixedTheReportIsExported(FxRobot robot) throws Exception {
        openReports(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        assertEquals(OCTOBER, page().period(), "last month by default");
        robot.interact(() -> page().choose(ReportPeriod.quarter(2026, 3, PeriodRule.CALENDAR)));
        waitForNumbers(robot);
        assertEquals(PeriodKind.QUARTER, robot.lookup("#kindBox").queryComboBox().getValue());
        robot.interact(() -> page().choose(OCTOBER));
        waitForNumbers(robot);
        assertEquals("Tháng 10/2026 (01/10/2026 – 31/10/2026)", UiTestSupport.text(robot, "#periodDates"));

        // The preview: 2 injured children in October, none in September.
        ReportPreviewModel.Line injured = previewLine(robot, "tntt.so_tre").getValue();
        assertEquals(List.of("2", "0", "+2"), List.of(injured.currentText(), injured.previousText(), injured.changeText()));
        robot.clickOn("#filterField").write("duoi nuoc");
        UiTestSupport.waitUntil(() -> robot.lookup("#previewTable .tree-table-cell")
                .match(LabeledMatchers.hasText("Loại TNTT: Đuối nước · Giới tính: Nữ")).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#filterField").queryTextInputControl().clear());

        // The error blocks the export and names the child; its link opens the record.
        Button export = robot.lookup("#exportButton").queryButton();
        assertTrue(export.isDisabled());
        assertTrue(UiTestSupport.text(robot, "#exportReason").startsWith("Chưa xuất được: còn 1 lỗi"),
                UiTestSupport.text(robot, "#exportReason"));
        assertTrue(UiTestSupport.text(robot, "#checksSummary").startsWith("1 lỗi"));
        robot.clickOn(robot.lookup(".check-link").match(LabeledMatchers.hasText("Mở hồ sơ trẻ")).queryLabeled());
        UiTestSupport.waitFor(robot, "#statusDateField");
        assertTrue(UiTestSupport.text(robot, "#formTitle").contains("Giàng A Páo"));
        robot.clickOn("#statusDateField").write("01/10/2026");
        robot.clickOn("#saveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#statusDateField").tryQuery().isEmpty());

        // Read again when the record closed: no error left, the export goes to the chosen folder.
        UiTestSupport.waitUntil(() -> page().shown() != null && !page().computing() && page().shown().errors() == 0);
        robot.interact(() -> { });
        assertFalse(export.isDisabled());
        robot.clickOn("#exportButton");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        assertEquals(1, dialogs.questions.size(), "the warnings were confirmed first");
        assertTrue(dialogs.questions.get(0).startsWith("Báo cáo Tháng 10/2026 còn 2 cảnh báo"), dialogs.questions.get(0));
        Path written = out.resolve("BaoCao_00004_2026-10.xlsx");
        assertTrue(dialogs.infos.get(0).endsWith(written.toAbsolutePath().toString()), dialogs.infos.get(0));
        assertTrue(Files.size(written) > 0);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(written.toFile())) {
            assertTrue(workbook.getSheet("DuLieu") != null, "the machine-readable sheet");
        }
        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.EXPORT, null, null,
                    "BaoCao_00004_2026-10.xlsx"), 10).size());
        }
    }

    @Test
    void theAdministratorChangesTheRecipientAndThePeriodRule(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#navSettings");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navSettings");
        robot.clickOn(robot.lookup(".tab .tab-label").match(LabeledMatchers.hasText("Báo cáo")).queryLabeled());
        UiTestSupport.waitFor(robot, "#recipientField");
        assertEquals("Sở Y tế thành phố Hà Nội", robot.lookup("#recipientField").queryTextInputControl().getText());
        assertEquals(ReportSettingsModel.NO_TEMPLATE, UiTestSupport.text(robot, "#templateLabel"));
        robot.interact(() -> robot.lookup("#recipientField").queryTextInputControl().clear());
        robot.clickOn("#recipientField").write("Sở Y tế thành phố Hà Nội (Phòng Bảo trợ xã hội)");
        robot.interact(() -> robot.lookup("#chairmanField").queryTextInputControl().setText("Trần Văn Hùng"));
        robot.clickOn("#ruleNd09");
        javafx.scene.control.CheckBox openCases = robot.lookup("#countOpenCasesBox").queryAs(javafx.scene.control.CheckBox.class);
        assertTrue(openCases.isSelected(), "open abuse cases count until the administrator says otherwise");
        robot.interact(() -> openCases.setSelected(false));
        robot.clickOn("#saveReportSettingsButton");
        assertEquals("Đã lưu. Các báo cáo xuất từ nay ghi theo thông tin này.", UiTestSupport.text(robot, "#settingsMessage"));

        // The example template saved, then loaded back as the province's template.
        // Below the fold of the settings tab: pressed as the keyboard would, not by a click at its coordinates.
        robot.interact(() -> robot.lookup("#saveExampleButton").queryButton().fire());
        assertTrue(Files.isRegularFile(out.resolve(ProvinceTemplate.EXAMPLE_FILE_NAME)), UiTestSupport.text(robot, "#templateMessage"));
        robot.interact(() -> robot.lookup("#loadTemplateButton").queryButton().fire());
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#templateMessage").startsWith("Đã nạp mẫu"));
        assertTrue(UiTestSupport.text(robot, "#templateLabel").contains(ProvinceTemplate.EXAMPLE_FILE_NAME),
                UiTestSupport.text(robot, "#templateLabel"));

        // The report page cuts its periods by the new rule, and offers the template.
        robot.clickOn("#navReports");
        UiTestSupport.waitFor(robot, "#previewTable");
        waitForNumbers(robot);
        assertEquals(ReportPeriod.month(2026, 10, PeriodRule.ND09), page().period());
        assertEquals("Tháng 10/2026 (15/09/2026 – 14/10/2026)", UiTestSupport.text(robot, "#periodDates"));
        assertEquals(List.of("1", "0", "+1"), List.of(previewLine(robot, "tntt.so_tre").getValue().currentText(),
                previewLine(robot, "tntt.so_tre").getValue().previousText(),
                previewLine(robot, "tntt.so_tre").getValue().changeText()), "20/10 is in the next period");
        javafx.scene.control.CheckBox templateBox = robot.lookup("#templateBox").queryAs(javafx.scene.control.CheckBox.class);
        assertTrue(templateBox.isVisible() && templateBox.isSelected(), "the province template is offered and chosen");
        assertTrue(templateBox.getText().contains(ProvinceTemplate.EXAMPLE_FILE_NAME), templateBox.getText());

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            assertEquals("Sở Y tế thành phố Hà Nội (Phòng Bảo trợ xã hội)", store.settings().reportSettings().recipient());
            assertEquals("Trần Văn Hùng", store.settings().reportSettings().chairman());
            assertEquals(PeriodRule.ND09, store.settings().reportSettings().periodRule());
            assertFalse(store.settings().reportSettings().countOpenAbuseCases());
            assertEquals(ProvinceTemplate.EXAMPLE_FILE_NAME, store.reportTemplate().orElseThrow().fileName());
        }
    }

    @Test
    void aViewerReadsTheReportButCannotExportOpenCasesOrChangeSettings(FxRobot robot) {
        openReports(robot, VIEWER, VIEWER_PASSWORD);
        assertTrue(robot.lookup("#exportButton").queryButton().isDisabled());
        assertEquals(ReportPageModel.VIEWER_CANNOT_EXPORT, UiTestSupport.text(robot, "#exportReason"));
        assertEquals(List.of("1", "0", "+1"), List.of(previewLine(robot, "xam_hai.so_tre").getValue().currentText(),
                previewLine(robot, "xam_hai.so_tre").getValue().previousText(),
                previewLine(robot, "xam_hai.so_tre").getValue().changeText()), "aggregate numbers only");
        robot.clickOn(robot.lookup(".check-link").match(LabeledMatchers.hasText("Mở vụ việc")).queryLabeled());
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty());
        assertEquals(List.of(AbuseView.VIEWER_REFUSED), dialogs.infos);
        assertTrue(robot.lookup("#navReports").queryAs(javafx.scene.control.ToggleButton.class).isSelected(), "stays here");

        robot.clickOn("#navSettings");
        robot.clickOn(robot.lookup(".tab .tab-label").match(LabeledMatchers.hasText("Báo cáo")).queryLabeled());
        UiTestSupport.waitFor(robot, "#recipientField");
        assertFalse(robot.lookup("#recipientField").queryTextInputControl().isEditable());
        assertFalse(UiTestSupport.shown(robot, "#saveReportSettingsButton"));
        assertFalse(UiTestSupport.shown(robot, "#loadTemplateButton"));
        assertTrue(UiTestSupport.shown(robot, "#settingsReadOnlyNote"));
    }
}
