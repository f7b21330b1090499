package na64.physics.tracklength;

/**
 * Differential track-length spectra of the shower particles in the active target, per primary
 * particle: T(E) dE is the summed path length [cm of target material] travelled by electrons
 * (positrons, photons) while their energy is between E and E + dE. Signal yields are integrals
 * of T(E) times a macroscopic production cross section (Tsai, Rev. Mod. Phys. 46 (1974) 815;
 * Bjorken et al., PRD 80 (2009) 075018, eq. 3).
 *
 * <p>Implementations: analytic approximations (primary electron after Tsai, Rossi
 * approximations A and B) and tables from the shower simulation ({@link TrackLengthTable}).
 */
public interface TrackLengthSpectrum {

    /** dT/dE of electrons [cm/GeV] at energy E [GeV]. */
    double electron(double energy);

    /** dT/dE of positrons [cm/GeV] at energy E [GeV]. */
    double positron(double energy);

    /** dT/dE of photons [cm/GeV] at energy E [GeV]. */
    double photon(double energy);

    /** The energy above which all spectra vanish (the primary energy) [GeV]. */
    double maxEnergy();

    /** The lowest energy at which the spectra are known [GeV]; below it they are 0. */
    double minEnergy();

    /**
     * Track length [cm] of the beam particle closer to E0 than double precision resolves (within
     * a relative 1e-15 of E0, where Tsai's primary spectrum has an integrable singularity); a
     * yield calculation counts it at E0. 0 for spectra without such a singularity.
     */
    default double trackAtBeamEnergy() {
        return 0;
    }

    /** A short description for reports ("Rossi approximation A, Pb/Sc, 100 GeV e-"). */
    String description();
}
