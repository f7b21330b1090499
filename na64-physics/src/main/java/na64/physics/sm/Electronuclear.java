package na64.physics.sm;

import static na64.physics.PhysicalConstants.ALPHA;
import static na64.physics.PhysicalConstants.RHO_MASS;

import java.util.random.RandomGenerator;
import na64.core.Check;
import na64.core.GaussLegendre;
import na64.physics.Lepton;
import na64.physics.material.Element;
import na64.physics.material.Material;

/**
 * Lepton-nuclear interactions l A -> l X through the exchange of a virtual photon, in the
 * equivalent-photon approximation: the lepton of energy E carries a flux of quasi-real photons,
 * and each photon of energy nu = y E is absorbed with the real-photon cross section of
 * {@link Photonuclear},
 * <pre>
 *   sigma_lA(E) = int dy f(y) sigma_gammaA(y E),
 *   f(y) = alpha / (pi y) [ (1 - y + y^2/2) ln(Q2max / Q2min) - (1 - y) (1 - Q2min / Q2max) ],
 *   Q2min = m^2 y^2 / (1 - y),
 * </pre>
 * the photon flux of a lepton of mass m (Budnev, Ginzburg, Meledin, Serbo, Phys. Rep. 15 (1975) 181,
 * eq. (D.4); PDG Review, "Cross-section formulae", two-photon processes). The virtuality is cut at
 * Q2max = m_rho^2: above it the hadronic absorption of a virtual photon falls as
 * (1 + Q2/m_rho^2)^-2 (vector-meson dominance; Bauer, Spital, Yennie, Pipkin, Rev. Mod. Phys. 50
 * (1978) 261). With the muon mass the same flux gives the photonuclear energy loss of muons,
 * b_nucl = (N_A/A) int dy y f(y) sigma_gammaA(y E), which is what tests it against the muon tables.
 * The lepton keeps E - nu and its direction (its transverse kick, sqrt(Q2) < m_rho, is neglected).
 */
public final class Electronuclear {
    private static final double Q2_MAX = RHO_MASS * RHO_MASS;
    private static final GaussLegendre RULE = GaussLegendre.of(32);
    /** panels in ln(nu): the flux has a log edge at y_max and the photon cross section a threshold */
    private static final int PANELS = 8;
    /** grid of the rejection envelope in ln(nu) */
    private static final int ENVELOPE_POINTS = 96;

    private final Photonuclear photon;
    private final double mass;

    private Electronuclear(Element element, Lepton lepton) {
        this.photon = Photonuclear.of(element);
        this.mass = lepton.mass();
    }

    /** Virtual-photon absorption on one nucleus of {@code element} by a lepton. */
    public static Electronuclear of(Element element, Lepton lepton) {
        return new Electronuclear(element, lepton);
    }

    /** Inverse mean free path [1/cm] of an electron or positron of energy E [GeV] for electronuclear interactions in a material. */
    public static double inverseMeanFreePath(Material material, double energy) {
        return material.macroscopic(e -> of(e, Lepton.ELECTRON).sigma(energy));
    }

    /** Equivalent photons per unit y = nu/E, f(y) above; 0 where Q2min reaches Q2max. */
    public double flux(double y) {
        if (!(y > 0 && y < 1)) {
            return 0;
        }
        double q2min = mass * mass * y * y / (1 - y);
        if (q2min >= Q2_MAX) {
            return 0;
        }
        return ALPHA / (Math.PI * y) * ((1 - y + 0.5 * y * y) * Math.log(Q2_MAX / q2min) - (1 - y) * (1 - q2min / Q2_MAX));
    }

    /** The largest y with a photon flux: m^2 y^2 / (1 - y) = Q2max. */
    public double maxFraction() {
        double r = Q2_MAX / (mass * mass);
        // the root of y^2 + r y - r = 0, in the form without cancellation for large r (electrons: r ~ 2e6)
        return 2 * r / (r + Math.sqrt(r * r + 4 * r));
    }

    /** Cross section per atom [pb] for a lepton of energy E [GeV]. */
    public double sigma(double energy) {
        return integral(energy, Photonuclear.threshold(), false);
    }

    /** Cross section per atom [pb] for transfers nu above {@code nuMin} [GeV] (the part a bias in energy forces). */
    public double sigmaAbove(double energy, double nuMin) {
        return integral(energy, Math.max(nuMin, Photonuclear.threshold()), false);
    }

    /**
     * The mean energy transfer per unit length over E, int dy y f(y) sigma(y E) [pb per atom]: times
     * the atoms per gram it is the b_nucl of the muon tables.
     */
    public double energyLossSigma(double energy) {
        return integral(energy, Photonuclear.threshold(), true);
    }

    private double integral(double energy, double lo, boolean weightedByY) {
        Check.positive("lepton energy [GeV]", energy);
        double hi = energy * maxFraction();
        if (!(hi > lo)) {
            return 0;
        }
        // in t = ln nu: dy = nu dt / E
        return RULE.integrate(t -> {
            double nu = Math.exp(t);
            double y = nu / energy;
            return (weightedByY ? y : 1) * y * flux(y) * photon.sigma(nu);
        }, Math.log(lo), Math.log(hi), PANELS);
    }

    /**
     * Draws the energy nu [GeV] the lepton of energy E gives to the nucleus, from y f(y) sigma(y E)
     * in ln nu, by rejection under the maximum of a grid (raised by a margin for the points between).
     */
    public double sampleTransfer(double energy, RandomGenerator rng) {
        return sampleTransfer(energy, Photonuclear.threshold(), rng);
    }

    /** The same restricted to nu above {@code nuMin} [GeV] (the density of {@link #sigmaAbove}). */
    public double sampleTransfer(double energy, double nuMin, RandomGenerator rng) {
        double lo = Math.log(Math.max(nuMin, Photonuclear.threshold()));
        double hi = Math.log(energy * maxFraction());
        if (!(hi > lo)) {
            throw new IllegalArgumentException("a lepton of " + energy + " GeV cannot produce hadrons");
        }
        double max = 0;
        for (int i = 0; i <= ENVELOPE_POINTS; i++) {
            max = Math.max(max, density(lo + (hi - lo) * i / ENVELOPE_POINTS, energy));
        }
        double bound = 1.2 * max;
        while (true) {
            double t = lo + (hi - lo) * rng.nextDouble();
            double d = density(t, energy);
            if (d > bound) {
                throw new IllegalStateException("rejection envelope too low at nu = " + Math.exp(t) + " GeV, E = " + energy);
            }
            if (rng.nextDouble() * bound < d) {
                return Math.exp(t);
            }
        }
    }

    /** The density of ln nu, y f(y) sigma_gammaA(nu) (unnormalised). */
    private double density(double t, double energy) {
        double nu = Math.exp(t);
        double y = nu / energy;
        return y * flux(y) * photon.sigma(nu);
    }
}
