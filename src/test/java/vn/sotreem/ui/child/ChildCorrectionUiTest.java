package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
import vn.sotreem.domain.abuse.AbuseCases;
import vn.sotreem.domain.access.AuditAction;
import vn.sotreem.domain.access.AuditEntry;
import vn.sotreem.domain.access.AuditFilter;
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.hcdb.Memberships;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.shell.AppWindow;

/** Correcting children from the real windows: void a record entered in error, restore it, merge any two. */
@ExtendWith(ApplicationExtension.class)
class ChildCorrectionUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();
    private DataFolder folder;
    private Stage stage;

    private static Membership orphan(long childId, LocalDate from, LocalDate to) {
        return Memberships.of(childId, HcdbGroup.ORPHAN, from).subCase(HcdbSubCase.byCode("a.3").orElseThrow()).to(to)
                .basis("Quyết định 15/QĐ-UBND").closeReason(to == null ? null : "hết hoàn cảnh").build();
    }

    /**
     * Two records of Lò Thị Mây whose orphan memberships overlap, a test entry, a victim of an abuse
     * case, and a record voided earlier.
     */
    static void seed(DataFolder folder) {
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lo Thi May", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Tây"),
                UiTestSupport.child("Nhập Thử", LocalDate.of(2015, 1, 1), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2016, 9, 12), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Vàng Thị Hủy", LocalDate.of(2017, 2, 2), Sex.FEMALE, "Thôn Đông")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            long older = store.read(tx -> tx.childByCode("TE000001")).orElseThrow().getId();
            long newer = store.read(tx -> tx.childByCode("TE000002")).orElseThrow().getId();
            store.write(tx -> tx.saveMembership(orphan(older, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)), TODAY));
            store.write(tx -> tx.saveMembership(orphan(newer, LocalDate.of(2021, 6, 1), null), TODAY));
            long victim = store.read(tx -> tx.childByCode("TE000004")).orElseThrow().getId();
            store.saveAbuseCase(AbuseCases.simple("XH-2026-001", victim, LocalDate.of(2026, 11, 20), LocalTime.of(8, 0)), TODAY);
            store.voidChild(store.read(tx -> tx.childByCode("TE000005")).orElseThrow().getId(), "Nhập trùng");
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        seed(folder);
        UiServices standard = UiServices.standard();
        new AppWindow(stage, folder, new UiServices(dialogs, standard.files(), standard.runner(), () -> TODAY)).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Child> table(FxRobot robot) {
        return robot.lookup("#childTable").queryAs(TableView.class);
    }

    private static void openList(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
        UiTestSupport.waitUntil(() -> table(robot).getItems().size() == 4);
    }

    private static javafx.scene.Node row(FxRobot robot, String name) {
        return robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText(name)).queryLabeled();
    }

    private RegisterStore reopen(FxRobot robot) {
        robot.interact(stage::close);
        return RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray());
    }

    @Test
    void aTestEntryIsVoidedFromItsRecordWithAReasonAndTheOpeningIsAudited(FxRobot robot) {
        openList(robot);
        robot.doubleClickOn(row(robot, "Nhập Thử"));
        UiTestSupport.waitFor(robot, "#voidButton");
        robot.clickOn("#voidButton");
        UiTestSupport.waitFor(robot, "#reasonArea");
        robot.clickOn("#confirmVoidButton");
        assertEquals(ChildVoidDialog.REASON_MISSING, UiTestSupport.text(robot, "#message"));
        robot.clickOn("#reasonArea").write("Nhập thử khi tập huấn");
        robot.clickOn("#confirmVoidButton");

        UiTestSupport.waitUntil(() -> robot.lookup("#reasonArea").tryQuery().isEmpty()
                && robot.lookup("#formTitle").tryQuery().isEmpty());
        UiTestSupport.waitUntil(() -> table(robot).getItems().size() == 3);
        assertTrue(table(robot).getItems().stream().noneMatch(c -> c.getCode().equals("TE000003")));
        assertTrue(dialogs.infos.stream().anyMatch(i -> i.startsWith("Đã hủy hồ sơ TE000003 (Nhập Thử)")), dialogs.infos.toString());

        try (RegisterStore store = reopen(robot)) {
            AuditEntry voided = store.auditEntries(new AuditFilter(null, AuditAction.VOID, null, null, "TE000003"), 10).get(0);
            assertTrue(voided.details().contains("Lý do: Nhập thử khi tập huấn"), voided.details());
            List<AuditEntry> opened = store.auditEntries(new AuditFilter(null, AuditAction.OPEN_CHILD, null, null, null), 10);
            assertEquals(List.of("TE000003"), opened.stream().map(AuditEntry::entityId).toList(), "one opening, one entry");
            assertEquals(List.of("TE000003", "TE000005"), store.voidedChildren().stream().map(v -> v.child().getCode()).toList());
        }
    }

    @Test
    void aVictimOfAnAbuseCaseIsNotVoidedAndTheOfficerIsToldWhichCaseBlocksIt(FxRobot robot) {
        openList(robot);
        robot.doubleClickOn(row(robot, "Nguyễn Văn Đức"));
        UiTestSupport.waitFor(robot, "#voidButton");
        robot.clickOn("#voidButton");
        UiTestSupport.waitFor(robot, "#reasonArea");
        robot.clickOn("#reasonArea").write("Nhập trùng");
        robot.clickOn("#confirmVoidButton");
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#message").contains("XH-2026-001"));
        robot.clickOn("Thôi (Esc)");
        robot.type(KeyCode.ESCAPE);
        assertEquals(4, table(robot).getItems().size());
        try (RegisterStore store = reopen(robot)) {
            assertEquals(List.of("TE000005"), store.voidedChildren().stream().map(v -> v.child().getCode()).toList());
        }
    }

    @Test
    void anAdministratorRestoresAVoidedRecordFromTheList(FxRobot robot) {
        openList(robot);
        robot.clickOn("#voidedButton");
        UiTestSupport.waitFor(robot, "#voidedTable");
        robot.clickOn(robot.lookup("#voidedTable .table-cell").match(LabeledMatchers.hasText("Vàng Thị Hủy")).queryLabeled());
        robot.clickOn("#restoreButton");
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#message").startsWith("Đã khôi phục hồ sơ TE000005"));
        UiTestSupport.waitUntil(() -> table(robot).getItems().size() == 5);
        try (RegisterStore store = reopen(robot)) {
            assertEquals(List.of(), store.voidedChildren());
            assertEquals(1, store.auditEntries(new AuditFilter(null, AuditAction.RESTORE, null, null, "TE000005"), 10).size());
        }
    }

    @Test
    void twoChildrenSelectedInTheListAreMergedJoiningTheirOverlappingMemberships(FxRobot robot) {
        openList(robot);
        robot.clickOn(row(robot, "Lò Thị Mây"));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "Lo Thi May")).release(KeyCode.CONTROL);
        robot.clickOn("#mergeChildrenButton");
        UiTestSupport.waitFor(robot, "#overlap_0_join");
        assertTrue(UiTestSupport.text(robot, "#message").contains("Có đợt HCĐB chồng nhau"));
        robot.clickOn("#overlap_0_join");
        assertTrue(robot.lookup("#overlap_0_join").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        robot.clickOn("#mergeButton");
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#message").startsWith("Đã gộp hồ sơ TE000002 vào TE000001"),
                () -> UiTestSupport.text(robot, "#message"));
        UiTestSupport.waitUntil(() -> table(robot).getItems().size() == 3);
        try (RegisterStore store = reopen(robot)) {
            Child kept = store.read(tx -> tx.childByCode("TE000002")).orElseThrow();
            assertEquals("TE000001", kept.getCode());
            List<Membership> memberships = store.read(tx -> tx.memberships(kept.getId()));
            assertEquals(1, memberships.size());
            assertEquals(LocalDate.of(2020, 1, 1), memberships.get(0).fromDate());
            assertNull(memberships.get(0).toDate());
        }
    }

    @Test
    void keepingANewChildThatLooksLikeAnotherQueuesThePairForTheDuplicatesQueue(FxRobot robot) {
        openList(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.interact(() -> robot.lookup("#fullNameField").queryTextInputControl().setText("Nhập Thử"));
        robot.clickOn("#birthDateField").write("01/01/2015");
        robot.clickOn("#sexMale");
        UiTestSupport.chooseVillage(robot, "Thôn Đông");
        robot.clickOn("#saveButton");
        UiTestSupport.waitUntil(() -> robot.lookup("Vẫn lưu hồ sơ mới").tryQuery().isPresent());
        robot.clickOn("Vẫn lưu hồ sơ mới");

        UiTestSupport.waitUntil(() -> robot.lookup("#fullNameField").tryQuery().isEmpty());
        UiTestSupport.waitUntil(() -> table(robot).getItems().size() == 5);
        UiTestSupport.waitUntil(() -> UiTestSupport.shown(robot, "#duplicatesButton")
                && UiTestSupport.text(robot, "#duplicatesButton").equals("Có thể trùng (1)"));
        try (RegisterStore store = reopen(robot)) {
            var pair = store.pendingDuplicates().get(0);
            assertEquals(List.of("TE000003", "TE000006"), List.of(store.child(pair.childIdA()).orElseThrow().getCode(),
                    store.child(pair.childIdB()).orElseThrow().getCode()));
        }
    }
}
