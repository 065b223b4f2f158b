package vn.sotreem.ui.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
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
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.security.WrongPasswordException;
import vn.sotreem.ui.shell.AppWindow;
import vn.sotreem.ui.common.FieldMessages;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/** Login, the children list and the child form, on a register made before the window opens. */
@ExtendWith(ApplicationExtension.class)
class ChildrenUiTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DataFolder folder = new DataFolder(dir.resolve("data"));
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

    @SuppressWarnings("unchecked")
    private TableView<Child> table(FxRobot robot) {
        return robot.lookup("#childTable").queryAs(TableView.class);
    }

    private List<String> shownNames(FxRobot robot) {
        return table(robot).getItems().stream().map(Child::getFullName).toList();
    }

    private void openList(FxRobot robot) {
        UiTestSupport.login(robot, UiTestSupport.PASSWORD);
        UiTestSupport.openChildren(robot);
    }

    @Test
    void wrongPasswordIsExplainedUnderTheField(FxRobot robot) {
        assertEquals("Sổ Trẻ Em — Mở sổ", stage.getTitle());
        UiTestSupport.login(robot, "sai-mat-khau");
        UiTestSupport.waitUntil(() -> !UiTestSupport.text(robot, "#loginMessage").isEmpty());
        assertEquals(new WrongPasswordException().getMessage(), UiTestSupport.text(robot, "#loginMessage"));
        assertFalse(robot.lookup("#navRail").tryQuery().isPresent());
        openList(robot);
        assertEquals("Sổ Trẻ Em — Phường Ba Đình", stage.getTitle());
    }

    @Test
    void listIsInNameOrderAndSearchIgnoresAccents(FxRobot robot) {
        openList(robot);
        assertEquals(List.of("Nguyễn Văn Đức", "Lê Văn Hòa", "Trần Thị Hoà"), shownNames(robot));
        assertEquals("Đang hiện 3 / 3 trẻ", UiTestSupport.text(robot, "#countLabel"));
        robot.clickOn("#searchField").write("hoa");
        assertEquals(List.of("Lê Văn Hòa", "Trần Thị Hoà"), shownNames(robot));
        assertEquals("Đang hiện 2 / 3 trẻ", UiTestSupport.text(robot, "#countLabel"));
        robot.eraseText(3).write("duc");
        assertEquals(List.of("Nguyễn Văn Đức"), shownNames(robot));
        robot.clickOn("#clearFiltersButton");
        robot.clickOn("#villageFilter");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Thôn Đông")).queryLabeled());
        assertEquals(List.of("Trần Thị Hoà"), shownNames(robot));

        robot.clickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Trần Thị Hoà")).queryLabeled());
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitFor(robot, "#formTitle");
        assertEquals("Sửa hồ sơ: Trần Thị Hoà (TE000001)", UiTestSupport.text(robot, "#formTitle"));
        assertEquals("05/03/2018", robot.lookup("#birthDateField").queryTextInputControl().getText());
        robot.type(KeyCode.ESCAPE);
        UiTestSupport.waitUntil(() -> robot.lookup("#formTitle").tryQuery().isEmpty());
        robot.doubleClickOn(robot.lookup("#childTable .table-cell").match(LabeledMatchers.hasText("Trần Thị Hoà")).queryLabeled());
        UiTestSupport.waitFor(robot, "#formTitle");
        assertEquals("Sửa hồ sơ: Trần Thị Hoà (TE000001)", UiTestSupport.text(robot, "#formTitle"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void addChildThroughTheFormThenFindItWithoutDiacritics(FxRobot robot) {
        openList(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.interact(() -> robot.lookup("#fullNameField").queryTextInputControl().setText("Lò Thị Mây"));
        robot.clickOn("#birthDateField").write("3/4/2019");
        robot.clickOn("#sexFemale");
        UiTestSupport.chooseVillage(robot, "Thôn Tây");
        robot.clickOn("#saveButton");

        UiTestSupport.waitUntil(() -> robot.lookup("#fullNameField").tryQuery().isEmpty());
        assertTrue(shownNames(robot).contains("Lò Thị Mây"), shownNames(robot).toString());
        assertEquals("Đang hiện 4 / 4 trẻ", UiTestSupport.text(robot, "#countLabel"));
        Child added = table(robot).getSelectionModel().getSelectedItem();
        assertEquals("Lò Thị Mây", added.getFullName());
        assertEquals(LocalDate.of(2019, 4, 3), added.getBirthDate());
        assertEquals("TE000004", added.getCode());

        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("may");
        assertEquals(List.of("Lò Thị Mây"), shownNames(robot));
        assertEquals("Đang hiện 1 / 4 trẻ", UiTestSupport.text(robot, "#countLabel"));
    }

    @Test
    void badDateIsExplainedNextToTheFieldAndBlocksSaving(FxRobot robot) {
        openList(robot);
        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#birthDateField");
        robot.clickOn("#birthDateField").write("31/02/2018");
        Label message = robot.lookup("#birthDateMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals(FieldMessages.BAD_DATE, message.getText());
        assertTrue(message.getStyleClass().contains("msg-error"));
        assertEquals("", UiTestSupport.text(robot, "#fullNameMessage"), "untouched fields stay quiet");

        robot.interact(() -> robot.lookup("#personalIdField").queryTextInputControl().setText("001318012345"));
        robot.clickOn("#sexMale");
        Label idMessage = robot.lookup("#personalIdMessage").queryAs(Label.class);
        assertEquals("Chữ số thứ 4 là của trẻ nữ, nhưng giới tính ghi là Nam.", idMessage.getText());
        assertTrue(idMessage.getStyleClass().contains("msg-warning"));

        robot.clickOn("#saveButton");
        assertEquals("Chưa nhập họ và tên.", UiTestSupport.text(robot, "#fullNameMessage"));
        assertEquals("Chưa lưu: còn mục ghi chữ đỏ cần sửa.", UiTestSupport.text(robot, "#formMessage"));
        robot.type(KeyCode.ESCAPE);
        UiTestSupport.waitUntil(() -> robot.lookup("#birthDateField").tryQuery().isEmpty());
        assertEquals(3, table(robot).getItems().size());
    }

    @Test
    void duplicateIsShownBeforeSavingAndCanBeOpened(FxRobot robot) {
        openList(robot);
        robot.clickOn("#addButton");
        UiTestSupport.waitFor(robot, "#fullNameField");
        robot.interact(() -> {
            robot.lookup("#fullNameField").queryTextInputControl().setText("Tran Thi Hoa");
            robot.lookup("#birthDateField").queryTextInputControl().setText("05/03/2018");
        });
        robot.clickOn("#sexFemale");
        UiTestSupport.chooseVillage(robot, "Thôn Đông");
        robot.clickOn("#phoneField");
        robot.type(KeyCode.ENTER); // Enter saves
        robot.clickOn("Mở hồ sơ đã có");
        UiTestSupport.waitFor(robot, "#fullNameField");
        assertEquals("Trần Thị Hoà", robot.lookup("#fullNameField").queryTextInputControl().getText());
        assertTrue(UiTestSupport.text(robot, "#formTitle").startsWith("Sửa hồ sơ: Trần Thị Hoà"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(3, table(robot).getItems().size());
    }

    @Test
    void settingsEditVillages(FxRobot robot) {
        openList(robot);
        robot.clickOn("#navSettings");
        robot.clickOn(robot.lookup("#villageList .list-cell").match(LabeledMatchers.hasText("Thôn Tây")).queryLabeled());
        robot.clickOn("#deleteVillageButton");
        assertTrue(UiTestSupport.text(robot, "#villageMessage").startsWith("Không xóa được thôn này"),
                UiTestSupport.text(robot, "#villageMessage"));
        robot.interact(() -> robot.lookup("#villageName").queryTextInputControl().setText("Thôn Bắc"));
        robot.clickOn("#addVillageButton");
        assertEquals("Đã thêm \"Thôn Bắc\".", UiTestSupport.text(robot, "#villageMessage"));
        assertEquals(3, robot.lookup("#villageList").queryListView().getItems().size());
    }
}
