package na64.physics.brem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import na64.core.Check;
import na64.core.GaussLegendre;
import na64.core.InputException;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import na64.physics.material.Element;

/**
 * Dark bremsstrahlung mu Z -> mu Z X of a vector (A', Z' of L_mu - L_tau) or scalar mediator by muons, in the
 * full Weizsaecker-Williams approximation (no K-factor: WW agrees with ETL to 1-2 % for muons; Kirpichnikov,
 * Sieber, Bueno, Crivelli, Kirsanov, PRD 104 (2021) 076012; DMG4 DarkZ and DarkMuPhilicScalars):
 * <pre>
 *   d2sigma/(dx dtheta) = 2 eps^2 alpha^3 E0^2 sin(theta) sqrt(x^2 - m^2/E0^2) (1 - x)/u~^2 A2 chi(tmin, tmax),
 *   u~ = -x E0^2 theta^2 - m^2 (1 - x)/x - m_mu^2 x,  tmin = u~^2/(4 E0^2 (1 - x)^2),  tmax = m^2 + m_mu^2,
 *   A2 = (3 c_X/(1 - x)) K(w), w = -1/u~  (V: 2(2 - 2x + x^2)/(1 - x) + 4 (m^2 + 2 m_mu^2)(u~ x + m^2 (1 - x) + m_mu^2 x^2)/u~^2;
 *                                          S: x^2/(1 - x) + 2 (m^2 - 4 m_mu^2)(u~ x + ...)/u~^2),
 * </pre>
 * chi the elastic flux of {@link TsaiFlux}, theta from 0 to 0.3 rad (DMG4's ThetaMax) and x from m/E0 to
 * {@link EmissionRange#xMax()}. DMG4's scalar class integrates chi up to tmax = E0^2 instead; na64 uses
 * m^2 + m_mu^2 for both mediators (chi is saturated there: the difference is below 1 % for m >= 1 MeV).
 *
 * <p>Integration: x through xi = ln(x/(1 - x)) (16 panels x 8-point Gauss-Legendre), theta through
 * w = -1/u~ = 1/U, in which sin(theta) dtheta/u~^2 = sinc(theta) dw/(2 x E0^2) and the integrand is the smooth
 * sinc K(w) chi(w) (24-point Gauss-Legendre); w stops where tmin reaches tmax (chi = 0). Accuracy ~1e-4;
 * about 3000 integrand evaluations (~0.3 ms) per total.
 */
public final class MuonDarkBrem implements DarkBrem {
    private static final GaussLegendre EIGHT_POINTS = GaussLegendre.of(8);
    private static final GaussLegendre TWENTY_FOUR_POINTS = GaussLegendre.of(24);
    /** Largest polar angle of the mediator [rad] (DMG4 DarkZ ThetaMax). */
    public static final double MAX_ANGLE = 0.3;
    private static final int X_PANELS = 16;
    /** Relative energy step of the grid on which {@link #sampler} caches spectra. */
    static final double SAMPLER_ENERGY_STEP = 0.0025;

    private final Mediator mediator;
    private final double leptonMass;
    private final Lepton lepton;

    public MuonDarkBrem(Mediator mediator, Lepton lepton) {
        if (lepton.isElectronLike()) {
            throw new IllegalArgumentException("MuonDarkBrem is for muons, not " + lepton);
        }
        if (mediator != Mediator.VECTOR && mediator != Mediator.SCALAR) {
            throw new InputException("mediator", "mediator '" + mediator + "' is not implemented for " + lepton
                    + " dark bremsstrahlung; allowed: vector, scalar");
        }
        this.mediator = mediator;
        this.lepton = lepton;
        this.leptonMass = lepton.mass();
    }

    @Override
    public Mediator mediator() {
        return mediator;
    }

    @Override
    public Approximation approximation() {
        return Approximation.WW;
    }

    @Override
    public BremTotal total(Element target, double mass, double e0, double epsilon) {
        checkInputs(mass, e0, epsilon);
        if (!EmissionRange.of(mass, leptonMass, e0, target).open()) {
            return BremTotal.zero(Approximation.WW, String.format(Locale.ROOT,
                    "below threshold: E0 = %g GeV, emission of m = %g GeV by %s needs E0 > %.6g GeV; sigma = 0",
                    e0, mass, lepton, EmissionRange.threshold(mass, leptonMass, target)));
        }
        return new BremTotal(epsilon * epsilon * totalAtUnitCoupling(target, mass, e0), Approximation.WW, Double.NaN, List.of());
    }

    @Override
    public DarkBremSpectrum spectrum(Element target, double mass, double e0, double epsilon) {
        checkInputs(mass, e0, epsilon);
        return new MuonSpectrum(new Integrand(TsaiFlux.of(target), mass, e0, EmissionRange.of(mass, leptonMass, e0, target)), epsilon);
    }

    /**
     * A sampler for any parent energy: (x, theta) are drawn from the spectrum at the largest energy of a
     * logarithmic grid (steps of 0.25 %) not above E0, built on first use and cached by this sampler (so the
     * mediator never gets more than the available energy). The shape changes by far less than the statistical
     * precision of any simulation over one step.
     */
    @Override
    public EmissionSampler sampler(Element target, double mass) {
        Check.positive("mass", mass);
        TsaiFlux flux = TsaiFlux.of(target);
        Map<Integer, MuonSpectrum> cache = new ConcurrentHashMap<>();
        double logStep = Math.log1p(SAMPLER_ENERGY_STEP);
        return (e0, rng) -> {
            int k = (int) Math.floor(Math.log(e0) / logStep);
            double node = Math.exp(k * logStep);
            EmissionRange range = EmissionRange.of(mass, leptonMass, node, target);
            if (!range.open()) {
                EmissionRange exact = EmissionRange.of(mass, leptonMass, e0, target);
                if (!exact.open()) {
                    throw new IllegalArgumentException("no emission: E0 = " + e0 + " GeV is below the threshold for m = " + mass + " GeV");
                }
                return new MuonSpectrum(new Integrand(flux, mass, e0, exact), 1).sample(rng);
            }
            return cache.computeIfAbsent(k, key -> new MuonSpectrum(new Integrand(flux, mass, node, range), 1)).sample(rng);
        };
    }

    private void checkInputs(double mass, double e0, double epsilon) {
        Check.positive("mass", mass);
        Check.positive("energy", e0);
        Check.positive("epsilon", epsilon);
    }

    private double totalAtUnitCoupling(Element target, double mass, double e0) {
        Integrand f = new Integrand(TsaiFlux.of(target), mass, e0, EmissionRange.of(mass, leptonMass, e0, target));
        return EIGHT_POINTS.integrate(f::dSigmaDXi, f.xiMin(), f.xiMax(), X_PANELS);
    }

    /** The WW cross section at eps = 1 for one target, mass and energy. */
    final class Integrand {
        private final TsaiFlux flux;
        private final double mass;
        private final double e0;
        private final EmissionRange range;
        private final double tmax;
        private final double prefactor;

        Integrand(TsaiFlux flux, double mass, double e0, EmissionRange range) {
            this.flux = flux;
            this.mass = mass;
            this.e0 = e0;
            this.range = range;
            this.tmax = mass * mass + leptonMass * leptonMass;
            double alpha3 = PhysicalConstants.ALPHA * PhysicalConstants.ALPHA * PhysicalConstants.ALPHA;
            this.prefactor = PhysicalConstants.GEV2_PB * 3 * BremKernel.iwwCoefficient(mediator) * alpha3;
        }

        EmissionRange range() {
            return range;
        }

        double e0() {
            return e0;
        }

        double xiMin() {
            return Math.log(range.xMin() / (1 - range.xMin()));
        }

        double xiMax() {
            return Math.log(range.xMax() / (1 - range.xMax()));
        }

        /** dsigma/dxi = x (1 - x) dsigma/dx [pb]. */
        double dSigmaDXi(double xi) {
            double x = 1 / (1 + Math.exp(-xi));
            double oneMinusX = 1 / (1 + Math.exp(xi));
            return x * oneMinusX * dSigmaDx(x, oneMinusX);
        }

        /** dsigma/dx [pb] = 3 c_X alpha^3 (p/(x E0)) integral dw sinc(theta) K(w) chi(w). */
        double dSigmaDx(double x, double oneMinusX) {
            if (!(x > range.xMin() && x < range.xMax())) {
                return 0;
            }
            Angles a = angles(x, oneMinusX);
            if (!(a.wHigh > a.wLow)) {
                return 0;
            }
            GaussLegendre rule = TWENTY_FOUR_POINTS;
            double sum = 0;
            for (int i = 0; i < rule.points(); i++) {
                double w = rule.node(i, a.wLow, a.wHigh);
                sum += rule.weight(i, a.wLow, a.wHigh) * angularIntegrand(a, w);
            }
            return prefactor * BremKernel.momentumFraction(x, mass, e0) / x * sum;
        }

        /** Whether x lies in the range and has angles with chi > 0. */
        boolean emits(double x, double oneMinusX) {
            if (!(x > range.xMin() && x < range.xMax())) {
                return false;
            }
            Angles a = angles(x, oneMinusX);
            return a.wHigh > a.wLow;
        }

        /** d2sigma/(dx dtheta) [pb/rad] at eps = 1. */
        double d2SigmaDxDtheta(double x, double theta) {
            if (!(x > range.xMin() && x < range.xMax()) || !(theta >= 0 && theta <= MAX_ANGLE)) {
                return 0;
            }
            Angles a = angles(x, 1 - x);
            double w = 1 / (a.u0 + x * e0 * e0 * theta * theta);
            if (w < a.wLow) {
                return 0;
            }
            double k = BremKernel.kernel(a.c0, a.c1, a.u0, w);
            double chi = flux.elastic(tmin(w, a.oneMinusX), tmax);
            // 2 E0^2 sin(theta) p/E0 w^2 3 c_X K chi; prefactor holds GeV^-2 -> pb, 3 c_X and alpha^3
            return prefactor * 2 * e0 * e0 * Math.sin(theta) * BremKernel.momentumFraction(x, mass, e0) * w * w * k * chi;
        }

        /** sinc(theta(w)) K(w) chi(w): the integrand in w. */
        double angularIntegrand(Angles a, double w) {
            double theta = a.theta(w);
            double sinc = theta > 1e-8 ? Math.sin(theta) / theta : 1;
            return sinc * BremKernel.kernel(a.c0, a.c1, a.u0, w) * flux.elastic(tmin(w, a.oneMinusX), tmax);
        }

        /** The largest value of K(w) chi(w) on [wLow, wHigh] (chi grows with w; sinc <= 1). */
        double angularBound(Angles a) {
            double kMax = Math.max(BremKernel.kernel(a.c0, a.c1, a.u0, a.wLow), BremKernel.kernel(a.c0, a.c1, a.u0, a.wHigh));
            double vertex = 0.5 / a.u0;
            if (vertex > a.wLow && vertex < a.wHigh) {
                kMax = Math.max(kMax, BremKernel.kernel(a.c0, a.c1, a.u0, vertex));
            }
            return kMax * flux.elastic(tmin(a.wHigh, a.oneMinusX), tmax);
        }

        /** theta given x by rejection in w under {@link #angularBound}. */
        double sampleTheta(double x, RandomGenerator rng) {
            Angles a = angles(x, 1 - x);
            double bound = angularBound(a);
            while (true) {
                double w = a.wLow + rng.nextDouble() * (a.wHigh - a.wLow);
                if (rng.nextDouble() * bound <= angularIntegrand(a, w)) {
                    return a.theta(w);
                }
            }
        }

        private double tmin(double w, double oneMinusX) {
            double q = 1 / (2 * e0 * oneMinusX * w);
            return q * q;
        }

        Angles angles(double x, double oneMinusX) {
            double u0 = BremKernel.u0(x, mass, leptonMass);
            double scale = x * e0 * e0;
            // U at theta = MAX_ANGLE, and where tmin = tmax (chi = 0 beyond)
            double uMax = Math.min(u0 + scale * MAX_ANGLE * MAX_ANGLE, 2 * e0 * oneMinusX * Math.sqrt(tmax));
            return new Angles(u0, scale, oneMinusX, BremKernel.c0(mediator, x, mass, leptonMass),
                    BremKernel.c1(mediator, x, mass, leptonMass), 1 / uMax, 1 / u0);
        }
    }

    /** The angular variables of one x: U0, x E0^2, 1 - x, the kernel coefficients and the w range. */
    record Angles(double u0, double scale, double oneMinusX, double c0, double c1, double wLow, double wHigh) {
        double theta(double w) {
            return Math.sqrt(Math.max(0, 1 / w - u0) / scale);
        }
    }
}
