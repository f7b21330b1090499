package na64.sim.signal;

import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import na64.physics.ParticleType;

/**
 * A rare process of photons, or of electrons and positrons, inside the parameterised showers below
 * the cut, whose particles are not followed. The track length of such a shower of energy E is
 * Rossi's approximation A, T(k) dk = c X0 E dk / k^2 with c = 0.572 for photons and 0.437 for
 * e+ and e- together (B. Rossi, High-Energy Particles, Prentice-Hall 1952; the forms used for track
 * lengths in the PDG Review, "Passage of particles through matter"), and a shower started by a
 * photon adds the primary's own path to its conversion, 9/7 X0 (photon processes only). So the
 * expected number of occurrences, with Sigma(k) the process's macroscopic cross section [1/cm], is
 * <pre>
 *   mu_e(E)     = c X0 E int_{k0}^{E} Sigma(k) / k^2 dk               (e- or e+ shower)
 *   mu_gamma(E) = mu_e(E) + (9/7) X0 Sigma(E)                         (photon shower; + 0 for lepton processes)
 *   mu_soft(E)  = E (1/k_c) int_{k0}^{k_c} mu_gamma(k) / k dk         (soft radiation E of a track,
 *                                                                      photons spread evenly up to the cut k_c)
 * </pre>
 * and the energy of the photon or lepton that makes an occurrence is drawn from the same densities.
 * k0 = {@value #LOWEST} GeV lies below the thresholds of the processes (pion production 0.15 GeV,
 * muon pairs 0.21 GeV).
 * Approximation A overestimates the track length near E, where a shower has few photons, and
 * ignores the photons' absorption at low k; the test against explicit cascades bounds the error.
 * Immutable after construction.
 */
final class SubShowerTracks {
    static final double LOWEST = 0.1;
    private static final double PRIMARY_PHOTON_PATH = 9.0 / 7.0;
    private static final int NODES = 257;

    /** Which particles of the shower make the process, with c of approximation A for their track length. */
    private enum Carrier {
        PHOTONS(0.572), LEPTONS(0.437);

        final double rossiA;

        Carrier(double rossiA) {
            this.rossiA = rossiA;
        }
    }

    private final Carrier carrier;
    private final double x0;
    private final double lnLow;
    private final double lnStep;
    /** Sigma(k_j) [1/cm] */
    private final double[] sigma;
    /** int_{k0}^{k_j} Sigma(k)/k^2 dk */
    private final double[] secondary;
    /** int_{k0}^{k_j} Sigma(k)/k dk: the path of a shower's primary lepton (lepton processes only) */
    private final double[] primaryLepton;
    /** int_{k0}^{k_j} mu_gamma(k)/k dk */
    private final double[] soft;
    /** mu_soft(E) / E = (1/k_c) int_{k0}^{k_c} mu_gamma(k)/k dk */
    private final double softPerEnergy;

    /**
     * @param sigma macroscopic cross section [1/cm] at photon energy k [GeV] in the medium
     * @param x0    radiation length of the medium [cm]
     * @param cut   the simulation's cut in the medium [GeV]: the top of the parameterised showers
     */
    static SubShowerTracks photons(DoubleUnaryOperator sigma, double x0, double cut) {
        return new SubShowerTracks(Carrier.PHOTONS, sigma, x0, cut);
    }

    /** The same for a process of electrons and positrons, Sigma(E) at lepton energy E. */
    static SubShowerTracks leptons(DoubleUnaryOperator sigma, double x0, double cut) {
        return new SubShowerTracks(Carrier.LEPTONS, sigma, x0, cut);
    }

    private SubShowerTracks(Carrier carrier, DoubleUnaryOperator sigma, double x0, double cut) {
        this.carrier = carrier;
        this.x0 = x0;
        this.lnLow = Math.log(LOWEST);
        this.lnStep = cut > LOWEST ? (Math.log(cut) - lnLow) / (NODES - 1) : 0;
        this.sigma = new double[NODES];
        this.secondary = new double[NODES];
        this.primaryLepton = new double[NODES];
        this.soft = new double[NODES];
        if (lnStep == 0) {
            this.softPerEnergy = 0;
            return;
        }
        for (int j = 0; j < NODES; j++) {
            this.sigma[j] = sigma.applyAsDouble(energy(j));
        }
        // trapezoids in ln k: dk/k^2 = d(ln k)/k, dk/k = d(ln k)
        for (int j = 1; j < NODES; j++) {
            double a = this.sigma[j - 1] / energy(j - 1);
            double b = this.sigma[j] / energy(j);
            secondary[j] = secondary[j - 1] + 0.5 * (a + b) * lnStep;
            primaryLepton[j] = primaryLepton[j - 1] + 0.5 * (this.sigma[j - 1] + this.sigma[j]) * lnStep;
            soft[j] = soft[j - 1] + 0.5 * (photonNode(j - 1) + photonNode(j)) * lnStep;
        }
        this.softPerEnergy = soft[NODES - 1] / cut;
    }

    private double energy(int j) {
        return Math.exp(lnLow + j * lnStep);
    }

    /** mu_gamma at node j: the shower of a photon, with the primary photon's path for a photon process. */
    private double photonNode(int j) {
        return carrier.rossiA * x0 * energy(j) * secondary[j] + primaryPhotonPath(sigma[j]);
    }

    /** (9/7) X0 Sigma of the photon that starts a shower, for a photon process; 0 for a lepton process. */
    private double primaryPhotonPath(double sigmaAtTop) {
        return carrier == Carrier.PHOTONS ? PRIMARY_PHOTON_PATH * x0 * sigmaAtTop : 0;
    }

    /** Linear interpolation of a node table at ln k (0 below k0, the top value above the cut). */
    private double at(double[] table, double k) {
        if (lnStep == 0 || k <= LOWEST) {
            return 0;
        }
        double u = (Math.log(k) - lnLow) / lnStep;
        if (u >= NODES - 1) {
            return table[NODES - 1];
        }
        int i = (int) u;
        double w = u - i;
        return table[i] + w * (table[i + 1] - table[i]);
    }

    /** Expected occurrences in a parameterised shower of energy E started by {@code type}, or in soft radiation E. */
    double expected(ParticleType type, double energy, boolean softRadiation) {
        if (softRadiation) {
            return energy * softPerEnergy;
        }
        double secondaries = carrier.rossiA * x0 * energy * at(secondary, energy);
        if (type == ParticleType.PHOTON) {
            return secondaries + primaryPhotonPath(at(sigma, energy));
        }
        return carrier == Carrier.LEPTONS ? secondaries + x0 * at(primaryLepton, energy) : secondaries;
    }

    /** The energy of the photon or lepton that makes the process, for a shower as in {@link #expected}. */
    double trackEnergy(ParticleType type, double energy, boolean softRadiation, RandomGenerator rng) {
        if (softRadiation) {
            // which soft photon: density mu_gamma(q)/q on [k0, k_c]; then inside its shower
            double q = invert(soft, rng.nextDouble() * soft[NODES - 1]);
            // the lump holds photons summing to E: none can carry more than E
            return Math.min(trackEnergy(ParticleType.PHOTON, q, false, rng), energy);
        }
        if (type != ParticleType.PHOTON && carrier == Carrier.LEPTONS) {
            double primary = x0 * at(primaryLepton, energy);
            if (rng.nextDouble() * expected(type, energy, false) < primary) {
                return Math.min(invert(primaryLepton, rng.nextDouble() * at(primaryLepton, energy)), energy);
            }
        }
        if (type == ParticleType.PHOTON && carrier == Carrier.PHOTONS) {
            double primary = primaryPhotonPath(at(sigma, energy));
            if (rng.nextDouble() * expected(type, energy, false) < primary) {
                return energy;
            }
        }
        return Math.min(invert(secondary, rng.nextDouble() * at(secondary, energy)), energy);
    }

    /** The k with table(k) = value (tables are non-decreasing), by bisection and linear interpolation. */
    private double invert(double[] table, double value) {
        int lo = 0;
        int hi = NODES - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (table[mid] < value) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = table[hi] - table[lo];
        double w = span > 0 ? (value - table[lo]) / span : 0;
        return Math.exp(lnLow + (lo + w) * lnStep);
    }
}
