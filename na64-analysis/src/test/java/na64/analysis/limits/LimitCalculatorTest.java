package na64.analysis.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.core.Config;
import na64.core.Progress;
import na64.reach.config.ReachConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitCalculatorTest {

    private static List<EfficiencyPoint> flat(double eff) {
        return List.of(new EfficiencyPoint(0.001, "all", eff, 0.01, 1000, 500),
                new EfficiencyPoint(1.0, "all", eff, 0.01, 1000, 500));
    }

    @Test
    void withoutBackgroundTheLimitIsTwoPointThreeSignalEvents(@TempDir Path dir) {
        var in = new LimitCalculator.Inputs(100, 9.37e11, 50, flat(1.0), 0, 0, 0, 0, 0.9, "0.01:0.1:3");
        List<LimitPoint> limits = LimitCalculator.compute(in, dir, Progress.silent(3));
        assertThat(limits).hasSize(3);
        for (LimitPoint l : limits) {
            // N_up = -ln(0.1) = 2.303 for zero events and zero background
            assertThat(l.signalPerEps2() * l.epsilon() * l.epsilon()).isCloseTo(2.3026, within(0.01));
        }
    }

    @Test
    void anUnresolvedBackgroundTakenAtItsBoundStillGivesALimit(@TempDir Path dir) {
        // whenUnresolved: limit on a small study adds bounds of ~1e8 events. Zero observed over
        // b = 2.6e8 still gives CLs = e^-s, s = 2.303 (the count, not the expectation, enters).
        var in = new LimitCalculator.Inputs(100, 9.37e11, 50, flat(1.0), 0, 2.6e8, 0, 0, 0.9, "0.01:0.1:2");
        for (LimitPoint l : LimitCalculator.compute(in, dir, Progress.silent(2))) {
            assertThat(l.signalPerEps2() * l.epsilon() * l.epsilon()).isCloseTo(2.3026, within(0.01));
            // the expected median: n = b, Gaussian counts, s = 1.6449 sqrt(b)
            double median = l.expected()[2];
            assertThat(l.signalPerEps2() * median * median / Math.sqrt(2.6e8)).isCloseTo(1.6449, within(0.005));
        }
    }

    @Test
    void halfTheEfficiencyRaisesEpsilonBySqrtTwo(@TempDir Path a, @TempDir Path b) {
        LimitPoint full = LimitCalculator.compute(new LimitCalculator.Inputs(100, 9.37e11, 50, flat(1.0), 0, 0, 0, 0, 0.9,
                "0.02:0.02:1"), a, Progress.silent(1)).get(0);
        LimitPoint half = LimitCalculator.compute(new LimitCalculator.Inputs(100, 9.37e11, 50, flat(0.5), 0, 0, 0, 0, 0.9,
                "0.02:0.02:1"), b, Progress.silent(1)).get(0);
        assertThat(half.epsilon() / full.epsilon()).isCloseTo(Math.sqrt(2), within(1e-3));
    }

    @Test
    void theWrittenReachConfigurationReproducesTheInProcessLimitsExactly(@TempDir Path dir) {
        List<EfficiencyPoint> measured = List.of(new EfficiencyPoint(0.002, "all", 0.8312345678, 0.01, 1000, 800),
                new EfficiencyPoint(0.05, "all", 0.7712345678, 0.01, 1000, 700), new EfficiencyPoint(0.9, "all", 0.70123456, 0.01, 1000, 700));
        List<LimitPoint> inProcess = LimitCalculator.compute(new LimitCalculator.Inputs(100, 9.37e11, 50, measured, 0.1, 0.5, 0.13, 0,
                0.9, "0.003:0.5:3"), dir, Progress.silent(3));
        var setup = na64.reach.config.ReachSetup.from(Config.read(dir.resolve("reach.yaml"), ReachConfig.class), dir);
        var calculator = new na64.reach.limits.ReachCalculator(setup.hypothesis(), setup.datasets(), setup.cls());
        for (LimitPoint l : inProcess) {
            assertThat(calculator.limit(l.mass(), false).lowerEdge()).isEqualTo(l.epsilon());
        }
    }

    @Test
    void writesAReachConfigurationThatReadsBack(@TempDir Path dir) {
        LimitCalculator.compute(new LimitCalculator.Inputs(100, 9.37e11, 50, flat(0.6), 0.1, 0.5, 0.13, 0, 0.9, "0.01:0.01:1"),
                dir, Progress.silent(1));
        ReachConfig back = Config.read(dir.resolve("reach.yaml"), ReachConfig.class);
        assertThat(back.datasets().get(0).efficiencyTable()).isEqualTo("efficiency.csv");
        assertThat(back.datasets().get(0).background()).isEqualTo(0.5);
        assertThat(back.datasets().get(0).backgroundUncertainty()).isCloseTo(0.26, within(1e-9));
    }
}
