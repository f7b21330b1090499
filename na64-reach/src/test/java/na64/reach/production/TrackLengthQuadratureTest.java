package na64.reach.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import na64.physics.tracklength.TrackLengthTable;
import na64.physics.tracklength.TsaiPrimaryElectron;
import org.assertj.core.data.Percentage;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class TrackLengthQuadratureTest {

    @Test
    void exactForPolynomialsInLogEnergy() {
        // T = 1/E, f = (ln E)^3: integral = [(ln E)^4 / 4]
        TrackLengthQuadrature q = TrackLengthQuadrature.of(e -> 1 / e, 2, 90, 100, 0);
        double a = Math.log(2);
        double b = Math.log(90);
        double expected = (Math.pow(b, 4) - Math.pow(a, 4)) / 4;
        assertThat(q.integrate(e -> Math.pow(Math.log(e), 3))).isCloseTo(expected, within(1e-9 * expected));
    }

    @Test
    void integratesTsaisSingularPrimarySpectrumToTheTargetThickness() {
        // ln(E0/E) ~ Gamma(b t): the primary's track above E_min is X0 integral_0^T P(b t, ln(E0/E_min)) dt
        double x0 = 0.56;
        double thickness = 4;
        TsaiPrimaryElectron tsai = new TsaiPrimaryElectron(100, thickness, x0, false);
        double lo = 100 * Math.exp(-8);
        TrackLengthQuadrature q = TrackLengthQuadrature.of(tsai::electron, lo, 100, 100, tsai.trackAtBeamEnergy());
        double expected = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double t = (i + 0.5) * thickness / n;
            expected += Gamma.regularizedGammaP(4.0 / 3.0 * t, 8.0) * thickness / n;
        }
        assertThat(q.integrate(e -> 1)).isCloseTo(expected * x0, Percentage.withPercentage(0.5));
    }

    @Test
    void integratesAHistogramBinByBin() {
        double[] edges = {1, 2, 5, 10, 20, 50, 100};
        double[][] v = {{5, 4, 3, 2, 1, 0.5}, {1, 1, 1, 1, 1, 1}, {0, 0, 0, 0, 0, 0}};
        double[][] e = new double[3][6];
        TrackLengthTable table = new TrackLengthTable(Map.of(), edges, v, e);
        TrackLengthQuadrature q = TrackLengthQuadrature.of(table::electron, 2, 100, 100, 0);
        double expected = 4 * 3 + 3 * 5 + 2 * 10 + 1 * 30 + 0.5 * 50;
        assertThat(q.integrate(x -> 1)).isCloseTo(expected, Percentage.withPercentage(0.3));
    }
}
