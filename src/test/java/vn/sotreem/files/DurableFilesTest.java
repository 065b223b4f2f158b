package vn.sotreem.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the replacement leaves on disk: the whole new file or the old one, never a temporary file.
 * That the bytes are forced to disk before the move cannot be seen from a test (only a power cut
 * would show it); the kill loop (CrashSafetyTest) covers process kills, not power cuts.
 */
class DurableFilesTest {

    @TempDir
    Path dir;

    @Test
    void replaceWritesOrOverwritesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("keyring.json");
        DurableFiles.replace(target, bytes("{\"format\": 1}"));
        assertArrayEquals(bytes("{\"format\": 1}"), Files.readAllBytes(target));
        DurableFiles.replace(target, bytes("{\"format\": 2, \"entries\": []}"));
        assertArrayEquals(bytes("{\"format\": 2, \"entries\": []}"), Files.readAllBytes(target));
        assertEquals(List.of("keyring.json"), names());
    }

    @Test
    void aFailedReplaceRemovesItsTemporaryFileAndLeavesWhatWasThere() throws IOException {
        Path target = dir.resolve("ban-sao");
        Files.createDirectories(target.resolve("ben-trong")); // a folder that is not empty cannot be replaced
        assertThrows(IOException.class, () -> DurableFiles.replace(target, bytes("mới")));
        assertEquals(List.of("ban-sao"), names());
        assertEquals(List.of("ben-trong"), names(target));
    }

    @Test
    void moveIntoPlaceMovesTheWrittenFileOverTheOldOne() throws IOException {
        Path temp = Files.write(dir.resolve("bao-cao.xlsx.tmp"), bytes("mới"));
        Path target = Files.write(dir.resolve("bao-cao.xlsx"), bytes("cũ"));
        DurableFiles.moveIntoPlace(temp, target);
        assertArrayEquals(bytes("mới"), Files.readAllBytes(target));
        assertEquals(List.of("bao-cao.xlsx"), names());
    }

    private List<String> names() throws IOException {
        return names(dir);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
