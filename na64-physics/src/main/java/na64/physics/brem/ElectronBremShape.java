package na64.physics.brem;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import na64.core.GaussLegendre;
import na64.physics.Mediator;
import na64.physics.material.Element;

/**
 * The shape of dark bremsstrahlung off e-/e+ for one mediator, mass and target element, at any parent
 * energy: dsigma/dx up to normalisation, the conditional angular density, and an exact sampler.
 *
 * <p>Above 1 MeV the shape is the IWW kernel s(x) of {@link BremKernel}; below, DMG4's ETL table
 * ({@link EtlBelowOneMeV}, defined for x >= 0.01). The angular distribution is the IWW one of
 * {@link BremKernel} for every mass, truncated at theta = pi/2.
 *
 * <p>Sampling x: rejection from a piecewise-constant envelope built once for all energies. Above 1 MeV, in
 * y = ln(1 - x + delta), delta = (ml/m)^2, the density s(x) e^y is smooth and bounded by the energy-free
 * function (c0/U0 - c1/(6 U0^2)) e^y, whose maximum on each of 256 cells (9 points per cell, + 5 %) is the
 * envelope; at energy E0 the envelope is restricted to [x_min(E0), x_max(E0)] and the acceptance is
 * s(x; E0) e^y / envelope. Below 1 MeV the envelope cells are the table's x intervals with the larger end
 * value (exact for a piecewise-linear shape). Sampling theta given x: in w = 1/U the density is the quadratic
 * K(w) of {@link BremKernel}, sampled by rejection under its maximum (efficiency >= 1/2).
 */
final class ElectronBremShape implements EmissionSampler {
    private static final GaussLegendre EIGHT_POINTS = GaussLegendre.of(8);
    /** The largest polar angle of the mediator kept [rad] (the small-angle IWW form is cut there). */
    static final double MAX_ANGLE = Math.PI / 2;
    private static final int CELLS = 256;
    private static final int POINTS_PER_CELL = 9;
    private static final double SAFETY = 1.05;
    /** The x range of DMG4's shape tables below 1 MeV. */
    static final double TABLE_MIN_X = 0.01;
    static final double TABLE_MAX_X = 0.99999;

    private final Mediator mediator;
    private final double mass;
    private final double leptonMass;
    private final Element target;
    private final double delta;
    private final double[] tableX;     // null above 1 MeV
    private final double[] tableShape; // null above 1 MeV
    private final StepEnvelope envelope;

    ElectronBremShape(Mediator mediator, double mass, double leptonMass, Element target) {
        this.mediator = mediator;
        this.mass = mass;
        this.leptonMass = leptonMass;
        this.target = target;
        this.delta = (leptonMass / mass) * (leptonMass / mass);
        if (mass <= EtlBelowOneMeV.MAX_MASS) {
            EtlBelowOneMeV tables = EtlBelowOneMeV.dmg4();
            this.tableX = tables.shapeNodes();
            this.tableShape = tables.shapeAt(mediator, mass);
            double[] heights = new double[tableX.length - 1];
            for (int i = 0; i < heights.length; i++) {
                heights[i] = Math.max(tableShape[i], tableShape[i + 1]);
            }
            this.envelope = new StepEnvelope(tableX, heights);
        } else {
            this.tableX = null;
            this.tableShape = null;
            this.envelope = kernelEnvelope();
        }
    }

    boolean tabulated() {
        return tableX != null;
    }

    /** The x range of the shape at energy e0 (empty when lo >= hi). */
    double xLow(double e0) {
        EmissionRange range = EmissionRange.of(mass, leptonMass, e0, target);
        return tabulated() ? Math.max(range.xMin(), TABLE_MIN_X) : range.xMin();
    }

    double xHigh(double e0) {
        EmissionRange range = EmissionRange.of(mass, leptonMass, e0, target);
        return tabulated() ? Math.min(range.xMax(), TABLE_MAX_X) : range.xMax();
    }

    /** dsigma/dx at energy e0 up to a constant (the same constant for all x and e0 of this shape). */
    double density(double x, double e0) {
        if (tabulated()) {
            return table(x);
        }
        return BremKernel.spectrum(mediator, x, mass, leptonMass, e0);
    }

    /** integral of {@link #density} over [lo, hi]. */
    double integral(double lo, double hi, double e0) {
        if (!(hi > lo)) {
            return 0;
        }
        if (tabulated()) {
            double sum = 0;
            for (int i = 0; i < tableX.length - 1; i++) {
                double a = Math.max(lo, tableX[i]);
                double b = Math.min(hi, tableX[i + 1]);
                if (b > a) {
                    sum += 0.5 * (b - a) * (table(a) + table(b));
                }
            }
            return sum;
        }
        // in y = ln(1 - x + delta): dx = e^y dy
        double yLo = y(hi);
        double yHi = y(lo);
        return EIGHT_POINTS.integrate(yy -> {
            double x = x(yy);
            return x > 0 ? BremKernel.spectrum(mediator, x, mass, leptonMass, e0) * Math.exp(yy) : 0;
        }, yLo, yHi, 64);
    }

    @Override
    public Emission sample(double e0, RandomGenerator rng) {
        double lo = xLow(e0);
        double hi = xHigh(e0);
        if (!(hi > lo)) {
            throw new IllegalArgumentException("no emission: E0 = " + e0 + " GeV is below the threshold for m = " + mass + " GeV");
        }
        double x = sampleX(lo, hi, e0, rng);
        return new Emission(x, sampleTheta(x, e0, rng));
    }

    private double sampleX(double lo, double hi, double e0, RandomGenerator rng) {
        if (tabulated()) {
            while (true) {
                double x = envelope.sample(lo, hi, rng);
                if (rng.nextDouble() * envelope.height(x) <= table(x)) {
                    return x;
                }
            }
        }
        double yLo = y(hi);
        double yHi = y(lo);
        while (true) {
            double yy = envelope.sample(yLo, yHi, rng);
            double x = x(yy);
            if (x <= lo || x >= hi) {
                continue;
            }
            double accept = BremKernel.spectrum(mediator, x, mass, leptonMass, e0) * Math.exp(yy);
            if (rng.nextDouble() * envelope.height(yy) <= accept) {
                return x;
            }
        }
    }

    /** theta given x, from the IWW angular kernel on [0, MAX_ANGLE]. */
    double sampleTheta(double x, double e0, RandomGenerator rng) {
        double u0 = BremKernel.u0(x, mass, leptonMass);
        double c0 = BremKernel.c0(mediator, x, mass, leptonMass);
        double c1 = BremKernel.c1(mediator, x, mass, leptonMass);
        double scale = x * e0 * e0;
        double wHigh = 1 / u0;
        double wLow = 1 / (u0 + scale * MAX_ANGLE * MAX_ANGLE);
        double kMax = Math.max(BremKernel.kernel(c0, c1, u0, wLow), BremKernel.kernel(c0, c1, u0, wHigh));
        double vertex = 0.5 / u0;
        if (vertex > wLow && vertex < wHigh) {
            kMax = Math.max(kMax, BremKernel.kernel(c0, c1, u0, vertex));
        }
        while (true) {
            double w = wLow + rng.nextDouble() * (wHigh - wLow);
            if (rng.nextDouble() * kMax <= BremKernel.kernel(c0, c1, u0, w)) {
                return Math.sqrt(Math.max(0, 1 / w - u0) / scale);
            }
        }
    }

    /** The conditional density of theta given x [1/rad], normalised on [0, MAX_ANGLE]. */
    double angularDensity(double x, double theta, double e0) {
        if (!(theta >= 0) || theta > MAX_ANGLE) {
            return 0;
        }
        double u0 = BremKernel.u0(x, mass, leptonMass);
        double c0 = BremKernel.c0(mediator, x, mass, leptonMass);
        double c1 = BremKernel.c1(mediator, x, mass, leptonMass);
        double scale = x * e0 * e0;
        double wHigh = 1 / u0;
        double wLow = 1 / (u0 + scale * MAX_ANGLE * MAX_ANGLE);
        double norm = BremKernel.kernelIntegral(c0, c1, u0, wHigh) - BremKernel.kernelIntegral(c0, c1, u0, wLow);
        double w = 1 / (u0 + scale * theta * theta);
        // dU/dtheta = 2 x E0^2 theta and dw = dU/U^2
        return BremKernel.kernel(c0, c1, u0, w) * w * w * 2 * scale * theta / norm;
    }

    private double table(double x) {
        if (x < tableX[0] || x > tableX[tableX.length - 1]) {
            return 0;
        }
        int i = Arrays.binarySearch(tableX, x);
        if (i >= 0) {
            return tableShape[i];
        }
        i = -i - 2;
        double u = (x - tableX[i]) / (tableX[i + 1] - tableX[i]);
        return (1 - u) * tableShape[i] + u * tableShape[i + 1];
    }

    private double y(double x) {
        return Math.log(1 - x + delta);
    }

    private double x(double y) {
        return 1 + delta - Math.exp(y);
    }

    private StepEnvelope kernelEnvelope() {
        double lo = Math.log(delta);       // x = 1
        double hi = Math.log(1 + delta);   // x = 0
        double[] edges = new double[CELLS + 1];
        for (int i = 0; i <= CELLS; i++) {
            edges[i] = lo + (hi - lo) * i / CELLS;
        }
        double[] heights = new double[CELLS];
        for (int i = 0; i < CELLS; i++) {
            double max = 0;
            for (int k = 0; k < POINTS_PER_CELL; k++) {
                double yy = edges[i] + (edges[i + 1] - edges[i]) * k / (POINTS_PER_CELL - 1);
                double x = Math.min(Math.max(x(yy), 1e-12), 1.0);
                max = Math.max(max, BremKernel.spectrumBound(mediator, x, mass, leptonMass) * Math.exp(yy));
            }
            heights[i] = SAFETY * max;
        }
        return new StepEnvelope(edges, heights);
    }

    /** The envelope height at x divided by the e0-free bound there (>= 1 where the envelope holds), for tests. */
    double envelopeMargin(double x) {
        if (tabulated()) {
            double t = table(x);
            return t > 0 ? envelope.height(x) / t : Double.POSITIVE_INFINITY;
        }
        double yy = y(x);
        return envelope.height(yy) / (BremKernel.spectrumBound(mediator, x, mass, leptonMass) * Math.exp(yy));
    }
}
