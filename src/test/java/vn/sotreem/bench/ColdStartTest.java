package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import vn.sotreem.app.StartProbe;

class ColdStartTest {

    @Test
    void readsTheFirstFrameAmongOtherOutput() {
        List<String> printed = List.of("2516 WARN RegisterStore - Rollback failed: 90007", StartProbe.PHASE + "register-open=2516",
                "WARNING: Unsupported JavaFX configuration", "  " + ColdStart.FIRST_FRAME + "13857", "later");
        assertEquals(OptionalDouble.of(13857), ColdStart.parseFirstFrame(printed));
    }

    @Test
    void noFirstFrameWhenTheProbeFailedOrPrintedGarbage() {
        assertTrue(ColdStart.parseFirstFrame(List.of("Exception in thread \"main\" WrongPasswordException")).isEmpty());
        assertTrue(ColdStart.parseFirstFrame(List.of(ColdStart.FIRST_FRAME + "soon")).isEmpty());
        assertTrue(ColdStart.parseFirstFrame(List.of()).isEmpty());
    }

    @Test
    void probeAndBenchmarkAgreeOnTheLine() {
        assertEquals(StartProbe.FIRST_FRAME, ColdStart.FIRST_FRAME);
    }

    @Test
    void withoutADisplayOnLinuxItSaysHowToRun() {
        assertTrue(ColdStart.noDisplay("Linux", Map.of()).orElseThrow().contains("xvfb-run -a"));
        assertTrue(ColdStart.noDisplay("Linux", Map.of("DISPLAY", ":99")).isEmpty());
        assertTrue(ColdStart.noDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")).isEmpty());
        assertTrue(ColdStart.noDisplay("Windows 11", Map.of()).isEmpty());
    }
}
