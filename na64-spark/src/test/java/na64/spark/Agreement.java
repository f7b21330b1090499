package na64.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import na64.analysis.select.Count;
import na64.analysis.select.CutFlow;
import na64.analysis.select.PlaneHistogram;

/**
 * Equality of two engines' results: counts exactly, sums of weights to 1e-12 relative (the
 * engines add the same numbers in another order).
 */
final class Agreement {
    static final double RELATIVE = 1e-12;

    private Agreement() {
    }

    /** Equal to 1e-12 relative; a NaN or infinite expectation must be met exactly. */
    static void close(String what, double actual, double expected) {
        if (!Double.isFinite(expected)) {
            assertThat(Double.compare(actual, expected)).as(what + ": " + actual + " and " + expected).isZero(); // NaN == NaN here
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
        }
    }

    static void same(String what, Count actual, Count expected) {
        assertThat(actual.events()).as(what + ": events").isEqualTo(expected.events());
        close(what + ": sum of weights", actual.sumW(), expected.sumW());
        close(what + ": sum of squared weights", actual.sumW2(), expected.sumW2());
    }

    static void same(String what, CutFlow actual, CutFlow expected) {
        assertThat(actual.cutNames()).as(what).isEqualTo(expected.cutNames());
        for (int k = 0; k < expected.passed().size(); k++) {
            same(what + " after " + k + " cuts", actual.passed().get(k), expected.passed().get(k));
        }
        assertThat(actual.regions()).hasSameSizeAs(expected.regions());
        for (CutFlow.RegionCount r : expected.regions()) {
            same(what + " region " + r.name(), actual.region(r.name()), r.count());
        }
    }

    static void same(String what, Map<Double, CutFlow> actual, Map<Double, CutFlow> expected) {
        assertThat(actual.keySet()).as(what + ": groups").isEqualTo(expected.keySet());
        expected.forEach((k, flow) -> same(what + " group " + k, actual.get(k), flow));
    }

    static void same(String what, PlaneHistogram actual, PlaneHistogram expected) {
        assertThat(actual.events()).as(what + ": events per bin").isDeepEqualTo(expected.events());
        for (int i = 0; i < expected.weights().length; i++) {
            for (int j = 0; j < expected.weights()[i].length; j++) {
                close(what + " bin " + i + "," + j, actual.weights()[i][j], expected.weights()[i][j]);
            }
        }
    }
}
