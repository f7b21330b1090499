package na64.reco.waveform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tabulated pulse of {@link PulseShape.Evaluator} laid out for a waveform: the template at all
 * samples of a board of period P, for a pulse at any time. The grid step h = P / R (R whole, h
 * close to 0.05 ns: exactly 0.05 ns for the 12.5 ns board) makes the samples of one template fall
 * on grid points i0 + R k with one common fraction, so the table is stored by phase: row j holds the
 * grid points j, j + R, j + 2R, ... one after another. A template is then one row read in order
 * (a few cache lines) instead of a table entry every R points (a cache line and often a memory page
 * per sample), and one fraction serves all its samples. Linear interpolation as in the evaluator;
 * the values agree with it to rounding (and to the difference of the grid steps where h is not 0.05 ns).
 *
 * <p>Immutable; one per shape and period ({@link #of}).
 */
final class SampledPulse {
    private static final double NOMINAL_STEP = 0.05;
    private static final Map<Key, SampledPulse> CACHE = new ConcurrentHashMap<>();

    private record Key(PulseShape shape, double period) {
    }

    private final double peakTime;
    private final double perStep;
    /** grid points per sample period (phases) */
    private final int phases;
    /** entries per row */
    private final int length;
    /** row j, entry m (grid point j + R m): value and its difference to the next grid point at [2 (j length + m)] */
    private final double[] values;
    /** the same for the slope */
    private final double[] slopes;

    private SampledPulse(PulseShape shape, double period) {
        peakTime = shape.peakTime();
        phases = Math.max(1, (int) Math.round(period / NOMINAL_STEP));
        double step = period / phases;
        perStep = 1 / step;
        int points = (int) Math.ceil((shape.tailLength(1e-7) + peakTime) / step) + 2;
        length = points / phases + 2;
        double[] v = new double[phases * length + 1];
        double[] s = new double[phases * length + 1];
        // the last grid points stay 0 (the end of the table, as in the evaluator)
        for (int i = 0; i < points - 1; i++) {
            v[i] = shape.atPeak(i * step - peakTime);
            s[i] = shape.slopeAtPeak(i * step - peakTime);
        }
        values = byPhase(v);
        slopes = byPhase(s);
    }

    /** The pulse of {@code shape} on a board of sampling period {@code period} [ns]. */
    static SampledPulse of(PulseShape shape, double period) {
        return CACHE.computeIfAbsent(new Key(shape, period), key -> new SampledPulse(key.shape(), key.period()));
    }

    /** Grid-point values re-ordered by phase, each with its difference to the next grid point. */
    private double[] byPhase(double[] grid) {
        double[] table = new double[2 * phases * length];
        for (int j = 0; j < phases; j++) {
            for (int m = 0; m < length; m++) {
                int i = j + phases * m;
                int e = 2 * (j * length + m);
                table[e] = grid[i];
                table[e + 1] = grid[i + 1] - grid[i];
            }
        }
        return table;
    }

    /**
     * The pulse at times {@code first + k P} after its peak, k < n, into {@code out} (0 before the
     * pulse and after the end of the table).
     */
    void values(double first, double[] out, int n) {
        fill(values, first, out, n);
    }

    /** The derivative of the pulse [1/ns] at the same times, into {@code out}. */
    void slopes(double first, double[] out, int n) {
        fill(slopes, first, out, n);
    }

    private void fill(double[] table, double first, double[] out, int n) {
        double x = (first + peakTime) * perStep;
        if (!(x > -(double) phases * n) || !(x < (double) phases * length)) {
            // far outside (or NaN): no sample on the pulse
            java.util.Arrays.fill(out, 0, n, 0);
            return;
        }
        int i = (int) Math.floor(x);
        double fraction = x - i;
        int phase = Math.floorMod(i, phases);
        int m = Math.floorDiv(i, phases);
        // sample k is on grid point i + R k: row `phase`, entry m + k; before the pulse (m + k < 0) it
        // is 0, at its start the table is 0, after the table's last entry 0
        int k = 0;
        for (; k < n && m + k < 0; k++) {
            out[k] = 0;
        }
        int end = Math.min(n, length - m);
        int e = 2 * (phase * length + m + k);
        for (; k < end; k++, e += 2) {
            out[k] = table[e] + fraction * table[e + 1];
        }
        for (; k < n; k++) {
            out[k] = 0;
        }
    }
}
