package na64.reach.production;

import java.util.function.DoubleUnaryOperator;
import na64.core.GaussLegendre;

/**
 * Product integration against a track-length spectrum: nodes E_j in [lo, hi] and weights W_j
 * such that sum_j W_j f(E_j) = integral_lo^hi T(E) f(E) dE for every f that is a polynomial of
 * degree &lt; {@link #ORDER} in ln E on each panel. The expensive function f (a cross section) is
 * then evaluated only at the few nodes, while T - smooth, a histogram from a simulation, or
 * singular at the beam energy like Tsai's primary spectrum - is integrated finely once:
 * W_j = integral T(E) l_j(E) dE, with l_j the Lagrange basis of the panel's Gauss nodes.
 *
 * <p>Panels are equal in ln E (ratio at most {@link #PANEL_RATIO}). The fine integration uses 256
 * Gauss points per panel in ln E; on a panel ending at the beam energy it uses the variable
 * ln(ln(E0/E)) down to ln(E0/E) = 1e-15, which resolves the integrable singularity of the
 * primary's spectrum at E0, plus the spectrum's own track at E0 ({@code beamEndTrack}).
 */
public final class TrackLengthQuadrature {
    /** Nodes per panel. */
    static final int ORDER = 4;
    /** Largest ratio hi/lo of one panel. */
    static final double PANEL_RATIO = 1.25;
    private static final GaussLegendre PANEL_RULE = GaussLegendre.of(ORDER);
    private static final GaussLegendre FINE = GaussLegendre.of(8);
    private static final int FINE_PANELS = 32;
    private static final double BEAM_END_U = 1e-15;

    private final double[] nodes;
    private final double[] weights;

    private TrackLengthQuadrature(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /** One node at the beam energy carrying a fixed track [cm] (a thin target: muons in the ECAL). */
    public static TrackLengthQuadrature thin(double energy, double trackCm) {
        return new TrackLengthQuadrature(new double[] {energy}, new double[] {trackCm});
    }

    /**
     * @param spectrum     dT/dE [cm/GeV]
     * @param lo           lower end [GeV]
     * @param hi           upper end [GeV]
     * @param beamEnergy   E0: a panel ending there is integrated in ln(ln(E0/E))
     * @param beamEndTrack track [cm] at E0 itself (added with f(E0)), 0 if none
     */
    public static TrackLengthQuadrature of(DoubleUnaryOperator spectrum, double lo, double hi, double beamEnergy,
            double beamEndTrack) {
        if (!(hi > lo) || !(lo > 0)) {
            return new TrackLengthQuadrature(new double[0], new double[0]);
        }
        int panels = Math.max(1, (int) Math.ceil(Math.log(hi / lo) / Math.log(PANEL_RATIO)));
        double step = Math.log(hi / lo) / panels;
        double[] nodes = new double[panels * ORDER];
        double[] weights = new double[panels * ORDER];
        for (int p = 0; p < panels; p++) {
            double a = Math.log(lo) + p * step;
            double b = p == panels - 1 ? Math.log(hi) : a + step;
            double[] t = new double[ORDER];
            for (int i = 0; i < ORDER; i++) {
                t[i] = PANEL_RULE.node(i, a, b);
                nodes[p * ORDER + i] = Math.exp(t[i]);
            }
            boolean endsAtBeam = p == panels - 1 && hi >= beamEnergy * (1 - 1e-12);
            double[] w = endsAtBeam ? weightsTowardsBeam(spectrum, t, Math.exp(a), beamEnergy)
                    : weightsInLogEnergy(spectrum, t, a, b);
            if (endsAtBeam && beamEndTrack > 0) {
                for (int i = 0; i < ORDER; i++) {
                    w[i] += beamEndTrack * lagrange(t, i, Math.log(beamEnergy));
                }
            }
            System.arraycopy(w, 0, weights, p * ORDER, ORDER);
        }
        return new TrackLengthQuadrature(nodes, weights);
    }

    private static double[] weightsInLogEnergy(DoubleUnaryOperator spectrum, double[] t, double a, double b) {
        double[] w = new double[t.length];
        double h = (b - a) / FINE_PANELS;
        for (int p = 0; p < FINE_PANELS; p++) {
            double lo = a + p * h;
            double hi = lo + h;
            for (int k = 0; k < FINE.points(); k++) {
                double s = FINE.node(k, lo, hi);
                double e = Math.exp(s);
                double tw = FINE.weight(k, lo, hi) * e * spectrum.applyAsDouble(e);
                if (tw != 0) {
                    for (int i = 0; i < t.length; i++) {
                        w[i] += tw * lagrange(t, i, s);
                    }
                }
            }
        }
        return w;
    }

    /** E = E0 exp(-u), u = exp(v), v from ln(1e-15) to ln(ln(E0/a)): dE = E u dv. */
    private static double[] weightsTowardsBeam(DoubleUnaryOperator spectrum, double[] t, double a, double beamEnergy) {
        double[] w = new double[t.length];
        double vLo = Math.log(BEAM_END_U);
        double vHi = Math.log(Math.log(beamEnergy / a));
        double h = (vHi - vLo) / FINE_PANELS;
        for (int p = 0; p < FINE_PANELS; p++) {
            double lo = vLo + p * h;
            double hi = lo + h;
            for (int k = 0; k < FINE.points(); k++) {
                double u = Math.exp(FINE.node(k, lo, hi));
                double e = beamEnergy * Math.exp(-u);
                double tw = FINE.weight(k, lo, hi) * e * u * spectrum.applyAsDouble(e);
                if (tw != 0) {
                    double s = Math.log(beamEnergy) - u;
                    for (int i = 0; i < t.length; i++) {
                        w[i] += tw * lagrange(t, i, s);
                    }
                }
            }
        }
        return w;
    }

    private static double lagrange(double[] t, int i, double s) {
        double l = 1;
        for (int j = 0; j < t.length; j++) {
            if (j != i) {
                l *= (s - t[j]) / (t[i] - t[j]);
            }
        }
        return l;
    }

    public int size() {
        return nodes.length;
    }

    /** Node j [GeV]. */
    public double node(int j) {
        return nodes[j];
    }

    /** Weight j [cm]. */
    public double weight(int j) {
        return weights[j];
    }

    /** sum_j W_j f(E_j). */
    public double integrate(DoubleUnaryOperator f) {
        double sum = 0;
        for (int j = 0; j < nodes.length; j++) {
            sum += weights[j] * f.applyAsDouble(nodes[j]);
        }
        return sum;
    }
}
