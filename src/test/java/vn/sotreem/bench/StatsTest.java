package vn.sotreem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, Stats.of(List.of(5.0, 1.0, 3.0)).median());
        assertEquals(2.5, Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).median());
    }

    @Test
    void p95IsTheNearestRank() {
        List<Double> hundred = new java.util.ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            hundred.add((double) i);
        }
        Stats stats = Stats.of(hundred);
        assertEquals(95.0, stats.p95());
        assertEquals(50.5, stats.median());
        assertEquals(1.0, stats.min());
        assertEquals(100.0, stats.max());
        assertEquals(7.0, Stats.of(List.of(7.0)).p95());
        assertEquals(20.0, Stats.of(List.of(1.0, 2.0, 3.0, 20.0)).p95());
    }

    @Test
    void noSamplesIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }
}
