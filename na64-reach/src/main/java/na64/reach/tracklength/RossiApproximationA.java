package na64.reach.tracklength;

import na64.physics.tracklength.TsaiPrimaryElectron;

import na64.physics.tracklength.TrackLengthSpectrum;

import na64.core.Check;

/**
 * Rossi's approximation A of shower theory (no ionisation loss, asymptotic cross sections;
 * Rossi, High-Energy Particles (1952); Tsai, Rev. Mod. Phys. 46 (1974) 815, eq. 3.96): the
 * integral track length of e+ and e- above E is 0.437 X0 E0/E, of photons 0.572 X0 E0/E, so
 *
 * <pre>  dT(e+-)/dE = 0.437 X0 E0/E^2,   dT(gamma)/dE = 0.572 X0 E0/E^2   (E &lt; E0).</pre>
 *
 * Valid well above the critical energy. The charge split is {@link ChargeSplit}'s. Near E0/2
 * the analytic positron spectrum is known to be off by ~3x: use a shower-simulation table for
 * resonant annihilation.
 */
public final class RossiApproximationA implements TrackLengthSpectrum {
    /** Rossi's coefficients of the integral track lengths (1/2.29 for e+-, Tsai eq. 3.96). */
    static final double CHARGED = 0.437;
    static final double PHOTON = 0.572;

    private final double beamEnergy;
    private final double radiationLengthCm;
    private final TsaiPrimaryElectron primary;
    private final ChargeSplit split;
    private final boolean positronBeam;

    public RossiApproximationA(double beamEnergy, double thicknessX0, double radiationLengthCm, boolean positronBeam) {
        this.beamEnergy = Check.positive("beam energy", beamEnergy);
        this.radiationLengthCm = Check.positive("radiation length", radiationLengthCm);
        this.primary = new TsaiPrimaryElectron(beamEnergy, thicknessX0, radiationLengthCm, positronBeam);
        this.split = new ChargeSplit(primary, positronBeam);
        this.positronBeam = positronBeam;
    }

    /** dT/dE of electrons and positrons together [cm/GeV]. */
    public double charged(double energy) {
        return inRange(energy) ? CHARGED * radiationLengthCm * beamEnergy / (energy * energy) : 0;
    }

    @Override
    public double electron(double energy) {
        return split.electron(charged(energy), energy);
    }

    @Override
    public double positron(double energy) {
        return split.positron(charged(energy), energy);
    }

    @Override
    public double photon(double energy) {
        return photon(beamEnergy, radiationLengthCm, energy);
    }

    /** dT/dE of photons [cm/GeV], 0.572 X0 E0/E^2 for 0 &lt; E &lt; E0 (approximation B keeps it). */
    static double photon(double beamEnergy, double radiationLengthCm, double energy) {
        return energy > 0 && energy < beamEnergy ? PHOTON * radiationLengthCm * beamEnergy / (energy * energy) : 0;
    }

    private boolean inRange(double energy) {
        return energy > 0 && energy < beamEnergy;
    }

    @Override
    public double maxEnergy() {
        return beamEnergy;
    }

    @Override
    public double minEnergy() {
        return primary.minEnergy();
    }

    @Override
    public String description() {
        return String.format(java.util.Locale.ROOT, "Rossi approximation A, %.0f GeV %s", beamEnergy, positronBeam ? "e+" : "e-");
    }
}
