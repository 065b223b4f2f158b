package vn.sotreem.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotreem.bench.CrashLoop;

/**
 * Power cuts and killed processes (the loop is {@link CrashLoop}, which the benchmark runs too): a
 * writer process saves children, closes and compacts the register, and is killed at random moments.
 * After each kill the register must open and hold every child whose commit had returned.
 * {@code -Dcrash.kills=N} sets the number of kills.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyCommittedChildSurvivesAKill() throws Exception {
        int kills = Integer.getInteger("crash.kills", 20);
        CrashLoop.Result result = CrashLoop.run(dir.resolve("register"), "mat-khau-kiem-thu", kills, 42,
                System.out::println);
        // Figures for the docs: printed into the surefire report.
        System.out.println("crash safety: " + result);
        assertNull(result.failure());
        assertEquals(0, result.lost());
        assertEquals(kills, result.kills());
        // Where kills land depends on the machine's speed; a fifth of them mid-write is enough.
        assertTrue(result.killedWhileWriting() >= kills / 5, "the writer was rarely killed while writing: " + result);
        assertTrue(result.killedWhileClosing() >= 1, "no kill landed while the register was closing: " + result);
        assertTrue(result.commitsConfirmed() > kills, "too few commits to mean anything: " + result);
    }
}
