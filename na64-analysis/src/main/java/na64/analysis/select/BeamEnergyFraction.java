package na64.analysis.select;

import java.math.BigDecimal;

/**
 * Values given as fractions of the beam energy E0 (cuts with {@code unit: E0}, the default
 * calibration energies, the side band) turned into GeV, as the decimal product of the numbers
 * as written: 0.07 x 100 GeV is 7 GeV, not the binary product 7.000000000000001, so that a
 * selection written in units of E0 gives at 100 GeV exactly the cuts written in GeV.
 */
public final class BeamEnergyFraction {
    private BeamEnergyFraction() {
    }

    /** {@code fraction} x {@code beamEnergy} [GeV]. */
    public static double times(double fraction, double beamEnergy) {
        return new BigDecimal(Double.toString(fraction)).multiply(new BigDecimal(Double.toString(beamEnergy))).doubleValue();
    }
}
