package vn.sotreem.ui.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.AbuseCaseSummary;
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.abuse.AbuseForm;
import vn.sotreem.domain.abuse.AbuseSetting;
import vn.sotreem.domain.abuse.AbuseVictim;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.abuse.EnforcementStatus;
import vn.sotreem.domain.abuse.HandlingRoute;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.abuse.Perpetrator;
import vn.sotreem.domain.abuse.PerpetratorRelation;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.Choice;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** The abuse page on a real register: an officer records and reopens a case; a viewer sees it masked. */
@ExtendWith(ApplicationExtension.class)
class AbuseUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";

    @TempDir
    Path dir;
    private DataFolder folder;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> TODAY)).start();
    }

    /** Three children; Đức is the victim of case XH-2026-001 (received 02/11/2026); a viewer account. */
    static void seed(DataFolder folder) {
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2014, 3, 5), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lê Văn Hòa", LocalDate.of(2016, 6, 1), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2015, 9, 12), Sex.MALE, "Thôn Tây")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            long duc = store.read(tx -> tx.childByCode("TE000003").orElseThrow().getId());
            AbuseCase c = AbuseCases.simple("XH-2026-001", duc, LocalDate.of(2026, 11, 2), LocalTime.of(8, 0));
            c.setIntake(new vn.sotreem.domain.abuse.Intake(c.getIntake().receivedOn(), c.getIntake().receivedTime(),
                    c.getIntake().channel(), c.getIntake().receivingBody(), "Nguyễn Thị Lan", c.getIntake().occurredOn(),
                    "Thôn Tây", null, AbuseSetting.FAMILY, null, null, null, null, null, null));
            store.saveAbuseCase(c, TODAY);
            store.accounts().add(VIEWER, Role.VIEWER, VIEWER_PASSWORD.toCharArray());
        }
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    private static void tab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    private static CheckBox box(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(CheckBox.class);
    }

    private void openAbusePage(FxRobot robot, String user, String password) {
        UiTestSupport.login(robot, user, password);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#navAbuse");
        UiTestSupport.waitFor(robot, "#caseTable");
    }

    @Test
    void anOfficerRecordsACaseWithAChildAddedOnTheSpotAndReopensIt(FxRobot robot) {
        openAbusePage(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        assertEquals(1, table(robot, "#caseTable").getItems().size());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        UiTestSupport.waitFor(robot, "#codeField");
        assertFalse(robot.lookup("#fullNameField").tryQuery().isPresent(), "Ctrl+N on this page receives a case");
        assertEquals("XH-2026-002", robot.lookup("#codeField").queryTextInputControl().getText());
        assertEquals("23/11/2026", robot.lookup("#receivedDatePicker").queryAs(DatePicker.class).getEditor().getText());

        robot.clickOn("#receivedTimeField").write("8:30");
        DatePicker occurred = robot.lookup("#occurredDatePicker").queryAs(DatePicker.class);
        robot.clickOn(occurred.getEditor()).write("31/02/2026");
        assertEquals(FieldMessages.BAD_DATE, UiTestSupport.text(robot, "#occurredMessage"));
        robot.clickOn("#officerField");
        assertEquals("31/02/2026", occurred.getEditor().getText(), "an unreadable date is kept as typed when leaving it");
        robot.interact(() -> occurred.setValue(LocalDate.of(2026, 11, 20)));
        assertEquals("20/11/2026", occurred.getEditor().getText(), "the calendar writes the date");
        assertEquals("", UiTestSupport.text(robot, "#occurredMessage"));
        robot.interact(() -> combo(robot, "#settingBox").setValue(AbuseSetting.FAMILY));
        robot.clickOn("#placeBox");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Thôn Đông")).queryLabeled());
        robot.interact(() -> box(robot, "#emergencyBox").setSelected(true)); // at the foot of the column
        robot.clickOn("#childStateArea").write("Trẻ sợ hãi");
        UiTestSupport.reveal(robot, "#reporterNameField");
        robot.clickOn("#reporterNameField").write("Trần Văn Minh");

        tab(robot, 1);
        robot.clickOn("#victimSearchField").write("tran thi hoa");
        UiTestSupport.waitUntil(() -> table(robot, "#resultTable").getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        assertEquals(1, table(robot, "#victimTable").getItems().size());
        assertTrue(robot.lookup("#codeField").tryQuery().isPresent(), "Enter in the search added the child, it did not save");
        assertEquals("Trần Thị Hoà", UiTestSupport.text(robot, "#victimDetailTitle"));
        assertFalse(UiTestSupport.shown(robot, "#subForms_SEXUAL_ABUSE"));
        robot.clickOn("#form_VIOLENCE");
        robot.clickOn("#form_SEXUAL_ABUSE");
        assertTrue(UiTestSupport.shown(robot, "#subForms_SEXUAL_ABUSE"));
        assertFalse(UiTestSupport.shown(robot, "#subForms_EXPLOITATION"));
        robot.clickOn("#sub_l_4");
        robot.clickOn("#supportedBox");

        robot.clickOn("#newChildButton");
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.interact(() -> robot.lookup("#fullNameField").queryTextInputControl().setText("Lò Thị Mây"));
        robot.clickOn("#birthDateField").write("3/4/2015");
        robot.clickOn("#sexFemale");
        UiTestSupport.chooseVillage(robot, "Thôn Tây");
        robot.clickOn("#saveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#fullNameField").tryQuery().isEmpty());
        assertEquals(2, table(robot, "#victimTable").getItems().size());
        assertEquals("Lò Thị Mây", UiTestSupport.text(robot, "#victimDetailTitle"), "the new child is selected");
        robot.clickOn("#form_EXPLOITATION");

        tab(robot, 2);
        robot.clickOn("#addPerpetratorButton");
        UiTestSupport.waitFor(robot, "#handlingBox");
        assertFalse(UiTestSupport.shown(robot, "#fineField"));
        robot.interact(() -> {
            ComboBox<Choice<Long>> target = combo(robot, "#targetBox");
            assertEquals(PerpetratorFormModel.WHOLE_CASE, target.getValue().label(), "two children: the whole case first");
            target.getSelectionModel().select(1);
            combo(robot, "#perpSexBox").setValue(Sex.MALE);
            combo(robot, "#relationBox").setValue(PerpetratorRelation.ACQUAINTANCE);
            combo(robot, "#handlingBox").setValue(HandlingRoute.ADMINISTRATIVE);
        });
        assertTrue(UiTestSupport.shown(robot, "#fineField"));
        robot.clickOn("#decisionNumberField").write("12/QĐ-XPHC");
        robot.clickOn("#decisionDateField").write("20/11/2026");
        robot.clickOn("#fineField").write("2.500.000");
        robot.interact(() -> combo(robot, "#enforcementBox").setValue(EnforcementStatus.IN_PROGRESS));
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#handlingBox").tryQuery().isEmpty());
        assertEquals(1, table(robot, "#perpetratorTable").getItems().size());

        robot.clickOn("#caseSaveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#codeField").tryQuery().isEmpty());
        TableView<AbuseCaseSummary> cases = table(robot, "#caseTable");
        UiTestSupport.waitUntil(() -> cases.getItems().size() == 2);
        AbuseCaseSummary row = cases.getSelectionModel().getSelectedItem();
        assertEquals("XH-2026-002", row.code());
        assertEquals("23/11/2026 08:30", AbuseListModel.receivedText(row));
        assertEquals("Trần Thị Hoà, Lò Thị Mây", AbuseListModel.childrenText(row));
        assertEquals("Thôn Đông", row.village());
        assertTrue(row.emergency());
        assertTrue(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("Khẩn cấp")).tryQuery().isPresent());

        // Reopened: the values come back from the register.
        robot.doubleClickOn(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("XH-2026-002")).queryLabeled());
        UiTestSupport.waitFor(robot, "#codeField");
        assertEquals("Vụ việc XH-2026-002", UiTestSupport.text(robot, "#caseTitle"));
        assertEquals("08:30", robot.lookup("#receivedTimeField").queryTextInputControl().getText());
        assertEquals("20/11/2026", robot.lookup("#occurredDatePicker").queryAs(DatePicker.class).getEditor().getText());
        assertTrue(box(robot, "#emergencyBox").isSelected());
        assertEquals("Trần Văn Minh", robot.lookup("#reporterNameField").queryTextInputControl().getText());
        assertEquals("Thôn Đông", combo(robot, "#placeBox").getValue().toString());
        tab(robot, 1);
        TableView<CaseFormModel.Victim> victims = table(robot, "#victimTable");
        assertEquals(List.of("Trần Thị Hoà", "Lò Thị Mây"), victims.getItems().stream().map(v -> v.child().getFullName()).toList());
        assertTrue(box(robot, "#form_SEXUAL_ABUSE").isSelected());
        assertTrue(box(robot, "#sub_l_4").isSelected());
        assertTrue(box(robot, "#supportedBox").isSelected());
        tab(robot, 2);
        Perpetrator p = this.<Perpetrator>table(robot, "#perpetratorTable").getItems().get(0);
        assertEquals(2_500_000L, p.fine());
        assertEquals(victims.getItems().get(0).childId(), p.victimChildId());
        assertTrue(robot.lookup("#perpetratorTable .table-cell")
                .match(LabeledMatchers.hasText("QĐ 12/QĐ-XPHC ngày 20/11/2026, phạt 2.500.000 đồng, Đang thi hành")).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        UiTestSupport.waitUntil(() -> robot.lookup("#codeField").tryQuery().isEmpty());

        robot.clickOn("#navChildren");
        assertTrue(this.<Child>table(robot, "#childTable").getItems().stream().anyMatch(c -> c.getFullName().equals("Lò Thị Mây")),
                "the child added from the case is in the children list");

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            AbuseCase saved = store.read(tx -> tx.abuseCaseByCode("XH-2026-002")).orElseThrow();
            AbuseVictim first = saved.getVictims().get(0);
            assertEquals(Set.of(AbuseForm.VIOLENCE, AbuseForm.SEXUAL_ABUSE), first.forms());
            assertEquals(List.of(HcdbSubCase.byCode("l.4").orElseThrow()), first.subForms());
            assertEquals(Set.of(AbuseForm.EXPLOITATION), saved.getVictims().get(1).forms());
            assertEquals(LocalTime.of(8, 30), saved.getIntake().receivedTime());
            assertEquals("Trẻ sợ hãi", saved.getIntake().childState());
            assertEquals("12/QĐ-XPHC", saved.getPerpetrators().get(0).sanction().decisionNumber());
            assertEquals(1, store.auditEntries(
                    new AuditFilter(null, AuditAction.OPEN_ABUSE_CASE, null, null, null), 100).size(), "the reopening is in the audit log");
        }
    }

    @Test
    void errorsBlockTheSaveAndShowTheirTab(FxRobot robot) {
        openAbusePage(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        robot.clickOn("#newCaseButton");
        UiTestSupport.waitFor(robot, "#codeField");
        tab(robot, 1);
        robot.clickOn("#caseSaveButton");
        assertTrue(UiTestSupport.text(robot, "#caseMessage").startsWith("Chưa lưu: còn mục ghi chữ đỏ cần sửa."));
        assertEquals(0, robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(),
                "the intake tab, which holds the first error");
        assertEquals("Chưa nhập ngày xảy ra.", UiTestSupport.text(robot, "#occurredMessage"));
        assertTrue(UiTestSupport.text(robot, "#receivedTimeMessage").startsWith("Chưa có giờ tiếp nhận"));
        assertEquals("Vụ việc cần ít nhất một trẻ bị xâm hại.", UiTestSupport.text(robot, "#victimsMessage"));
        assertTrue(robot.lookup("#caseTabs").queryAs(TabPane.class).getTabs().get(1).getStyleClass().contains("tab-error"));
        robot.type(KeyCode.ESCAPE);
        UiTestSupport.waitUntil(() -> robot.lookup("#codeField").tryQuery().isEmpty());
        assertEquals(1, table(robot, "#caseTable").getItems().size(), "nothing saved");
    }

    private static void openChildRecord(FxRobot robot, String name) {
        UiTestSupport.waitUntil(() -> robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText(name))
                .tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText(name)).queryLabeled());
        UiTestSupport.waitFor(robot, "#formTitle");
    }

    @Test
    void aChildsRecordLinksToTheCasesInWhichItIsAVictim(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        openChildRecord(robot, "Trần Thị Hoà");
        assertFalse(UiTestSupport.shown(robot, "#abuseCasesLabel"), "no case, no line");
        robot.type(KeyCode.ESCAPE);
        UiTestSupport.waitUntil(() -> robot.lookup("#formTitle").tryQuery().isEmpty());
        openChildRecord(robot, "Nguyễn Văn Đức");
        assertEquals("Trẻ bị xâm hại trong 1 vụ việc:", UiTestSupport.text(robot, "#abuseCasesLabel"));
        robot.clickOn(robot.lookup(".hyperlink").match(LabeledMatchers.hasText("XH-2026-001")).queryLabeled());
        UiTestSupport.waitFor(robot, "#codeField");
        assertFalse(robot.lookup("#fullNameField").tryQuery().isPresent(), "the child's record closed");
        assertEquals("Vụ việc XH-2026-001", UiTestSupport.text(robot, "#caseTitle"));
        assertTrue(robot.lookup("#navAbuse").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void aViewerSeesTheCaseMaskedAndCannotOpenIt(FxRobot robot) {
        openAbusePage(robot, VIEWER, VIEWER_PASSWORD);
        TableView<AbuseCaseSummary> cases = table(robot, "#caseTable");
        assertEquals(1, cases.getItems().size());
        assertEquals("XH-2026-001", cases.getItems().get(0).code());
        assertTrue(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText(AbuseCaseSummary.MASK)).tryQuery().isPresent());
        assertFalse(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("Nguyễn Văn Đức")).tryQuery().isPresent());
        assertTrue(UiTestSupport.shown(robot, "#viewerNote"));
        assertTrue(robot.lookup("#newCaseButton").queryButton().isDisabled());
        robot.clickOn(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("XH-2026-001")).queryLabeled());
        assertTrue(robot.lookup("#openCaseButton").queryButton().isDisabled());
        robot.doubleClickOn(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("XH-2026-001")).queryLabeled());
        assertEquals(List.of(AbuseView.VIEWER_REFUSED), dialogs.infos);
        assertFalse(robot.lookup("#codeField").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertFalse(robot.lookup("#codeField").tryQuery().isPresent());
        assertFalse(robot.lookup("#fullNameField").tryQuery().isPresent());

        robot.clickOn("#navChildren");
        openChildRecord(robot, "Nguyễn Văn Đức");
        assertFalse(robot.lookup("#abuseCasesLabel").tryQuery().isPresent(), "a viewer is not told of the child's cases");
    }
}
