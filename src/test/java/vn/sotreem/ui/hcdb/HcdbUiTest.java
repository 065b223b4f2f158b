package vn.sotreem.ui.hcdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.sotreem.domain.hcdb.Memberships;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import vn.sotreem.domain.hcdb.HcdbGroup;
import vn.sotreem.domain.hcdb.HcdbSubCase;
import vn.sotreem.domain.hcdb.Membership;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.domain.hcdb.Support;
import vn.sotreem.domain.hcdb.SupportType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.FilePicker;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** HCĐB on the child's record and in the HCĐB view, on a real register. */
@ExtendWith(ApplicationExtension.class)
class HcdbUiTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @TempDir
    Path dir;
    private DataFolder folder;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** Hoà has no group; Hòa is in a, Đức in c; Bình turned 16 on 01/05/2025 still in a; Minh turns 16 on 01/07/2025. */
    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = new DataFolder(dir.resolve("data"));
        seed(folder);
        UiServices standard = UiServices.standard();
        FilePicker saveInTempFolder = new FilePicker() {
            @Override
            public java.util.Optional<Path> workbookToOpen(javafx.stage.Window owner) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> workbookToSave(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.of(dir.resolve(suggestedName));
            }
        };
        new AppWindow(stage, folder, new UiServices(dialogs, saveInTempFolder, standard.runner(), () -> TODAY)).start();
    }

    @Test
    void theHcdbViewExportsTheRegisterWorkbookWithItsMemberships(FxRobot robot) throws Exception {
        openList(robot);
        openHcdbView(robot);
        robot.clickOn("#hcdbExportButton");
        UiTestSupport.waitUntil(() -> !dialogs.infos.isEmpty());
        Path written;
        try (var files = java.nio.file.Files.list(dir)) {
            written = files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(written.toFile())) {
            var sheet = workbook.getSheet("HCDB");
            assertEquals(3, sheet.getLastRowNum());
            assertEquals("TE000004", sheet.getRow(1).getCell(0).getStringCellValue(), "Bình first, in name order");
        }
    }

    static void seed(DataFolder folder) {
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lê Văn Hòa", LocalDate.of(2020, 6, 1), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2016, 9, 12), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Phạm Văn Bình", LocalDate.of(2009, 5, 1), Sex.MALE, "Thôn Đông"),
                UiTestSupport.child("Đỗ Thị Minh", LocalDate.of(2009, 7, 1), Sex.FEMALE, "Thôn Đông")));
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            store.write(tx -> {
                tx.saveMembership(membership(tx.childByCode("TE000002").orElseThrow().getId(), HcdbGroup.ORPHAN,
                        LocalDate.of(2024, 1, 10)), TODAY);
                tx.saveMembership(membership(tx.childByCode("TE000003").orElseThrow().getId(), HcdbGroup.WITHOUT_SUPPORT,
                        LocalDate.of(2023, 5, 2)), TODAY);
                tx.saveMembership(membership(tx.childByCode("TE000004").orElseThrow().getId(), HcdbGroup.ORPHAN,
                        LocalDate.of(2020, 1, 1)), TODAY);
                return null;
            });
            store.accounts().add(VIEWER, vn.sotreem.domain.access.Role.VIEWER, VIEWER_PASSWORD.toCharArray());
        }
    }

    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";

    private static Membership membership(long childId, HcdbGroup group, LocalDate from) {
        return Memberships.of(childId, group, from).basis("Quyết định của UBND xã").build();
    }

    private void openHcdbView(FxRobot robot) {
        robot.clickOn("#navSpecial");
        UiTestSupport.waitFor(robot, "#hcdbTable");
    }

    private List<String> hcdbNames(FxRobot robot) {
        return this.<HcdbListModel.Row>table(robot, "#hcdbTable").getItems().stream().map(r -> r.child().getFullName()).toList();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void openList(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
    }

    private void openChild(FxRobot robot, String name) {
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

    @Test
    void membershipAddedOnTheRecordShowsInItsHistory(FxRobot robot) {
        openList(robot);
        openChild(robot, "Trần Thị Hoà");
        robot.clickOn("#addMembershipButton");
        UiTestSupport.waitFor(robot, "#groupBox");
        robot.interact(() -> combo(robot, "#groupBox").setValue(HcdbGroup.DISABLED));
        assertEquals(HcdbSubCase.of(HcdbGroup.DISABLED), combo(robot, "#subCaseBox").getItems());
        assertTrue(UiTestSupport.shown(robot, "#certificateField"));

        robot.clickOn("#fromField").write("31/02/2024");
        Label fromMessage = robot.lookup("#fromMessage").queryAs(Label.class);
        assertEquals(FieldMessages.BAD_DATE, fromMessage.getText());
        assertTrue(fromMessage.getStyleClass().contains("msg-error"));
        robot.clickOn("#dialogSave");
        assertEquals("Chưa lưu: còn mục ghi chữ đỏ cần sửa.", UiTestSupport.text(robot, "#dialogMessage"));
        assertTrue(UiTestSupport.text(robot, "#subCaseMessage").startsWith("Nhóm d cần mức độ khuyết tật"));
        Label certificate = robot.lookup("#certificateMessage").queryAs(Label.class);
        assertTrue(certificate.getStyleClass().contains("msg-warning"), certificate.getStyleClass().toString());

        robot.interact(() -> {
            robot.lookup("#fromField").queryTextInputControl().setText("01/02/2024");
            combo(robot, "#subCaseBox").setValue(HcdbSubCase.of(HcdbGroup.DISABLED).get(1));
        });
        assertEquals("", fromMessage.getText());
        robot.clickOn("#basisField").write("Giấy xác nhận khuyết tật");
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#groupBox").tryQuery().isEmpty());

        TableView<Membership> history = table(robot, "#membershipTable");
        assertEquals(1, history.getItems().size());
        Membership m = history.getItems().get(0);
        assertEquals(HcdbGroup.DISABLED, m.group());
        assertEquals(LocalDate.of(2024, 2, 1), m.fromDate());
        assertEquals("Giấy xác nhận khuyết tật", m.basis());

        robot.clickOn("#addSupportButton");
        UiTestSupport.waitFor(robot, "#supportTypeBox");
        robot.interact(() -> {
            robot.lookup("#supportDateField").queryTextInputControl().setText("10/03/2024");
            combo(robot, "#supportTypeBox").setValue(SupportType.SOCIAL_ALLOWANCE);
        });
        robot.clickOn("#amountField").write("1.500.000");
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#supportTypeBox").tryQuery().isEmpty());
        TableView<Support> supports = table(robot, "#supportTable");
        assertEquals(1, supports.getItems().size());
        assertEquals(1_500_000L, supports.getItems().get(0).amount());

        robot.clickOn(robot.lookup("#membershipTable .table-cell").match(LabeledMatchers.hasText("01/02/2024")).queryLabeled());
        robot.clickOn("#endMembershipButton");
        UiTestSupport.waitFor(robot, "#endReasonField");
        robot.interact(() -> robot.lookup("#endDateField").queryTextInputControl().setText("01/01/2024"));
        robot.clickOn("#endReasonField").write("Không còn thuộc diện");
        robot.clickOn("#dialogSave");
        assertTrue(UiTestSupport.text(robot, "#endDateMessage").startsWith("Ngày kết thúc 01/01/2024 trước ngày bắt đầu"));
        robot.interact(() -> robot.lookup("#endDateField").queryTextInputControl().setText("01/06/2024"));
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#endReasonField").tryQuery().isEmpty());
        assertEquals(LocalDate.of(2024, 6, 1), history.getItems().get(0).toDate());
        assertEquals("Không còn thuộc diện", history.getItems().get(0).closeReason());
    }

    @Test
    void membershipAddedOnTheRecordIsCountedInTheHcdbView(FxRobot robot) {
        openList(robot);
        openHcdbView(robot);
        assertEquals(List.of("Phạm Văn Bình", "Nguyễn Văn Đức", "Lê Văn Hòa"), hcdbNames(robot));
        assertEquals("a: 2", UiTestSupport.text(robot, "#count_ORPHAN"));
        assertEquals("d: 0", UiTestSupport.text(robot, "#count_DISABLED"));

        robot.clickOn("#navChildren");
        openChild(robot, "Trần Thị Hoà");
        robot.clickOn("#addMembershipButton");
        UiTestSupport.waitFor(robot, "#groupBox");
        robot.interact(() -> {
            combo(robot, "#groupBox").setValue(HcdbGroup.DISABLED);
            combo(robot, "#subCaseBox").setValue(HcdbSubCase.of(HcdbGroup.DISABLED).get(0));
        });
        robot.clickOn("#fromField").write("01/03/2025");
        robot.clickOn("#dialogSave");
        UiTestSupport.waitUntil(() -> robot.lookup("#groupBox").tryQuery().isEmpty());
        robot.interact(() -> robot.lookup("#formTitle").query().getScene().getWindow().hide());

        openHcdbView(robot);
        assertEquals("d: 1", UiTestSupport.text(robot, "#count_DISABLED"));
        assertEquals(4, hcdbNames(robot).size());
        robot.interact(() -> combo(robot, "#groupFilter").getSelectionModel().select(4));
        assertEquals(List.of("Trần Thị Hoà"), hcdbNames(robot));
        assertEquals("a: 2", UiTestSupport.text(robot, "#count_ORPHAN"));
        // On a date before it began, the membership is not open.
        robot.interact(() -> robot.lookup("#dateField").queryTextInputControl().setText("01/02/2025"));
        assertEquals(List.of(), hcdbNames(robot));
        assertEquals("d: 0", UiTestSupport.text(robot, "#count_DISABLED"));
    }

    private void bulkSupport(FxRobot robot, int... rows) {
        robot.interact(() -> {
            TableView<HcdbListModel.Row> t = table(robot, "#hcdbTable");
            t.getSelectionModel().clearSelection();
            for (int row : rows) {
                t.getSelectionModel().select(row);
            }
        });
        robot.clickOn("#bulkButton");
        UiTestSupport.waitFor(robot, "#supportTypeBox");
        assertTrue(robot.lookup("#bulkSelected").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        robot.interact(() -> {
            robot.lookup("#supportDateField").queryTextInputControl().setText("01/06/2025");
            combo(robot, "#supportTypeBox").setValue(SupportType.GOODS_AND_GIFTS);
        });
        robot.clickOn("#providerField").write("Hội Chữ thập đỏ xã");
        robot.clickOn("#amountField").write("abc");
        assertEquals(SupportFormModel.BAD_AMOUNT, UiTestSupport.text(robot, "#amountMessage"));
        robot.interact(() -> robot.lookup("#amountField").queryTextInputControl().setText("500.000"));
        robot.clickOn("#dialogSave");
    }

    @Test
    void distributionDayRecordsOneSupportPerSelectedChild(FxRobot robot) {
        openList(robot);
        openHcdbView(robot);
        // Bình turned 16 on 01/05/2025: the whole distribution is refused, naming him.
        bulkSupport(robot, 0, 1);
        UiTestSupport.waitUntil(() -> !UiTestSupport.text(robot, "#dialogMessage").isEmpty());
        String refused = UiTestSupport.text(robot, "#dialogMessage");
        assertTrue(refused.startsWith("Chưa ghi cho trẻ nào. Phạm Văn Bình"), refused);
        robot.clickOn("#dialogCancel");
        UiTestSupport.waitUntil(() -> robot.lookup("#supportTypeBox").tryQuery().isEmpty());

        bulkSupport(robot, 1, 2);
        UiTestSupport.waitUntil(() -> robot.lookup("#supportTypeBox").tryQuery().isEmpty());
        assertEquals("Đã ghi \"Hỗ trợ lương thực, nhu yếu phẩm, quà\" ngày 01/06/2025 cho 2 trẻ.",
                UiTestSupport.text(robot, "#resultLabel"));

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            List<Support> supports = store.read(tx -> tx.supports(null));
            assertEquals(2, supports.size());
            assertTrue(supports.stream().allMatch(s -> s.amount() == 500_000L && s.type() == SupportType.GOODS_AND_GIFTS
                    && "Hội Chữ thập đỏ xã".equals(s.provider())));
            assertEquals(2, supports.stream().map(Support::childId).distinct().count());
        }
    }

    @Test
    void aChildWhoTurnedSixteenHasItsMembershipsClosedAfterConfirmation(FxRobot robot) {
        openList(robot);
        openHcdbView(robot);
        robot.interact(() -> robot.lookup("#hcdbTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        UiTestSupport.waitFor(robot, "#ageOutTable");
        TableView<HcdbListModel.AgeOutRow> ageOut = table(robot, "#ageOutTable");
        assertEquals(List.of("Phạm Văn Bình", "Đỗ Thị Minh"), ageOut.getItems().stream().map(r -> r.child().getFullName()).toList());
        assertTrue(robot.lookup("#closeAgedOutButton").queryButton().isDisabled());
        robot.interact(() -> ageOut.getSelectionModel().select(1));
        assertTrue(robot.lookup("#closeAgedOutButton").queryButton().isDisabled(), "Minh is not 16 yet");
        robot.interact(() -> ageOut.getSelectionModel().select(0));
        dialogs.answer = false;
        robot.clickOn("#closeAgedOutButton");
        assertEquals(1, dialogs.questions.size());
        assertEquals(2, ageOut.getItems().size());
        dialogs.answer = true;
        robot.clickOn("#closeAgedOutButton");
        UiTestSupport.waitUntil(() -> ageOut.getItems().size() == 1);
        assertEquals("Đã đóng 1 diện HCĐB của Phạm Văn Bình.", UiTestSupport.text(robot, "#resultLabel"));
        assertEquals("a: 1", UiTestSupport.text(robot, "#count_ORPHAN"));

        robot.interact(stage::close);
        try (RegisterStore store = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            List<Membership> all = store.read(tx -> tx.memberships(null));
            assertEquals(3, all.size(), "nothing deleted");
            Membership closed = all.stream().filter(m -> m.closeReason() != null).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2025, 4, 30), closed.toDate());
            assertEquals(Membership.AGED_OUT, closed.closeReason());
        }
    }

    @Test
    void aViewerSeesTheHcdbViewAndTheRecordWithoutWaysToChangeThem(FxRobot robot) {
        UiTestSupport.login(robot, VIEWER, VIEWER_PASSWORD);
        UiTestSupport.waitFor(robot, "#taskTable");
        openHcdbView(robot);
        assertEquals(3, hcdbNames(robot).size());
        assertTrue(UiTestSupport.shown(robot, "#viewerNote"));
        assertTrue(!UiTestSupport.shown(robot, "#bulkButton"));
        assertTrue(!UiTestSupport.shown(robot, "#closeAgedOutButton"));
        robot.doubleClickOn(robot.lookup("#hcdbTable .table-cell").match(LabeledMatchers.hasText("Lê Văn Hòa")).queryLabeled());
        UiTestSupport.waitFor(robot, "#membershipTable");
        assertEquals("Xem hồ sơ: Lê Văn Hòa (TE000002)", UiTestSupport.text(robot, "#formTitle"));
        assertEquals(1, this.<Membership>table(robot, "#membershipTable").getItems().size());
        assertTrue(!UiTestSupport.shown(robot, "#addMembershipButton"));
        assertTrue(!UiTestSupport.shown(robot, "#addSupportButton"));
    }
}
