package vn.sotreem.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.sotreem.storage.DataFolder;

class LauncherTest {

    @Test
    void noArgumentsOrOnlyADataFolderOpenTheWindow() {
        assertEquals(DataFolder.defaultLocation(), Launcher.windowFolder(new String[0]).orElseThrow());
        assertEquals(new DataFolder(Path.of("x")), Launcher.windowFolder(new String[] {"--data", "x"}).orElseThrow());
        assertEquals(new DataFolder(Path.of("y")), Launcher.windowFolder(new String[] {"--data=y"}).orElseThrow());
    }

    @Test
    void aSubCommandRunsTheCommandLine() {
        assertTrue(Launcher.windowFolder(new String[] {"--help"}).isEmpty());
        assertTrue(Launcher.windowFolder(new String[] {"init", "--data", "x"}).isEmpty());
        assertTrue(Launcher.windowFolder(new String[] {"--data", "x", "export-register"}).isEmpty());
    }
}
