package vn.sotreem.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import vn.sotreem.domain.HcdbGroup;
import vn.sotreem.domain.HcdbSubCase;
import vn.sotreem.domain.Membership;
import vn.sotreem.domain.Sex;
import vn.sotreem.domain.Support;
import vn.sotreem.domain.SupportType;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;

/** HCĐB on the child's record and in the HCĐB view, on a real register. */
@ExtendWith(ApplicationExtension.class)
class HcdbUiTest {

    @TempDir
    Path dir;
    private DataFolder folder;

    @Start
    void start(Stage stage) {
        folder = new DataFolder(dir.resolve("data"));
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Trần Thị Hoà", LocalDate.of(2018, 3, 5), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Lê Văn Hòa", LocalDate.of(2020, 6, 1), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Nguyễn Văn Đức", LocalDate.of(2016, 9, 12), Sex.MALE, "Thôn Tây")));
        new AppWindow(stage, folder, UiServices.standard()).start();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void openList(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#childTable");
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
        assertEquals(ChildFormViewModel.BAD_DATE, fromMessage.getText());
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
}
