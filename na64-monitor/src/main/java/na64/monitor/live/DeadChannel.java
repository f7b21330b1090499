package na64.monitor.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import na64.core.InputException;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.raw.StrawHits;
import na64.event.raw.StripHits;
import na64.event.raw.WaveformBlock;

/**
 * A fault injected into a replay, to show and test the alarms: from a spill on, a channel of a
 * waveform detector reads a flat waveform (its first sample throughout: no pulse), or a strip or
 * tube of a tracker plane gives no hits.
 *
 * @param detector  detector or plane name as in the run header
 * @param channel   channel (waveform detectors, strips) or layer x tubes + tube (straws)
 * @param fromSpill first spill without signal
 */
public record DeadChannel(String detector, int channel, int fromSpill) {

    /** Parses {@code NAME:CHANNEL[@SPILL]} (SPILL default 1). */
    public static DeadChannel parse(String option, String text) {
        String[] at = text.split("@", -1);
        String[] dc = at[0].split(":", -1);
        try {
            if (at.length > 2 || dc.length != 2 || dc[0].isBlank()) {
                throw new NumberFormatException();
            }
            int channel = Integer.parseInt(dc[1].trim());
            int spill = at.length == 2 ? Integer.parseInt(at[1].trim()) : 1;
            if (channel < 0 || spill < 1) {
                throw new NumberFormatException();
            }
            return new DeadChannel(dc[0].trim(), channel, spill);
        } catch (NumberFormatException e) {
            throw new InputException(option, option + ": expected NAME:CHANNEL[@SPILL] (channel >= 0, spill >= 1), got '"
                    + text + "'");
        }
    }

    /** Checks the name and channel against a run header. */
    void check(String option, RunHeader h) {
        int d = h.detectorId(detector);
        int p = h.planeId(detector);
        if (d < 0 && p < 0) {
            List<String> names = new ArrayList<>();
            h.detectors().forEach(x -> names.add(x.name()));
            h.planes().forEach(x -> names.add(x.name()));
            throw InputException.unknown(option, detector, names);
        }
        int channels = d >= 0 ? h.detectors().get(d).channels() : 2 * h.planes().get(p).channels();
        if (channel >= channels) {
            throw InputException.outOfRange(option, channel, "0 .. " + (channels - 1) + " (channels of " + detector + ")");
        }
    }

    /** The event with this channel dead (unchanged before {@link #fromSpill()}). */
    RawEvent apply(RawEvent e, RunHeader h) {
        if (e.header().spill() < fromSpill) {
            return e;
        }
        int d = h.detectorId(detector);
        if (d >= 0) {
            List<WaveformBlock> blocks = e.waveforms().stream().map(b -> b.detector() == d ? flatten(b) : b).toList();
            return new RawEvent(e.header(), blocks, e.strips(), e.straws(), e.truth());
        }
        int p = h.planeId(detector);
        return new RawEvent(e.header(), e.waveforms(), withoutStrip(e.strips(), p),
                withoutTube(e.straws(), p, h.planes().get(p).channels()), e.truth());
    }

    private WaveformBlock flatten(WaveformBlock b) {
        int i = Arrays.binarySearch(b.channels(), channel);
        if (i < 0) {
            return b;
        }
        short[] s = b.samples().clone();
        int n = b.samplesPerChannel();
        Arrays.fill(s, i * n, (i + 1) * n, s[i * n]);
        return new WaveformBlock(b.detector(), n, b.channels(), s);
    }

    private StripHits withoutStrip(StripHits h, int plane) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            if (h.plane()[i] != plane || h.strip()[i] != channel) {
                keep.add(i);
            }
        }
        if (keep.size() == h.size()) {
            return h;
        }
        int[] idx = keep.stream().mapToInt(Integer::intValue).toArray();
        return new StripHits(pick(h.plane(), idx), pick(h.view(), idx), pick(h.strip(), idx), pick(h.charge(), idx),
                pick(h.time(), idx));
    }

    private StrawHits withoutTube(StrawHits h, int plane, int tubes) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            if (h.plane()[i] != plane || h.layer()[i] * tubes + h.tube()[i] != channel) {
                keep.add(i);
            }
        }
        if (keep.size() == h.size()) {
            return h;
        }
        int[] idx = keep.stream().mapToInt(Integer::intValue).toArray();
        return new StrawHits(pick(h.plane(), idx), pick(h.layer(), idx), pick(h.tube(), idx), pick(h.tdc(), idx));
    }

    private static int[] pick(int[] a, int[] idx) {
        int[] r = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            r[i] = a[idx[i]];
        }
        return r;
    }
}
