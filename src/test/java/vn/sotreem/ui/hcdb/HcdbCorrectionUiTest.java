package vn.sotreem.ui.hcdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.AppWindow;

/** Correcting and voiding HCĐB records from the real window, read back from the register file. */
@ExtendWith(ApplicationExtension.class)
class HcdbCorrectionUiTest {

    @TempDir
    Path dir;
    private DataFolder folder;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        HcdbUiTest.seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> HcdbUiTest.TODAY)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void openChild(FxRobot robot, String name) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        UiTestSupport.waitUntil(() -> robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText(name))
                .tryQuery().isPresent());
        robot.doubleClickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText(name)).queryLabeled());
        UiTestSupport.waitFor(robot, "#formTitle");
        robot.interact(() -> robot.lookup("#formTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        UiTestSupport.waitFor(robot, "#addMembershipButton");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private List<AuditEntry> audit(RegisterStore store, AuditAction action) {
        return store.auditEntries(new AuditFilter(null, action, null, null, null), 100);
    }

    @Test
    void aMembershipIsCorrectedThenVoidedFromTheChildsRecord(FxRobot robot) {
        openChild(robot, "Lê Văn Hòa"); // in group a from 10/01/2024
        TableView<Membership> history = table(robot, "#membershipTable");
        assertTrue(robot.lookup("#editMembershipButton").queryButton().isDisabled(), "nothing chosen yet");
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.clickOn("#editMembershipButton");
        UiTestSupport.waitFor(robot, "#groupBox");
        assertEquals(HcdbGroup.ORPHAN, combo(robot, "#groupBox").getValue(), "the dialog opens filled in");
        assertEquals("10/01/2024", robot.lookup("#fromField").queryTextInputControl().getText());
        assertEquals("Quyết định của UBND xã", robot.lookup("#basisField").queryTextInputControl().getText());

        // Before the child's birth (01/06/2020): refused as on entry.
        robot.interact(() -> robot.lookup("#fromField").queryTextInputControl().setText("01/01/2019"));
        robot.clickOn("#dialogSave");
        assertEquals("Chưa lưu: còn mục ghi chữ đỏ cần sửa.", UiTestSupport.text(robot, "#dialogMessage"));
        assertTrue(!UiTestSupport.text(robot, "#fromMessage").isEmpty());

        robot.interact(() -> {
            combo(robot, "#groupBox").setValue(HcdbGroup.WITHOUT_SUPPORT);
            combo(robot, "#subCaseBox").setValue(HcdbSubCase.byCode("c.7").orElseThrow());
            robot.lookup("#fromField").queryTextInputControl().setText("15/02/2024");
        });
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#groupBox").tryQuery().isEmpty());
        assertEquals(1, history.getItems().size(), "corrected, not added");
        assertEquals(HcdbGroup.WITHOUT_SUPPORT, history.getItems().get(0).group());
        assertEquals(LocalDate.of(2024, 2, 15), history.getItems().get(0).fromDate());

        robot.interact(() -> history.getSelectionModel().select(0));
        robot.clickOn("#voidMembershipButton");
        UiTestSupport.waitFor(robot, "#voidReasonField");
        robot.clickOn("#dialogSave");
        assertEquals(VoidDialog.NO_REASON, UiTestSupport.text(robot, "#voidReasonMessage"), "a reason is required");
        robot.clickOn("#voidReasonField").write("Nhập nhầm trẻ");
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#voidReasonField").tryQuery().isEmpty());
        assertEquals(List.of(), history.getItems());

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            long child = store.read(tx -> tx.childByCode("TE000002")).orElseThrow().getId();
            assertEquals(List.of(), store.read(tx -> tx.memberships(child)));
            assertEquals(2, store.reportSnapshot().memberships().size(), "the other children's memberships only");
            String update = audit(store, AuditAction.UPDATE).stream().filter(e -> e.entity().equals("hcdb")).findFirst()
                    .orElseThrow().details();
            assertTrue(update.contains("Nhóm HCĐB: a → c") && update.contains("Từ ngày: 10/01/2024 → 15/02/2024"), update);
            AuditEntry voided = audit(store, AuditAction.VOID).get(0);
            assertTrue(voided.details().endsWith("Lý do: Nhập nhầm trẻ"), voided.details());
        }
    }

    @Test
    void aSupportIsCorrectedThenVoidedFromTheChildsRecord(FxRobot robot) {
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            store.write(tx -> tx.addSupport(new Support(null, tx.childByCode("TE000002").orElseThrow().getId(),
                    LocalDate.of(2025, 1, 20), SupportType.GOODS_AND_GIFTS, "UBND xã", 500_000L, null, null, null), HcdbUiTest.TODAY));
        }
        openChild(robot, "Lê Văn Hòa");
        TableView<Support> supports = table(robot, "#supportTable");
        robot.interact(() -> supports.getSelectionModel().select(0));
        robot.clickOn("#editSupportButton");
        UiTestSupport.waitFor(robot, "#supportTypeBox");
        assertEquals("20/01/2025", robot.lookup("#supportDateField").queryTextInputControl().getText());
        assertEquals("500.000", robot.lookup("#amountField").queryTextInputControl().getText());
        robot.interact(() -> {
            robot.lookup("#supportDateField").queryTextInputControl().setText("25/01/2025");
            robot.lookup("#amountField").queryTextInputControl().setText("300.000");
        });
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#supportTypeBox").tryQuery().isEmpty());
        assertEquals(1, supports.getItems().size());
        assertEquals(300_000L, supports.getItems().get(0).amount());
        assertEquals(LocalDate.of(2025, 1, 25), supports.getItems().get(0).date());

        robot.interact(() -> supports.getSelectionModel().select(0));
        robot.clickOn("#voidSupportButton");
        UiTestSupport.waitFor(robot, "#voidReasonField");
        robot.clickOn("#voidReasonField").write("Nhập hai lần");
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#voidReasonField").tryQuery().isEmpty());
        assertEquals(List.of(), supports.getItems());

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            assertEquals(List.of(), store.read(tx -> tx.supports(null)));
            assertEquals(List.of(), store.reportSnapshot().supports());
            assertTrue(audit(store, AuditAction.UPDATE).stream().anyMatch(e -> e.entity().equals("tro_giup")
                    && e.details().contains("Kinh phí (đồng): 500000 → 300000")));
            assertTrue(audit(store, AuditAction.VOID).get(0).details().endsWith("Lý do: Nhập hai lần"));
        }
    }

    private void openHcdbView(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        robot.clickOn("#navSpecial");
        UiTestSupport.waitFor(robot, "#hcdbTable");
    }

    private List<String> hcdbNames(FxRobot robot) {
        return this.<HcdbListModel.Row>table(robot, "#hcdbTable").getItems().stream().map(r -> r.child().getFullName()).toList();
    }

    @Test
    void theHcdbPageFindsChildrenByNameWithoutAccents(FxRobot robot) {
        openHcdbView(robot);
        assertEquals(3, hcdbNames(robot).size());
        robot.clickOn("#hcdbSearchField").write("hoa");
        assertEquals(List.of("Lê Văn Hòa"), hcdbNames(robot));
        robot.interact(() -> robot.lookup("#hcdbSearchField").queryTextInputControl().setText("DUC"));
        assertEquals(List.of("Nguyễn Văn Đức"), hcdbNames(robot));
        assertTrue(UiTestSupport.text(robot, "#count_ORPHAN").equals("a: 0"), "the counts follow the search like the filters");
        robot.clickOn("#clearFiltersButton");
        assertEquals(3, hcdbNames(robot).size());
    }

    @Test
    void aDistributionDayIsCorrectedThenVoidedAsOneEntry(FxRobot robot) {
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            List<Long> ids = List.of(store.read(tx -> tx.childByCode("TE000002")).orElseThrow().getId(),
                    store.read(tx -> tx.childByCode("TE000003")).orElseThrow().getId());
            store.addSupportToChildren(new Support(null, 0, LocalDate.of(2025, 6, 1), SupportType.GOODS_AND_GIFTS,
                    "UBND xã", 500_000L, "Quà 1/6", null, null), ids, HcdbUiTest.TODAY);
        }
        openHcdbView(robot);
        robot.interact(() -> robot.lookup("#hcdbTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        UiTestSupport.waitFor(robot, "#distributionTable");
        TableView<vn.sotreem.domain.hcdb.Distribution> days = table(robot, "#distributionTable");
        assertEquals(1, days.getItems().size(), "two children, one entry");
        assertEquals(2, days.getItems().get(0).childCount());

        robot.interact(() -> days.getSelectionModel().select(0));
        robot.clickOn("#editDistributionButton");
        UiTestSupport.waitFor(robot, "#supportTypeBox");
        assertEquals("01/06/2025", robot.lookup("#supportDateField").queryTextInputControl().getText());
        // Before Hòa's birth (01/06/2020) for the whole day: refused, nobody changed.
        robot.interact(() -> robot.lookup("#supportDateField").queryTextInputControl().setText("01/06/2019"));
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> !UiTestSupport.text(robot, "#dialogMessage").isEmpty());
        assertTrue(UiTestSupport.text(robot, "#dialogMessage").startsWith("Chưa sửa cho trẻ nào. Lê Văn Hòa"),
                UiTestSupport.text(robot, "#dialogMessage"));
        robot.interact(() -> {
            robot.lookup("#supportDateField").queryTextInputControl().setText("02/06/2025");
            robot.lookup("#amountField").queryTextInputControl().setText("400.000");
        });
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#supportTypeBox").tryQuery().isEmpty());
        assertEquals("Đã sửa đợt trợ giúp cho 2 trẻ.", UiTestSupport.text(robot, "#distributionMessage"));
        assertEquals(LocalDate.of(2025, 6, 2), days.getItems().get(0).support().date());

        robot.interact(() -> days.getSelectionModel().select(0));
        robot.clickOn("#voidDistributionButton");
        UiTestSupport.waitFor(robot, "#voidReasonField");
        robot.clickOn("#voidReasonField").write("Đợt ghi nhầm");
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#voidReasonField").tryQuery().isEmpty());
        assertEquals(List.of(), days.getItems());
        assertEquals("Đã hủy đợt trợ giúp của 2 trẻ.", UiTestSupport.text(robot, "#distributionMessage"));

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            assertEquals(List.of(), store.read(tx -> tx.supports(null)));
            assertEquals(2, audit(store, AuditAction.UPDATE).stream().filter(e -> e.entity().equals("tro_giup")
                    && e.details().contains("Ngày trợ giúp: 01/06/2025 → 02/06/2025")).count());
            assertEquals(2, audit(store, AuditAction.VOID).stream().filter(e -> e.details().endsWith("Lý do: Đợt ghi nhầm")).count());
        }
    }
}
