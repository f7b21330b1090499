package na64.sim.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import na64.detector.Setup;

/**
 * Per-event energy deposited in each readout channel of each detector, as the detector sees it
 * (calibrated to the electromagnetic scale, with sampling fluctuations applied), in GeV. One
 * instance per worker thread is reused event after event ({@link #clear()}).
 *
 * <p>Detectors are registered once, in setup order; channel index = section * cells + cell for
 * segmented calorimeters (section 0 is the most upstream, e.g. the ECAL pre-shower).
 */
public final class EnergyDeposits {
    private final List<String> names = new ArrayList<>();
    private final List<double[]> channels = new ArrayList<>();

    /** Per-event deposits with every detector of {@link Setup#detectors()} registered, in that order. */
    public static EnergyDeposits forSetup(Setup setup) {
        EnergyDeposits deposits = new EnergyDeposits();
        for (Setup.Detector d : setup.detectors()) {
            deposits.register(d.name(), d.channels());
        }
        return deposits;
    }

    /** Registers a detector with {@code channelCount} channels and returns its index. */
    public int register(String detectorName, int channelCount) {
        if (names.contains(detectorName)) {
            throw new IllegalArgumentException("detector " + detectorName + " registered twice");
        }
        names.add(detectorName);
        channels.add(new double[channelCount]);
        return names.size() - 1;
    }

    public int indexOf(String detectorName) {
        return names.indexOf(detectorName);
    }

    public List<String> detectorNames() {
        return Collections.unmodifiableList(names);
    }

    public void add(int detector, int channel, double energy) {
        channels.get(detector)[channel] += energy;
    }

    /** The channel array of a detector (live view; do not keep it across events). */
    public double[] channels(int detector) {
        return channels.get(detector);
    }

    /** Total energy in a detector [GeV]. */
    public double total(int detector) {
        double sum = 0;
        for (double e : channels.get(detector)) {
            sum += e;
        }
        return sum;
    }

    public void clear() {
        for (double[] c : channels) {
            Arrays.fill(c, 0);
        }
    }
}
