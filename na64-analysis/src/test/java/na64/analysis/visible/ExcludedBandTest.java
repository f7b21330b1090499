package na64.analysis.visible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import na64.stats.CLs;
import org.junit.jupiter.api.Test;

class ExcludedBandTest {
    private static final CLs CLS = new CLs();

    /** s(eps) = A eps^2 exp(-(eps/e0)^2): the visible-mode shape (production times escape from the dump). */
    private static double signal(double a, double e0, double eps) {
        return a * eps * eps * Math.exp(-(eps / e0) * (eps / e0));
    }

    private static double[] grid(double lo, double hi, int n) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = lo * Math.pow(hi / lo, (double) i / (n - 1));
        }
        return e;
    }

    /**
     * One run, no background, nothing observed: excluded where s > 2.303 (the Poisson 90 % CL limit
     * for n = 0). With A = 2.303e8 and e0 = 1e-3 the lower edge is near 1e-4 and the upper edge
     * solves eps^2 e^(-(eps/e0)^2) = 1e-8, found by bisection here; the interpolated edges on a
     * grid of 40 points agree within 2 %.
     */
    @Test
    void edgesAreWhereTheSignalCrossesTheZeroEventLimit() {
        double a = 2.303e8;
        double e0 = 1e-3;
        double[] eps = grid(1e-5, 1e-2, 40);
        List<List<ExcludedBand.RunSignal>> runs = new ArrayList<>();
        for (double e : eps) {
            runs.add(List.of(new ExcludedBand.RunSignal("r", signal(a, e0, e), 0, 0)));
        }
        ExcludedBand.Edges edges = ExcludedBand.at(0.0167, eps, runs, CLS);
        double low = bisect(e -> signal(a, e0, e) - 2.3026, 1e-5, 5e-4);
        double high = bisect(e -> signal(a, e0, e) - 2.3026, 1.1e-3, 1e-2);
        assertThat(low).isCloseTo(1.0e-4, within(2e-6));
        assertThat(edges.epsilonLow()).isCloseTo(low, within(0.02 * low));
        assertThat(edges.epsilonHigh()).isCloseTo(high, within(0.02 * high));
    }

    /** Two runs with signals s1 and s2 exclude where s1 + s2 > 2.303 (n = 0 in both, no background). */
    @Test
    void runsCombineInOneLikelihood() {
        double[] eps = grid(1e-5, 1e-2, 40);
        List<List<ExcludedBand.RunSignal>> runs = new ArrayList<>();
        for (double e : eps) {
            runs.add(List.of(new ExcludedBand.RunSignal("a", signal(1.2e8, 1e-3, e), 0, 0),
                    new ExcludedBand.RunSignal("b", signal(1.1e8, 1e-3, e), 0, 0)));
        }
        ExcludedBand.Edges edges = ExcludedBand.at(0.0167, eps, runs, CLS);
        double low = bisect(e -> signal(2.3e8, 1e-3, e) - 2.3026, 1e-5, 5e-4);
        assertThat(edges.epsilonLow()).isCloseTo(low, within(0.02 * low));
    }

    @Test
    void tooLittleSignalExcludesNothing() {
        double[] eps = grid(1e-5, 1e-2, 10);
        List<List<ExcludedBand.RunSignal>> runs = new ArrayList<>();
        for (double e : eps) {
            runs.add(List.of(new ExcludedBand.RunSignal("r", signal(1e6, 1e-3, e), 0, 0)));
        }
        ExcludedBand.Edges edges = ExcludedBand.at(0.0167, eps, runs, CLS);
        assertThat(edges.excludesAny()).isFalse();
        assertThat(edges.epsilonLow()).isNaN();
        assertThat(edges.epsilonHigh()).isNaN();
    }

    private static double bisect(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        double flo = f.applyAsDouble(lo);
        for (int i = 0; i < 200; i++) {
            double mid = Math.sqrt(lo * hi);
            double fm = f.applyAsDouble(mid);
            if ((fm > 0) == (flo > 0)) {
                lo = mid;
                flo = fm;
            } else {
                hi = mid;
            }
        }
        return Math.sqrt(lo * hi);
    }
}
