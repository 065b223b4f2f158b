package vn.sotreem.ui.injury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
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
import vn.sotreem.domain.child.Child;
import vn.sotreem.domain.child.ChildStatus;
import vn.sotreem.domain.injury.Injuries;
import vn.sotreem.domain.injury.Injury;
import vn.sotreem.domain.injury.InjuryPlace;
import vn.sotreem.domain.injury.InjuryType;
import vn.sotreem.domain.access.Role;
import vn.sotreem.domain.common.Sex;
import vn.sotreem.storage.DataFolder;
import vn.sotreem.storage.RegisterStore;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Column;
import vn.sotreem.ui.injury.InjuryQuickEntryModel.Row;
import vn.sotreem.ui.common.Dialogs;
import vn.sotreem.ui.RecordingDialogs;
import vn.sotreem.ui.common.Theme;
import vn.sotreem.ui.common.UiServices;
import vn.sotreem.ui.UiTestSupport;

/**
 * The quick-entry grid alone over an empty window, on a real register: three rows typed from the
 * keyboard, one of them before the child's birth — red with its message, not saved, still there.
 */
@ExtendWith(ApplicationExtension.class)
class InjuryQuickEntryUiTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String VIEWER = "Người Xem";
    static final String VIEWER_PASSWORD = "mat-khau-xem-1";

    @TempDir
    Path dir;
    private Stage stage;
    private DataFolder folder;
    private RegisterStore store;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicInteger savedCalls = new AtomicInteger();

    /** Khoa (TE000001), Mây (TE000002, born 2014), two namesakes Nguyễn Thị Hòa / Hoà (TE000003, TE000004). */
    static void seed(DataFolder folder) {
        UiTestSupport.createRegister(folder, List.of(
                UiTestSupport.child("Đinh Văn Khoa", LocalDate.of(2019, 6, 1), Sex.MALE, "Thôn Tây"),
                UiTestSupport.child("Lò Thị Mây", LocalDate.of(2014, 6, 1), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Nguyễn Thị Hòa", LocalDate.of(2016, 3, 5), Sex.FEMALE, "Thôn Đông"),
                UiTestSupport.child("Nguyễn Thị Hoà", LocalDate.of(2012, 9, 20), Sex.FEMALE, "Thôn Tây")));
        try (RegisterStore s = RegisterStore.open(folder, UiTestSupport.PASSWORD.toCharArray())) {
            s.accounts().add(VIEWER, Role.VIEWER, VIEWER_PASSWORD.toCharArray());
        }
    }

    static UiServices services(Dialogs dialogs) {
        UiServices standard = UiServices.standard();
        return new UiServices(dialogs, standard.files(), standard.runner(), () -> TODAY);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply();
        folder = new DataFolder(dir.resolve("data"));
        seed(folder);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
    }

    /** Opens the grid as the injury page does: the register read off the JavaFX thread, then the window. */
    private void open(FxRobot robot, String user, String password) {
        store = RegisterStore.open(folder, user, password.toCharArray());
        robot.interact(() -> InjuryQuickEntryView.open(services(dialogs), new InjuryRegisterModel(store), stage,
                savedCalls::incrementAndGet));
    }

    /** Types into the focused cell (the first character starts editing it) and goes on with Enter. */
    private static void cell(FxRobot robot, String text) {
        if (!text.isEmpty()) {
            robot.write(text);
        }
        robot.type(KeyCode.ENTER);
    }

    /** Types a name fragment in the child cell, waits for the list of matches and picks with arrows and Enter. */
    @SuppressWarnings("unchecked")
    private static Child pickChild(FxRobot robot, String fragment, int downs) {
        robot.write(fragment);
        UiTestSupport.waitFor(robot, "#childMatches");
        ListView<Child> matches = robot.lookup("#childMatches").queryAs(ListView.class);
        for (int i = 0; i < downs; i++) {
            robot.type(KeyCode.DOWN);
        }
        Child picked = matches.getItems().get(downs);
        robot.type(KeyCode.ENTER);
        return picked;
    }

    @SuppressWarnings("unchecked")
    private static TableRow<Row> shownRow(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getIndex() == index)
                .queryAs(TableRow.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeRowsTypedOneBeforeBirthStaysRedAndTheOtherTwoAreSavedTogether(FxRobot robot) {
        open(robot, UiTestSupport.INFO.officerName(), UiTestSupport.PASSWORD);
        UiTestSupport.waitFor(robot, "#grid");
        TableView<Row> grid = robot.lookup("#grid").queryAs(TableView.class);
        assertEquals(InjuryQuickEntryModel.START_ROWS, grid.getItems().size());
        assertEquals("0 dòng hợp lệ, 0 dòng lỗi, 10 dòng trống", UiTestSupport.text(robot, "#statusLabel"));
        // The keyboard goes to the window clicked last; the grid starts on row 1's child cell.
        robot.clickOn(robot.from(shownRow(robot, 0)).lookup(".table-cell").nth(1).queryAs(javafx.scene.Node.class));

        // Row 1: the only child matching "khoa"; a date without its year; type "8"; community; not died.
        Child khoa = pickChild(robot, "khoa", 0);
        assertEquals("Đinh Văn Khoa", khoa.getFullName());
        cell(robot, "5/11");
        cell(robot, "8");
        cell(robot, "c");
        cell(robot, "k");
        cell(robot, "");
        cell(robot, "Tram y te xa");
        cell(robot, "Tam song"); // the cause, the grid's last column
        // Row 2: Mây on a day before her birth.
        pickChild(robot, "may", 0);
        cell(robot, "01/01/2012");
        cell(robot, "1");
        cell(robot, "n");
        robot.type(KeyCode.DOWN); // straight to row 3, child column, after Tử vong left blank
        robot.type(KeyCode.LEFT, 5);
        // Row 3: one of two namesakes, the second in the list; died of it.
        Child hoa = pickChild(robot, "nguyen thi hoa", 1);
        cell(robot, "10/11/2026");
        cell(robot, "08");
        cell(robot, "t");
        cell(robot, "c");

        List<Row> rows = grid.getItems();
        assertEquals("Đinh Văn Khoa", rows.get(0).text(Column.CHILD));
        assertEquals("05/11/2026", rows.get(0).text(Column.DATE), "the current year added");
        assertEquals("08 Đuối nước", rows.get(0).text(Column.TYPE), "the code shown with its label");
        assertEquals("Cộng đồng", rows.get(0).text(Column.PLACE));
        assertEquals(hoa.getFullName(), rows.get(2).text(Column.CHILD));
        assertEquals(InjuryQuickEntryModel.State.ERROR, rows.get(1).state());
        assertEquals("Ngày xảy ra tai nạn 01/01/2012 trước ngày sinh của trẻ (01/06/2014).", rows.get(1).message());

        TableRow<Row> red = shownRow(robot, 1);
        assertTrue(red.getStyleClass().contains("quick-row-error"), "the invalid row is red");
        assertTrue(robot.from(red).lookup(".quick-message").queryLabeled().getText().contains("trước ngày sinh"),
                "its message is shown in the row");
        assertTrue(shownRow(robot, 2).getStyleClass().contains("quick-row-warning"), "a death not yet recorded is amber");
        assertFalse(shownRow(robot, 0).getStyleClass().contains("quick-row-error"));
        assertEquals("2 dòng hợp lệ (1 dòng có cảnh báo), 1 dòng lỗi, 7 dòng trống", UiTestSupport.text(robot, "#statusLabel"));

        robot.type(KeyCode.UP);
        assertEquals("Dòng 2: Ngày xảy ra tai nạn 01/01/2012 trước ngày sinh của trẻ (01/06/2014).",
                UiTestSupport.text(robot, "#rowProblems"), "the problems of the row the keyboard is on, in full");
        robot.type(KeyCode.DOWN);

        // A stray "x" typed on row 4 makes it an error; Delete clears the row again.
        robot.type(KeyCode.DOWN);
        cell(robot, "x");
        assertEquals("Có", rows.get(3).text(Column.DISABLED));
        assertEquals("Chưa chọn trẻ.", rows.get(3).message());
        robot.type(KeyCode.DELETE);
        assertTrue(rows.get(3).isBlank());
        assertEquals("2 dòng hợp lệ (1 dòng có cảnh báo), 1 dòng lỗi, 7 dòng trống", UiTestSupport.text(robot, "#statusLabel"));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#saveMessage").startsWith("Đã lưu"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the grid lays its rows out again
        assertEquals(1, dialogs.questions.size(), "one question for the deaths");
        assertTrue(dialogs.questions.get(0).startsWith("Ghi nhận các trẻ sau đã mất vào ngày bị tai nạn?\n• " + hoa.getFullName()),
                dialogs.questions.get(0));
        assertEquals("Đã lưu 2 dòng, ghi nhận 1 trẻ đã mất. Còn 1 dòng lỗi chưa lưu: sửa rồi bấm Lưu lần nữa.",
                UiTestSupport.text(robot, "#saveMessage"));
        assertEquals(1, savedCalls.get());

        List<Injury> saved = store.injuries(null);
        assertEquals(2, saved.size(), "exactly the two valid rows");
        assertEquals(List.of(Injuries.of(khoa.getId(), LocalDate.of(2026, 11, 5)).id(saved.get(0).id())
                .type(InjuryType.DROWNING).place(InjuryPlace.COMMUNITY).treatedAt("Tram y te xa").cause("Tam song").build(),
                Injuries.of(hoa.getId(), LocalDate.of(2026, 11, 10)).id(saved.get(1).id()).type(InjuryType.DROWNING)
                        .place(InjuryPlace.SCHOOL).died().build()), saved);
        Child hoaNow = store.child(hoa.getId()).orElseThrow();
        assertEquals(ChildStatus.DIED, hoaNow.getStatus());
        assertEquals(LocalDate.of(2026, 11, 10), hoaNow.getStatusDate());

        assertEquals("Lò Thị Mây", grid.getItems().get(0).text(Column.CHILD), "the invalid row remains for correction");
        assertEquals(InjuryQuickEntryModel.State.ERROR, grid.getItems().get(0).state());
        assertEquals("0 dòng hợp lệ, 1 dòng lỗi, 9 dòng trống", UiTestSupport.text(robot, "#statusLabel"));
        assertTrue(shownRow(robot, 0).getStyleClass().contains("quick-row-error"));
        assertTrue(grid.getItems().stream().skip(1).allMatch(Row::isBlank), "the grid shows the model's rows");
    }

    @Test
    void aViewerCannotOpenTheGrid(FxRobot robot) {
        open(robot, VIEWER, VIEWER_PASSWORD);
        assertEquals(List.of("Tài khoản chỉ xem không được nhập tai nạn, thương tích."), dialogs.errors);
        assertEquals(1, Window.getWindows().size(), "only the owner window");
        assertFalse(UiTestSupport.shown(robot, "#grid"));
    }
}
