package na64.sim.cascade;

import na64.detector.CellGrid;

/**
 * How a volume is read out: the detector it belongs to (its name in
 * {@link na64.sim.event.EnergyDeposits}), its cells, its longitudinal sections and its response.
 * Channel = section * cells + cell.
 *
 * @param detector    detector name
 * @param grid        transverse cells
 * @param sectionEnds z [cm] where each longitudinal section ends, increasing (one entry for an
 *                    unsectioned detector: its back face)
 * @param response    response to electromagnetic, hadronic and ionisation energy
 */
public record Readout(String detector, CellGrid grid, double[] sectionEnds, Response response) {

    public Readout {
        if (sectionEnds.length == 0) {
            throw new IllegalArgumentException(detector + ": no sections");
        }
        sectionEnds = sectionEnds.clone();
    }

    public int channels() {
        return sectionEnds.length * grid.cells();
    }

    /** Section containing z (the last one for z at or beyond the back face). */
    public int sectionAt(double z) {
        for (int i = 0; i < sectionEnds.length - 1; i++) {
            if (z < sectionEnds[i]) {
                return i;
            }
        }
        return sectionEnds.length - 1;
    }

    /** Channel of the point (x, y, z), or -1 outside the cells (in a hole). */
    public int channelAt(double x, double y, double z) {
        int cell = grid.cellAt(x, y);
        return cell < 0 ? -1 : sectionAt(z) * grid.cells() + cell;
    }

    /**
     * The response of a calorimeter calibrated on the electromagnetic scale.
     *
     * @param emStochastic       sampling term a of sigma/E = a/sqrt(E) for electromagnetic energy
     * @param hadronStochastic   sampling term for the non-electromagnetic part of hadron showers
     * @param hadronToElectron   h/e: signal per GeV of non-electromagnetic hadronic energy
     * @param mipToElectron      mip/e = 1/(e/mip): signal per GeV of ionisation by a minimum-ionising particle
     */
    public record Response(double emStochastic, double hadronStochastic, double hadronToElectron,
                           double mipToElectron) {
        /** A detector that sees every GeV as one GeV without fluctuations (counters, tests). */
        public static final Response IDEAL = new Response(0, 0, 1, 1);
    }
}
