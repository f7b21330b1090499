package na64.reach.tracklength;

import na64.physics.tracklength.TsaiPrimaryElectron;

/**
 * Splits the e+ and e- track-length spectrum of a Rossi approximation by charge (not part of
 * Rossi's theory): secondaries come from pair conversions, so the track length of the charge
 * opposite to the beam's is half of the non-primary part, with the primary taken from Tsai's
 * formula ({@link TsaiPrimaryElectron}); the rest has the beam particle's charge.
 */
final class ChargeSplit {
    private final TsaiPrimaryElectron primary;
    private final boolean positronBeam;

    ChargeSplit(TsaiPrimaryElectron primary, boolean positronBeam) {
        this.primary = primary;
        this.positronBeam = positronBeam;
    }

    /** The electrons' part [cm/GeV] of {@code charged}, the dT/dE of e+ and e- together at the energy. */
    double electron(double charged, double energy) {
        return positronBeam ? secondaryHalf(charged, energy) : charged - secondaryHalf(charged, energy);
    }

    /** The positrons' part [cm/GeV] of {@code charged}, the dT/dE of e+ and e- together at the energy. */
    double positron(double charged, double energy) {
        return positronBeam ? charged - secondaryHalf(charged, energy) : secondaryHalf(charged, energy);
    }

    private double secondaryHalf(double charged, double energy) {
        return 0.5 * Math.max(0, charged - primary.primary(energy));
    }
}
