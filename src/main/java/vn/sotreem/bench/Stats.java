package vn.sotreem.bench;

import java.util.Arrays;
import java.util.Collection;

/** Median and 95th percentile (nearest rank) of measured samples. */
public record Stats(int count, double median, double p95, double min, double max) {

    public static Stats of(Collection<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(n, median, percentile(sorted, 95), sorted[0], sorted[n - 1]);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p % of the values at or below it. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
