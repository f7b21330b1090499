package na64.monitor.fill;

import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.raw.StrawHits;
import na64.event.raw.StripHits;
import na64.event.raw.WaveformBlock;
import na64.event.reco.RecoEvent;
import na64.monitor.hist.HistogramSet;

/**
 * Fills one event into a set booked by {@link HistogramBook}: the raw quantities from the raw
 * event, the reconstructed ones from its {@link RecoEvent} (null when the run cannot be
 * reconstructed). Stateless apart from the run header; the caller picks the set (the spill's).
 */
public final class EventFiller {
    private final RunHeader header;
    private final int pedestalSamples;
    private final double threshold;
    private final String[] wfPrefix;
    private final String[] trkPrefix;
    private final int ecal;

    /**
     * @param header    the run header the set was booked with
     * @param threshold amplitude above which a channel counts as hit (occupancy, time) [ADC counts]
     */
    public EventFiller(RunHeader header, double threshold) {
        this.header = header;
        this.pedestalSamples = PulseFeatures.pedestalSamples(header.board());
        this.threshold = threshold;
        this.wfPrefix = new String[header.detectors().size()];
        for (int d = 0; d < wfPrefix.length; d++) {
            wfPrefix[d] = "wf." + HistogramBook.safe(header.detectors().get(d).name());
        }
        this.trkPrefix = new String[header.planes().size()];
        for (int p = 0; p < trkPrefix.length; p++) {
            trkPrefix[p] = "trk." + HistogramBook.safe(header.planes().get(p).name());
        }
        this.ecal = header.detectorId("ECAL");
    }

    public void fill(HistogramSet s, RawEvent raw, RecoEvent reco) {
        s.countEvent();
        for (int bit = 0; bit < HistogramBook.TRIGGER_BITS.length; bit++) {
            if ((raw.header().triggerWord() & (1 << bit)) != 0) {
                s.h1("trigger").fill(bit);
            }
        }
        s.h1("time_in_spill").fill(raw.header().timeInSpill() * 1e-9);
        for (WaveformBlock b : raw.waveforms()) {
            if (b.detector() < 0 || b.detector() >= wfPrefix.length) {
                continue;   // a block of an unknown detector: the decoder accepted it, the booking has no place for it
            }
            String p = wfPrefix[b.detector()];
            var amplitude = s.h1(p + ".amplitude");
            var time = s.h1(p + ".time");
            var occupancy = s.h1(p + ".occupancy");
            for (int i = 0; i < b.channelCount(); i++) {
                double a = PulseFeatures.amplitude(b, i, pedestalSamples);
                amplitude.fill(a);
                if (a > threshold) {
                    occupancy.fill(b.channels()[i]);
                    time.fill(PulseFeatures.peakTime(b, i, header.board(), raw.header().triggerPhase()));
                }
            }
        }
        fillStrips(s, raw.strips());
        fillStraws(s, raw.straws());
        if (reco != null) {
            fillReco(s, reco);
        }
    }

    private void fillStrips(HistogramSet s, StripHits h) {
        for (int i = 0; i < h.size(); i++) {
            int plane = h.plane()[i];
            if (plane < 0 || plane >= trkPrefix.length) {
                continue;
            }
            String p = trkPrefix[plane];
            var map = s.h1(p + "." + (h.view()[i] == 0 ? "x" : "y"));
            if (map != null) {
                map.fill(h.strip()[i]);
            }
            var time = s.h1(p + ".time");
            if (time != null) {
                time.fill(h.time()[i]);
            }
        }
    }

    private void fillStraws(HistogramSet s, StrawHits h) {
        for (int i = 0; i < h.size(); i++) {
            int plane = h.plane()[i];
            if (plane < 0 || plane >= trkPrefix.length) {
                continue;
            }
            String p = trkPrefix[plane];
            var tubes = s.h1(p + ".tubes");
            if (tubes == null) {
                continue;
            }
            tubes.fill(h.layer()[i] * header.planes().get(plane).channels() + h.tube()[i]);
            s.h1(p + ".drift").fill(h.tdc()[i] * header.tdcLsb());
        }
    }

    private void fillReco(HistogramSet s, RecoEvent e) {
        s.h1("ecal_energy").fill(e.ecal().energy());
        s.h1("hcal_energy").fill(e.hcalEnergy());
        s.h2("ecal_vs_hcal").fill(e.ecal().energy(), e.hcalEnergy());
        s.h1("srd_energy").fill(e.srdEnergy() * 1e3);
        s.h1("veto_energy").fill(e.vetoEnergy() * 1e3);
        s.h1("momentum").fill(e.momentum());
        if (e.upstream() != null) {
            s.h2("beam_profile").fill(e.upstream().x(), e.upstream().y());
        }
        if (ecal >= 0) {
            double[] cells = e.ecal().cells();
            var h = s.h1("ecal_cells");
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != 0) {
                    h.fill(c, cells[c]);
                }
            }
        }
    }
}
