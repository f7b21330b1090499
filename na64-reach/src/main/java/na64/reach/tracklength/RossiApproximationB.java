package na64.reach.tracklength;

import na64.physics.tracklength.TsaiPrimaryElectron;

import na64.physics.tracklength.TrackLengthSpectrum;

import na64.core.Check;

/**
 * Rossi's approximation B (constant ionisation loss E_c per radiation length; Rossi, High-Energy
 * Particles (1952), sec. 5.9; Rossi & Greisen, Rev. Mod. Phys. 13 (1941) 240): the integral
 * track length of e+ and e- above E is
 *
 * <pre>  L(&gt;E) = X0 (E0/E_c) [1 + x e^x Ei(-x)],   x = 2.29 E / E_c,</pre>
 *
 * which tends to approximation A (0.437 X0 E0/E) for E &gt;&gt; E_c and to the total charged track
 * length X0 E0/E_c for E -&gt; 0. Differentiating (Ei(-x) = -E1(x)):
 *
 * <pre>  dT/dE = X0 (E0/E_c) (2.29/E_c) [(1 + x) e^x E1(x) - 1].</pre>
 *
 * Photons keep approximation A's spectrum (0.572 X0 E0/E^2); the charge split is
 * {@link ChargeSplit}'s, as in approximation A.
 */
public final class RossiApproximationB implements TrackLengthSpectrum {
    private static final double RATIO = 1 / RossiApproximationA.CHARGED; // 2.29

    private final double beamEnergy;
    private final double radiationLengthCm;
    private final double criticalEnergy;
    private final TsaiPrimaryElectron primary;
    private final ChargeSplit split;
    private final boolean positronBeam;

    /**
     * @param criticalEnergy E_c of the target material [GeV]
     */
    public RossiApproximationB(double beamEnergy, double thicknessX0, double radiationLengthCm,
                               double criticalEnergy, boolean positronBeam) {
        this.beamEnergy = Check.positive("beam energy", beamEnergy);
        this.radiationLengthCm = Check.positive("radiation length", radiationLengthCm);
        this.criticalEnergy = Check.positive("critical energy", criticalEnergy);
        this.primary = new TsaiPrimaryElectron(beamEnergy, thicknessX0, radiationLengthCm, positronBeam);
        this.split = new ChargeSplit(primary, positronBeam);
        this.positronBeam = positronBeam;
    }

    /** dT/dE of electrons and positrons together [cm/GeV]. */
    public double charged(double energy) {
        if (!(energy > 0) || energy >= beamEnergy) {
            return 0;
        }
        double x = RATIO * energy / criticalEnergy;
        double bracket = (1 + x) * ExponentialIntegral.scaledE1(x) - 1;
        return radiationLengthCm * (beamEnergy / criticalEnergy) * (RATIO / criticalEnergy) * Math.max(0, bracket);
    }

    /** The integral track length of e+- above E [cm], closed form. */
    public double integralAbove(double energy) {
        double x = RATIO * energy / criticalEnergy;
        return radiationLengthCm * (beamEnergy / criticalEnergy) * (1 - x * ExponentialIntegral.scaledE1(x));
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
        return RossiApproximationA.photon(beamEnergy, radiationLengthCm, energy);
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
        return String.format(java.util.Locale.ROOT, "Rossi approximation B, %.0f GeV %s, E_c = %.1f MeV",
                beamEnergy, positronBeam ? "e+" : "e-", criticalEnergy * 1e3);
    }
}
