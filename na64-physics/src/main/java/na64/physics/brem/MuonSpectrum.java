package na64.physics.brem;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import na64.core.GaussLegendre;

/**
 * {@link DarkBremSpectrum} of muons at one energy. dsigma/dx and d2sigma/(dx dtheta) are evaluated directly;
 * for sampling, dsigma/dxi (xi = ln(x/(1 - x))) is tabulated at 257 equidistant xi and x is drawn exactly from
 * its piecewise-linear interpolant (relative interpolation error < 1e-3), then theta given x by rejection.
 */
final class MuonSpectrum implements DarkBremSpectrum {
    private static final GaussLegendre EIGHT_POINTS = GaussLegendre.of(8);
    private static final int NODES = 257;

    private final MuonDarkBrem.Integrand integrand;
    private final double eps2;
    private final double totalPb;
    private final double xiMin;
    private final double step;
    private final double[] density;    // dsigma/dxi at the nodes (eps = 1)
    private final double[] cumulative; // trapezoid integral up to each node

    MuonSpectrum(MuonDarkBrem.Integrand integrand, double epsilon) {
        this.integrand = integrand;
        this.eps2 = epsilon * epsilon;
        if (!integrand.range().open()) {
            this.totalPb = 0;
            this.xiMin = 0;
            this.step = 0;
            this.density = new double[0];
            this.cumulative = new double[0];
            return;
        }
        this.xiMin = integrand.xiMin();
        this.step = (integrand.xiMax() - xiMin) / (NODES - 1);
        this.density = new double[NODES];
        this.cumulative = new double[NODES];
        for (int i = 0; i < NODES; i++) {
            density[i] = integrand.dSigmaDXi(xiMin + i * step);
            if (i > 0) {
                cumulative[i] = cumulative[i - 1] + 0.5 * step * (density[i - 1] + density[i]);
            }
        }
        this.totalPb = eps2 * EIGHT_POINTS.integrate(integrand::dSigmaDXi, xiMin, integrand.xiMax(), 16);
    }

    @Override
    public double totalPb() {
        return totalPb;
    }

    @Override
    public double xMin() {
        return integrand.range().xMin();
    }

    @Override
    public double xMax() {
        return integrand.range().xMax();
    }

    @Override
    public double dSigmaDx(double x) {
        return eps2 * integrand.dSigmaDx(x, 1 - x);
    }

    @Override
    public double d2SigmaDxDtheta(double x, double theta) {
        return eps2 * integrand.d2SigmaDxDtheta(x, theta);
    }

    @Override
    public Emission sample(RandomGenerator rng) {
        if (density.length == 0 || !(cumulative[NODES - 1] > 0)) {
            throw new IllegalArgumentException("no emission below threshold (E0 = " + integrand.e0() + " GeV)");
        }
        while (true) {
            double c = rng.nextDouble() * cumulative[NODES - 1];
            int i = Arrays.binarySearch(cumulative, c);
            i = i >= 0 ? Math.min(i, NODES - 2) : Math.min(Math.max(-i - 2, 0), NODES - 2);
            // inside the cell the density is linear, fa + (fb - fa) t: solve its cumulative for t in [0, 1]
            double fa = density[i];
            double fb = density[i + 1];
            double r = (c - cumulative[i]) / step;
            double denominator = fa + Math.sqrt(Math.max(0, fa * fa + 2 * (fb - fa) * r));
            double t = denominator > 0 ? Math.min(Math.max(2 * r / denominator, 0), 1) : 0.5;
            double xi = xiMin + (i + t) * step;
            double x = 1 / (1 + Math.exp(-xi));
            // the interpolant may reach slightly past the last x with angular phase space: draw again there
            if (integrand.emits(x, 1 / (1 + Math.exp(xi)))) {
                return new Emission(x, integrand.sampleTheta(x, rng));
            }
        }
    }
}
