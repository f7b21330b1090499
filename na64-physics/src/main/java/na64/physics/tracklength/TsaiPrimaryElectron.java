package na64.physics.tracklength;

import na64.core.Check;
import na64.core.GaussLegendre;
import org.hipparchus.special.Gamma;

/**
 * Track length of the primary electron (or positron) alone, from Tsai's approximate energy
 * distribution after traversing t radiation lengths (Tsai, Rev. Mod. Phys. 46 (1974) 815,
 * eq. 3.86; Bjorken et al., PRD 80 (2009) 075018, eq. A.4):
 *
 * <pre>  I(E0, E, t) = (1/E0) [ln(E0/E)]^(b t - 1) / Gamma(b t),  b = 4/3,</pre>
 *
 * i.e. ln(E0/E) is Gamma-distributed with shape b t. The differential track length in a target
 * of T radiation lengths is dT/dE = X0 integral_0^T I(E0, E, t) dt. No secondaries: this is the
 * lower bound of the yield (secondaries add ~10 % for E_X' > E0/2).
 *
 * <p>The t-integral is tabulated once on a grid in u = ln(E0/E) and interpolated. The formula
 * neglects ionisation, so it is only meaningful well above the critical energy; it is kept down
 * to E = E0 e^-20 and is 0 below. Within 1e-16 of E0 (below double precision) 0.02 X0 of
 * primary track length cannot be represented: negligible against a 40 X0 target.
 */
public final class TsaiPrimaryElectron implements TrackLengthSpectrum {
    private static final GaussLegendre SIXTEEN_POINTS = GaussLegendre.of(16);
    public static final double B = 4.0 / 3.0;
    private static final int GRID = 600;
    private static final double U_MAX = 20; // E/E0 = 2e-9

    private final double beamEnergy;
    private final double thicknessX0;
    private final double radiationLengthCm;
    private final boolean positronPrimary;
    private final double[] logU = new double[GRID];
    private final double[] integral = new double[GRID];

    /**
     * @param beamEnergy        E0 [GeV]
     * @param thicknessX0       target thickness in radiation lengths
     * @param radiationLengthCm X0 of the target material [cm]
     * @param positronPrimary   true for a positron beam (the spectrum is then the positron's)
     */
    public TsaiPrimaryElectron(double beamEnergy, double thicknessX0, double radiationLengthCm, boolean positronPrimary) {
        this.beamEnergy = Check.positive("beam energy", beamEnergy);
        this.thicknessX0 = Check.positive("target thickness [X0]", thicknessX0);
        this.radiationLengthCm = Check.positive("radiation length", radiationLengthCm);
        this.positronPrimary = positronPrimary;
        double logMin = Math.log(1e-9);
        double logMax = Math.log(U_MAX);
        for (int i = 0; i < GRID; i++) {
            logU[i] = logMin + (logMax - logMin) * i / (GRID - 1);
            integral[i] = integrateOverDepth(Math.exp(logU[i]), B * thicknessX0);
        }
    }

    /**
     * integral_0^{bT} ds u^(s-1)/Gamma(s), divided by b (ds = b dt). Composite Gauss-Legendre on
     * segments that are fine near s = 0, where the integrand is concentrated when u is small.
     */
    static double integrateOverDepth(double u, double sMax) {
        double lnU = Math.log(u);
        double sum = 0;
        double lo = 0;
        double hi = Math.min(sMax, 1e-3);
        while (lo < sMax) {
            sum += SIXTEEN_POINTS.integrate(s -> Math.exp((s - 1) * lnU - Gamma.logGamma(s)), lo, hi);
            lo = hi;
            hi = Math.min(sMax, hi * 2);
        }
        return sum / B;
    }

    /**
     * The depth integral for u = ln(E0/E) -&gt; 0, where the primary has barely radiated: with
     * 1/Gamma(s) = s + gamma s^2 + O(s^3) and L = -ln u, integral_0^inf ds u^(s-1)/Gamma(s)
     * = (1/u) (1/L^2 + 2 gamma/L^3) + O(1/(u L^4)). Used below u = 1e-9.
     */
    static double nearBeamEnergy(double u) {
        double l = -Math.log(u);
        return (1 / (l * l) + 2 * 0.5772156649015329 / (l * l * l)) / (u * B);
    }

    /** dT/dE of the primary [cm/GeV] at energy E. */
    public double primary(double energy) {
        if (!(energy > 0) || energy >= beamEnergy) {
            return 0;
        }
        double u = Math.log(beamEnergy / energy);
        if (u > U_MAX) {
            return 0;
        }
        double x = Math.log(u);
        double value;
        if (x <= logU[0]) {
            value = nearBeamEnergy(u);
        } else {
            double pos = (x - logU[0]) / (logU[1] - logU[0]);
            int i = Math.min((int) pos, GRID - 2);
            double f = pos - i;
            // interpolate log(value): the integral varies over many decades near E0
            value = Math.exp((1 - f) * Math.log(integral[i]) + f * Math.log(integral[i + 1]));
        }
        return radiationLengthCm * value / beamEnergy;
    }

    @Override
    public double electron(double energy) {
        return positronPrimary ? 0 : primary(energy);
    }

    @Override
    public double positron(double energy) {
        return positronPrimary ? primary(energy) : 0;
    }

    @Override
    public double photon(double energy) {
        return 0;
    }

    /**
     * The primary's track within u = ln(E0/E) &lt; 1e-15 of the beam energy, from the asymptotic form
     * of {@link #nearBeamEnergy}: X0 integral_0^u0 du (1/(b u)) (1/L^2 + 2 gamma/L^3) = (X0/b) (1/L0 + gamma/L0^2),
     * L0 = -ln u0 (about 0.02 X0 for a thick target).
     */
    @Override
    public double trackAtBeamEnergy() {
        double l = -Math.log(BEAM_END);
        return radiationLengthCm / B * (1 / l + 0.5772156649015329 / (l * l));
    }

    /** u = ln(E0/E) below which E cannot be told from E0 in double precision. */
    public static final double BEAM_END = 1e-15;

    @Override
    public double maxEnergy() {
        return beamEnergy;
    }

    @Override
    public double minEnergy() {
        return beamEnergy * Math.exp(-U_MAX);
    }

    @Override
    public String description() {
        return String.format(java.util.Locale.ROOT, "primary %s only (Tsai), %.0f GeV, %.1f X0",
                positronPrimary ? "positron" : "electron", beamEnergy, thicknessX0);
    }
}
