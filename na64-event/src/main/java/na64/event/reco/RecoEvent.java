package na64.event.reco;

import java.util.List;
import java.util.Objects;
import na64.event.raw.TruthLink;

/**
 * One reconstructed event. Energies in GeV, positions in cm (setup frame), times in ns relative
 * to the trigger, slopes dx/dz and dy/dz. A quantity that could not be reconstructed is NaN in
 * Java and null in the Parquet file.
 *
 * @param run          run number
 * @param spill        spill number
 * @param event        event number
 * @param trigger      trigger word ({@link na64.event.raw.TriggerWord})
 * @param ecal         the ECAL shower
 * @param hcalEnergy   energy in all HCAL modules [GeV]
 * @param hcalModules  energy per HCAL module, upstream first [GeV]
 * @param vetoEnergy   energy in the VETO counter(s) [GeV]
 * @param vetoTime     time of the VETO signal [ns], NaN without a pulse
 * @param srdEnergy    energy in the SRD [GeV]
 * @param srdTime      time of the SRD signal [ns], NaN without a pulse
 * @param srdCells     energy per SRD channel [GeV]
 * @param detectors    in-time energy and time of every waveform-read detector
 * @param pileupPulses out-of-time or second pulses found by the waveform fits (all channels)
 * @param upstream     track segment upstream of the magnets, null if none
 * @param downstream   track segment downstream of the magnets, null if none
 * @param momentum     momentum from the bending angle [GeV], NaN without both segments
 * @param truth        Monte Carlo truth, null for real data
 */
public record RecoEvent(int run, int spill, long event, int trigger, EcalShower ecal, double hcalEnergy,
                        double[] hcalModules, double vetoEnergy, double vetoTime, double srdEnergy, double srdTime,
                        double[] srdCells, List<DetectorSignal> detectors, int pileupPulses, TrackSegment upstream,
                        TrackSegment downstream, double momentum, TruthLink truth) {

    public RecoEvent {
        Objects.requireNonNull(ecal, "ecal");
        Objects.requireNonNull(hcalModules, "hcalModules");
        Objects.requireNonNull(srdCells, "srdCells");
        detectors = List.copyOf(detectors);
    }

    /**
     * The ECAL shower.
     *
     * @param energy            energy in all ECAL channels [GeV]
     * @param preshowerEnergy   energy in the pre-shower section [GeV]
     * @param x                 shower centre x [cm] (logarithmic weights)
     * @param y                 shower centre y [cm]
     * @param maxCell           transverse cell with the most energy (iy * nx + ix), -1 if empty
     * @param time              energy-weighted time of the cells [ns]
     * @param lateralChi2       chi2 of the 3x3 cell fractions against the electron expectation (9 terms), NaN without reference
     * @param longitudinalChi2  chi2 of the pre-shower fraction against the electron expectation (1 term), NaN without reference
     * @param cells             energy per read-out channel (section * cells + cell) [GeV]
     */
    public record EcalShower(double energy, double preshowerEnergy, double x, double y, int maxCell, double time,
                             double lateralChi2, double longitudinalChi2, double[] cells) {
        public EcalShower {
            Objects.requireNonNull(cells, "cells");
        }
    }

    /**
     * The in-time signal of one waveform-read detector.
     *
     * @param name   detector name
     * @param energy in-time energy summed over its channels [GeV]
     * @param time   energy-weighted time of its pulses [ns], NaN without a pulse
     */
    public record DetectorSignal(String name, double energy, double time) {
    }

    /**
     * A straight track segment fitted to tracker hits: x = x0 + tx (z - z0), y = y0 + ty (z - z0).
     *
     * @param z    reference z [cm] (the most downstream plane of the segment)
     * @param x    x at z [cm]
     * @param y    y at z [cm]
     * @param tx   slope dx/dz
     * @param ty   slope dy/dz
     * @param chi2 chi2 of the fit
     * @param ndf  degrees of freedom
     * @param hits measurements used (one per plane and coordinate)
     * @param extraHits measurements in the segment's planes that it does not use (other charged particles:
     *                  products of an interaction upstream, pile-up, noise)
     */
    public record TrackSegment(double z, double x, double y, double tx, double ty, double chi2, int ndf, int hits,
                               int extraHits) {
        /** x at another z [cm]. */
        public double xAt(double zz) {
            return x + tx * (zz - z);
        }

        /** y at another z [cm]. */
        public double yAt(double zz) {
            return y + ty * (zz - z);
        }
    }
}
