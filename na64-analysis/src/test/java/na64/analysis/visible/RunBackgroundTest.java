package na64.analysis.visible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import na64.analysis.select.Count;
import na64.analysis.select.CutFlow;
import org.junit.jupiter.api.Test;

/** A background source's estimate at the run's EOT from a weighted cut flow, and its bound when none passes. */
class RunBackgroundTest {
    private static final VisibleStudyConfig.Run RUN = new VisibleStudyConfig.Run("2017", "na64e-visible-2017", null, 5.4e10, 0,
            1000L, null);

    /** total, pre-selection, box; the neutral region. */
    private static CutFlow flow(Count total, Count pre, Count box, Count neutral) {
        return new CutFlow(List.of("pre", "box"), List.of(total, pre, box), 2,
                List.of(new CutFlow.RegionCount(VisibleStudy.NEUTRAL_REGION, neutral)));
    }

    @Test
    void selectedWeightsScaleToTheRunsElectrons() {
        // 2 events of weights 1e-5 and 3e-5 pass among 50,000: (4e-5 / 5e4) x 5.4e10 = 43.2 events, error sqrt(1e-10) / 5e4 x 5.4e10
        CutFlow f = flow(new Count(50_000, 50_000, 50_000), new Count(900, 800, 700), new Count(2, 4e-5, 1e-10),
                new Count(4, 8e-5, 2e-9));
        VisibleStudy.RunBackground b = VisibleStudy.background(RUN, VisibleStudy.K0S, 50_000, f, true);
        assertThat(b.bound()).isFalse();
        assertThat(b.estimate()).isCloseTo(43.2, within(1e-9));
        assertThat(b.error()).isCloseTo(1e-5 / 5e4 * 5.4e10, within(1e-9));
        assertThat(b.neutral()).isCloseTo(8e-5 / 5e4 * 5.4e10, within(1e-9));
        assertThat(b.neutralError()).isCloseTo(Math.sqrt(2e-9) / 5e4 * 5.4e10, within(1e-9));
    }

    @Test
    void noPassingEventBoundsAtTheWeightOfTheFullyNeutralEvents() {
        // the pre-selection holds ordinary showers of weight ~1; the neutral events (the box's kind) weigh 2e-5 each:
        // the bound is 2.303 x 2e-5 x 5.4e10 / 5e4, not 2.303 x (the pre-selection's weight) x ...
        CutFlow f = flow(new Count(50_000, 50_000, 50_000), new Count(900, 900, 900), Count.ZERO, new Count(3, 6e-5, 1.2e-9));
        VisibleStudy.RunBackground b = VisibleStudy.background(RUN, VisibleStudy.K0S, 50_000, f, true);
        assertThat(b.bound()).isTrue();
        assertThat(b.estimate()).isCloseTo(2.303 * 2e-5 * 5.4e10 / 5e4, within(1e-9));
        assertThat(b.error()).isNaN();
        // without neutral events the pre-selection's mean weight stands in; unit weights give 2.303 events of the sample
        CutFlow unit = flow(new Count(20_000, 20_000, 20_000), new Count(100, 100, 100), Count.ZERO, Count.ZERO);
        VisibleStudy.RunBackground p = VisibleStudy.background(RUN, VisibleStudy.PSEUDO_DATA, 20_000, unit, true);
        assertThat(p.estimate()).isCloseTo(2.303 * 5.4e10 / 2e4, within(1e-3));
        assertThat(p.neutralBound()).isTrue();
    }

    @Test
    void onlyMeasuredSourcesEnterTheLimit() {
        CutFlow measured = flow(new Count(100, 100, 100), new Count(10, 10, 10), new Count(1, 1, 1), Count.ZERO);
        CutFlow none = flow(new Count(100, 100, 100), new Count(10, 10, 10), Count.ZERO, Count.ZERO);
        var a = VisibleStudy.background(RUN, VisibleStudy.PSEUDO_DATA, 100, none, true);
        var b = VisibleStudy.background(RUN, VisibleStudy.K0S, 100, measured, true);
        assertThat(VisibleStudy.measuredBackground(List.of(a, b), "2017")).isCloseTo(5.4e10 / 100, within(1e-3));
        assertThat(VisibleStudy.measuredBackground(List.of(a, b), "2018")).isZero();
    }
}
