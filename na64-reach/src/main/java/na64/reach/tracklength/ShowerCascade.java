package na64.reach.tracklength;

import na64.physics.tracklength.TrackLengthSpectrum;

import java.util.Locale;
import na64.core.Check;
import na64.core.GaussLegendre;

/**
 * Track lengths of electrons, positrons and photons of a whole electromagnetic shower, from a
 * numerical solution of the shower's cascade equations integrated over depth (an infinite
 * medium: the target contains the shower).
 *
 * <p>Physics: Rossi's approximation B (Rossi, High-Energy Particles (1952), ch. 5; Rossi &amp;
 * Greisen, Rev. Mod. Phys. 13 (1941) 240): bremsstrahlung and pair production with their
 * complete-screening cross sections per radiation length (PDG, "Passage of particles through
 * matter", eqs. 34.29 and 34.31),
 *
 * <pre>
 *   brem:  phi(y) dk = (dk/k) (4/3 - 4/3 y + y^2),             y = k/E
 *   pair:  psi(f) dE = (dE/k) (1 - 4/3 f (1 - f)),              f = E/k,  total 7/9
 * </pre>
 *
 * and a constant ionisation loss of E_c per radiation length for e+ and e- (approximation A when
 * E_c = 0). Compton scattering and the pair threshold are neglected, as in approximation B.
 * Integrated over depth, the density of track length per unit u = ln(E0/E), h(u) = E dT/dE,
 * obeys (lengths in X0)
 *
 * <pre>
 *   d/du [c(u) h_c] = beam delta(u) + S(u) + int_{w &gt; w_s} dw r(w) h_c(u - w) - R h_c(u),   c = e-, e+
 *   (7/9) h_gamma(u) = int_0^u du' (h_e-(u') + h_e+(u')) g(e^-(u - u'))
 *   S(u) = int_0^u du' h_gamma(u') f (1 - 4/3 f (1 - f)),   f = e^-(u - u')
 * </pre>
 *
 * with r(w) = e^-w phi(1 - e^-w) the rate of energy-loss jumps w = -ln(1 - v), R its integral
 * above w_s, c(u) = a + E_c e^u / E0 the drift of the soft emissions (w &lt; w_s = du/2,
 * a = int_0^w_s w r(w) dw) and of ionisation. The equations are marched from u = 0 (the beam
 * energy) downwards on cells of width du centred on u_i = i du (h constant in a cell); hard jumps
 * are lumped to the nearest whole number of cells.
 *
 * <p>Why: the analytic approximations (Rossi A/B) fix only the total e+- track length; they put
 * no positrons above E0/2, where resonant annihilation happens at 100 GeV, and too little
 * electron track near E0. This solution has the right charge split at every energy and the
 * primary's spectrum near E0 to within the grid step (1/2 % in energy). It does not know the
 * finite length and the lateral size of a real calorimeter, nor the sampling structure
 * (beyond its X0 and E_c): a shower-simulation table is better where that matters.
 */
public final class ShowerCascade implements TrackLengthSpectrum {
    private static final GaussLegendre SIXTEEN_POINTS = GaussLegendre.of(16);
    /** Total pair-production probability per radiation length, complete screening. */
    static final double PAIR_RATE = 7.0 / 9.0;
    /** Grid step in u = ln(E0/E). */
    static final double DEFAULT_STEP = 0.005;

    private final double beamEnergy;
    private final double radiationLengthCm;
    private final double ionisationLoss;
    private final boolean positronBeam;
    private final double step;
    private final double[] electrons;
    private final double[] positrons;
    private final double[] photons;

    private ShowerCascade(double beamEnergy, double radiationLengthCm, double ionisationLoss, boolean positronBeam,
            double step, double minEnergy) {
        this.beamEnergy = Check.positive("beam energy", beamEnergy);
        this.radiationLengthCm = Check.positive("radiation length", radiationLengthCm);
        this.ionisationLoss = Check.nonNegative("critical energy", ionisationLoss);
        this.positronBeam = positronBeam;
        this.step = step;
        int n = (int) Math.ceil(Math.log(beamEnergy / minEnergy) / step) + 1;
        this.electrons = new double[n];
        this.positrons = new double[n];
        this.photons = new double[n];
        solve();
    }

    /**
     * Approximation B: ionisation loss E_c [GeV] per radiation length. The grid goes down to
     * E_c/2000, so that the charged track length lost below it is about 1 % of the total.
     */
    public static ShowerCascade approximationB(double beamEnergy, double radiationLengthCm, double criticalEnergy,
            boolean positronBeam) {
        Check.positive("critical energy", criticalEnergy);
        return new ShowerCascade(beamEnergy, radiationLengthCm, criticalEnergy, positronBeam, DEFAULT_STEP,
                Math.min(criticalEnergy / 2000, beamEnergy * 1e-3));
    }

    /** Approximation A (no ionisation): spectra down to E0 e^-14 ~ 1e-6 E0. */
    public static ShowerCascade approximationA(double beamEnergy, double radiationLengthCm, boolean positronBeam) {
        return new ShowerCascade(beamEnergy, radiationLengthCm, 0, positronBeam, DEFAULT_STEP, beamEnergy * Math.exp(-14));
    }

    /** With a chosen grid step (for convergence tests). */
    static ShowerCascade withStep(double beamEnergy, double radiationLengthCm, double criticalEnergy, boolean positronBeam,
            double step, double minEnergy) {
        return new ShowerCascade(beamEnergy, radiationLengthCm, criticalEnergy, positronBeam, step, minEnergy);
    }

    /** Bremsstrahlung photon spectrum per radiation length, complete screening: k dsigma/dk in units of 1/X0. */
    static double bremShape(double y) {
        return 4.0 / 3.0 - 4.0 / 3.0 * y + y * y;
    }

    /** Pair spectrum per radiation length, complete screening: k dsigma/dE in units of 1/X0. */
    static double pairShape(double f) {
        return 1 - 4.0 / 3.0 * f * (1 - f);
    }

    /** Jump rate density in w = -ln(1 - v): r(w) = e^-w phi(1 - e^-w), phi(v) = bremShape(v)/v. */
    static double jumpRate(double w) {
        double v = -Math.expm1(-w);
        return Math.exp(-w) * bremShape(v) / v;
    }

    private void solve() {
        int n = electrons.length;
        double du = step;
        // hard jumps: lag j collects w in [(j - 1/2) du, (j + 1/2) du); softer ones are a drift
        double[] jump = new double[n];
        double hardRate = 0;
        for (int j = 1; j < n; j++) {
            jump[j] = SIXTEEN_POINTS.integrate(ShowerCascade::jumpRate, (j - 0.5) * du, (j + 0.5) * du);
            hardRate += jump[j];
        }
        // jumps beyond the grid leave it (the particle falls below the lowest energy)
        hardRate += SIXTEEN_POINTS.integrate(w -> jumpRate(w), (n - 0.5) * du, (n - 0.5) * du + 40);
        double softDrift = SIXTEEN_POINTS.integrate(w -> w * jumpRate(w), 0, 0.5 * du);
        double[] emit = new double[n];
        double[] convert = new double[n];
        for (int j = 0; j < n; j++) {
            emit[j] = bremShape(Math.exp(-j * du)) * du;
            double f = Math.exp(-j * du);
            convert[j] = f * pairShape(f) * du;
        }
        emit[0] *= 0.5;
        convert[0] *= 0.5;

        double[] drift = new double[n];
        for (int i = 0; i < n; i++) {
            drift[i] = softDrift + ionisationLoss / beamEnergy * Math.exp(i * du);
        }
        double previousFluxE = 0;
        double previousFluxP = 0;
        for (int i = 0; i < n; i++) {
            // everything from higher energies (grid points < i)
            double gainE = 0;
            double gainP = 0;
            for (int j = 1; j <= i; j++) {
                gainE += jump[j] * electrons[i - j];
                gainP += jump[j] * positrons[i - j];
            }
            double photonFromAbove = 0;
            double pairsFromAbove = 0;
            for (int j = 1; j <= i; j++) {
                photonFromAbove += emit[j] * (electrons[i - j] + positrons[i - j]);
                pairsFromAbove += convert[j] * photons[i - j];
            }
            double beamE = i == 0 && !positronBeam ? 1 : 0;
            double beamP = i == 0 && positronBeam ? 1 : 0;
            // same-cell terms couple h_e, h_p and h_gamma linearly:
            //   h_c = (X_c + du (P + convert0 h_gamma)) / D,  h_gamma = (A + emit0 (h_e + h_p)) / (7/9)
            double d = drift[i] + du * hardRate;
            double xE = previousFluxE + beamE + du * gainE;
            double xP = previousFluxP + beamP + du * gainP;
            double sum = (xE + xP + 2 * du * pairsFromAbove + 2 * du * convert[0] * photonFromAbove / PAIR_RATE)
                    / (d - 2 * du * convert[0] * emit[0] / PAIR_RATE);
            double gamma = (photonFromAbove + emit[0] * sum) / PAIR_RATE;
            electrons[i] = (xE + du * (pairsFromAbove + convert[0] * gamma)) / d;
            positrons[i] = (xP + du * (pairsFromAbove + convert[0] * gamma)) / d;
            photons[i] = gamma;
            previousFluxE = drift[i] * electrons[i];
            previousFluxP = drift[i] * positrons[i];
        }
    }

    /**
     * Grid point i holds the mean of h over the cell u in [(i - 1/2) du, (i + 1/2) du); the first
     * cell is only [0, du/2) and holds the track h_0 du of the particles that start at u = 0.
     */
    private double interpolate(double[] h, double energy) {
        if (!(energy > 0) || energy > beamEnergy) {
            return 0;
        }
        double pos = Math.log(beamEnergy / energy) / step;
        int i = (int) Math.floor(pos + 0.5);
        if (i >= h.length) {
            return 0;
        }
        double perUnitU = i == 0 ? 2 * h[0] : h[i];
        return perUnitU * radiationLengthCm / energy;
    }

    @Override
    public double electron(double energy) {
        return interpolate(electrons, energy);
    }

    @Override
    public double positron(double energy) {
        return interpolate(positrons, energy);
    }

    @Override
    public double photon(double energy) {
        return interpolate(photons, energy);
    }

    @Override
    public double maxEnergy() {
        return beamEnergy;
    }

    @Override
    public double minEnergy() {
        return beamEnergy * Math.exp(-(electrons.length - 0.5) * step);
    }

    /** Ionisation loss per radiation length [GeV] (0: approximation A). */
    public double ionisationLoss() {
        return ionisationLoss;
    }

    @Override
    public String description() {
        return ionisationLoss > 0
                ? String.format(Locale.ROOT, "cascade equations, approximation B (E_c = %.2f MeV), %.0f GeV %s",
                        ionisationLoss * 1e3, beamEnergy, positronBeam ? "e+" : "e-")
                : String.format(Locale.ROOT, "cascade equations, approximation A, %.0f GeV %s",
                        beamEnergy, positronBeam ? "e+" : "e-");
    }
}
