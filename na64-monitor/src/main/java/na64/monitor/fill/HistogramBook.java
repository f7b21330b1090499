package na64.monitor.fill;

import na64.event.raw.RunHeader;
import na64.event.raw.RunHeader.DetectorInfo;
import na64.event.raw.RunHeader.PlaneInfo;
import na64.monitor.hist.Histogram1D;
import na64.monitor.hist.Histogram2D;
import na64.monitor.hist.HistogramSet;

/**
 * Which histograms the monitor keeps for a run, booked from its run header: raw-level ones that
 * need no calibration (pulse amplitude, pulse time and occupancy of every waveform detector;
 * strip and tube hit maps and time spectra of every tracker plane; triggers and the time in the
 * spill) and reconstructed ones (ECAL, HCAL, SRD, VETO energies, E_ECAL vs E_HCAL, momentum,
 * beam profile) when the run header carries the read-out geometry. Names are
 * {@code wf.<detector>.<what>}, {@code trk.<plane>.<what>} and plain names for the event-level ones.
 */
public final class HistogramBook {
    /** Bits shown in the trigger histogram (na64.event.raw.TriggerWord). */
    static final String[] TRIGGER_BITS = {"BEAM", "HALO", "PHYSICS", "RANDOM", "CALIBRATION"};

    private final RunHeader header;
    private final boolean reco;

    /**
     * @param header the run header
     * @param reco   book the reconstructed-quantity histograms too
     */
    public HistogramBook(RunHeader header, boolean reco) {
        this.header = header;
        this.reco = reco;
    }

    public RunHeader header() {
        return header;
    }

    public boolean reco() {
        return reco;
    }

    /** A new, empty set of this run's histograms. */
    public HistogramSet newSet() {
        HistogramSet s = new HistogramSet();
        s.book(new Histogram1D("trigger", "Trigger bits", "bit (0 BEAM, 1 HALO, 2 PHYSICS, 3 RANDOM, 4 CALIBRATION)",
                TRIGGER_BITS.length, 0, TRIGGER_BITS.length));
        s.book(new Histogram1D("time_in_spill", "Trigger time in the spill", "t [s]", 100, 0, 10));
        RunHeader.WaveformBoard b = header.board();
        double t0 = b.sampleTime(0);
        double t1 = b.sampleTime(b.samples());
        for (DetectorInfo d : header.detectors()) {
            String p = "wf." + safe(d.name());
            s.book(new Histogram1D(p + ".amplitude", d.name() + " pulse amplitude (max - pedestal), all channels",
                    "ADC counts", 128, 0, b.maxCount() + 1));
            s.book(new Histogram1D(p + ".time", d.name() + " pulse peak time, channels above threshold", "t [ns]",
                    Math.min(200, 4 * b.samples()), t0, t1));
            s.book(new Histogram1D(p + ".occupancy", d.name() + " channels above threshold", "channel", d.channels(),
                    0, d.channels()));
        }
        for (PlaneInfo pl : header.planes()) {
            String p = "trk." + safe(pl.name());
            if (pl.technology().equals("straw")) {
                s.book(new Histogram1D(p + ".tubes", pl.name() + " tube hit map (layer 0, then layer 1)",
                        "layer x " + pl.channels() + " + tube", 2 * pl.channels(), 0, 2 * pl.channels()));
                s.book(new Histogram1D(p + ".drift", pl.name() + " drift time", "t [ns]", 100, -100, 300));
            } else {
                for (String v : pl.views().split("")) {
                    s.book(new Histogram1D(p + "." + v, pl.name() + " " + v + " strip hit map", "strip", pl.channels(),
                            0, pl.channels()));
                }
                s.book(new Histogram1D(p + ".time", pl.name() + " strip time", "t [ns]", 100, -100, 150));
            }
        }
        if (reco) {
            double pmax = 1.5 * header.beamMomentum();
            s.book(new Histogram1D("ecal_energy", "E_ECAL", "E [GeV]", 150, 0, pmax));
            s.book(new Histogram1D("hcal_energy", "E_HCAL", "E [GeV]", 150, 0, pmax));
            s.book(new Histogram2D("ecal_vs_hcal", "E_ECAL vs E_HCAL", "E_ECAL [GeV]", 60, 0, pmax, "E_HCAL [GeV]", 60, 0,
                    pmax));
            s.book(new Histogram1D("srd_energy", "E_SRD", "E [MeV]", 100, 0, 200));
            s.book(new Histogram1D("veto_energy", "E_VETO", "E [MeV]", 100, 0, 50));
            s.book(new Histogram1D("momentum", "Momentum from the bending", "p [GeV]", 150, 0, pmax));
            s.book(new Histogram2D("beam_profile", "Beam profile (upstream segment)", "x [cm]", 50, -2.5, 2.5, "y [cm]", 50,
                    -2.5, 2.5));
            int ecal = header.detectorId("ECAL");
            int cells = ecal >= 0 ? header.detectors().get(ecal).channels() : 1;
            s.book(new Histogram1D("ecal_cells", "ECAL energy per channel (summed)", "channel", cells, 0, cells));
        }
        return s;
    }

    /** A detector or plane name as a histogram-name part. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
