package na64.monitor.fill;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import na64.core.InputException;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.monitor.hist.HistogramSet;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.raw.RawReader;

/**
 * The monitor's histograms of a complete raw file, read in one pass after the fact: per run, per
 * spill. The reference run of the page is made this way, and the tests compare what the live
 * monitor filled while following a growing file with this.
 */
public final class OfflineHistograms {
    private OfflineHistograms() {
    }

    /**
     * @param file        a raw file
     * @param threshold   hit threshold of the waveform channels [ADC counts]
     * @param reconstruct fill the reconstructed histograms
     * @param conditions  conditions of the reconstruction (null: the setup's)
     * @return run -> spill -> histograms, in file order
     */
    public static Map<Integer, Map<Integer, HistogramSet>> read(Path file, double threshold, boolean reconstruct,
                                                                ConditionsProvider conditions) {
        Map<Integer, Map<Integer, HistogramSet>> out = new LinkedHashMap<>();
        try (RawReader in = RawReader.open(file)) {
            if (in.runHeader() == null) {
                throw new InputException("file", file + " does not start with a run header: not a raw file of na64");
            }
            RunHeader header = null;
            HistogramBook book = null;
            EventFiller filler = null;
            RunReconstruction reco = null;
            for (RawEvent e; (e = in.next()) != null; ) {
                if (in.runHeader() != header) {
                    header = in.runHeader();
                    String[] why = {null};
                    reco = reconstruct ? RunReconstruction.of(header, conditions, why) : null;
                    book = new HistogramBook(header, reco != null);
                    filler = new EventFiller(header, threshold);
                }
                HistogramBook b = book;
                HistogramSet set = out.computeIfAbsent(header.run(), r -> new LinkedHashMap<>())
                        .computeIfAbsent(e.header().spill(), s -> b.newSet());
                na64.event.reco.RecoEvent r = null;
                if (reco != null) {
                    try {
                        r = reco.reconstruct(e);
                    } catch (RuntimeException ex) {
                        r = null;
                    }
                }
                filler.fill(set, e, r);
            }
        }
        return out;
    }

    /** The sum of all spills of all runs of a file (a reference run). */
    public static HistogramSet sum(Map<Integer, Map<Integer, HistogramSet>> runs) {
        HistogramSet total = null;
        for (Map<Integer, HistogramSet> spills : runs.values()) {
            for (HistogramSet s : spills.values()) {
                if (total == null) {
                    total = s.emptyCopy();
                }
                total.add(s);
            }
        }
        if (total == null) {
            throw new InputException("--reference", "the reference file has no events");
        }
        return total;
    }
}
