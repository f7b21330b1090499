package na64.reco.waveform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampledPulseTest {
    private static final int SAMPLES = 36;

    /** The template at t_k = first + k P, from the pulse's scalar evaluator (or the shape itself) sample by sample. */
    private static void check(PulseShape shape, double period, double tolerance, boolean againstEvaluator) {
        SampledPulse sampled = SampledPulse.of(shape, period);
        PulseShape.Evaluator evaluator = shape.evaluator();
        SplittableRandom rng = new SplittableRandom(5);
        double[] values = new double[SAMPLES];
        double[] slopes = new double[SAMPLES];
        double h = 1e-4;
        for (int trial = 0; trial < 2000; trial++) {
            // from far before the pulse (all samples 0) to far after its start (tail beyond the table)
            double first = -SAMPLES * period + rng.nextDouble() * 2 * SAMPLES * period;
            sampled.values(first, values, SAMPLES);
            sampled.slopes(first, slopes, SAMPLES);
            for (int k = 0; k < SAMPLES; k++) {
                double dt = first + k * period;
                double expected = againstEvaluator ? evaluator.atPeak(dt) : shape.atPeak(dt);
                assertThat(values[k]).as("value at %s ns", dt).isCloseTo(expected, within(tolerance));
                double slope = (shape.atPeak(dt + h) - shape.atPeak(dt - h)) / (2 * h);
                assertThat(slopes[k]).as("slope at %s ns", dt).isCloseTo(slope, within(2e-4));
            }
        }
    }

    @Test
    void msadcTemplateIsTheEvaluatorsToRounding() {
        // 12.5 ns = 250 steps of 0.05 ns: the same grid as the evaluator's, the same values
        check(new PulseShape(6, 30), 12.5, 1e-12, true);
        check(new PulseShape(3, 15), 12.5, 1e-12, true);
    }

    @Test
    void fastBoardTemplateIsThePulseToTheInterpolationError() {
        // 4.1666667 ns = 83 steps of 0.0502 ns: the interpolation error of such a grid, h^2 f'' / 8,
        // largest near the start of the pulse (1.2e-5 of the peak for a 6 ns rise; the evaluator's is the same)
        check(new PulseShape(6, 30), 4.1666667, 2e-5, false);
    }

    @Test
    void farOutsideThePulseIsZero() {
        SampledPulse sampled = SampledPulse.of(new PulseShape(6, 30), 12.5);
        double[] values = new double[SAMPLES];
        for (double first : new double[] {-1e6, 1e6, Double.NaN}) {
            values[3] = 1;
            sampled.values(first, values, SAMPLES);
            assertThat(values).containsOnly(0.0);
        }
    }
}
