package vn.sotreem.ui.abuse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.sotreem.domain.abuse.AbuseCase;
import vn.sotreem.domain.abuse.procedure.Separation;
import vn.sotreem.ui.UiTestSupport;
import vn.sotreem.ui.common.FieldMessages;

/** The separation part (Mẫu 07) alone, on a case in a real register: its limit, its validation, saved and read back. */
@ExtendWith(ApplicationExtension.class)
class SeparationPartUiTest {

    @TempDir
    Path dir;
    private ProcedureRegister register;
    private SeparationPart part;
    private final AtomicInteger edits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        register = ProcedureRegister.create(dir, c -> { });
        part = new SeparationPart();
        part.setOnEdited(edits::incrementAndGet);
        part.edit(register.model());
        ProcedureRegister.mount(stage, part.root());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        register.close();
    }

    private static void fill(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    @Test
    void aSeparationIsLimitedToFifteenDaysCheckedAndSaved(FxRobot robot) {
        assertFalse(UiTestSupport.shown(robot, "#sepFromField"), "no separation: no fields");
        robot.clickOn("#separatedBox");
        assertEquals("05/10/2026", robot.lookup("#sepFromField").queryAs(TextField.class).getText(), "today, no emergency step");
        assertEquals("Tối đa 15 ngày: đến ngày 20/10/2026.", UiTestSupport.text(robot, "#sepLimitLabel"));
        assertEquals("Chưa ghi nơi trẻ được chăm sóc thay thế trong thời gian cách ly.", UiTestSupport.text(robot, "#sepMessage"));
        assertEquals(List.of(), part.errors(), "a warning does not stop the save");
        assertTrue(edits.get() > 0);

        fill(robot, "#sepEndedField", "35/10/2026");
        assertEquals("Ngày kết thúc cách ly: " + FieldMessages.BAD_DATE,
                UiTestSupport.text(robot, "#sepMessage").lines().findFirst().orElseThrow());
        assertEquals(List.of("Tạm thời cách ly: Ngày kết thúc cách ly: " + FieldMessages.BAD_DATE), part.errors());

        fill(robot, "#sepEndedField", "05/10/2026");
        fill(robot, "#sepPlacementField", "Nhà bà ngoại");
        assertEquals("", UiTestSupport.text(robot, "#sepMessage"));
        assertEquals(List.of(), part.errors());

        AbuseCase saved = register.saveAndReadBack();
        Separation s = saved.getSeparation();
        assertEquals(LocalDate.of(2026, 10, 5), s.from());
        assertEquals(LocalDate.of(2026, 10, 5), s.endedOn());
        assertEquals("Nhà bà ngoại", s.placement());

        robot.clickOn("#separatedBox");
        assertNull(register.saveAndReadBack().getSeparation(), "unticked: no separation");
    }
}
