package na64.sim.signal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import na64.core.InputException;

/**
 * Biasing of the decay point of a visible dark boson X: every X decays between z = zMin and zMax
 * (the decay volume of the visible mode, after the dump), at a path drawn from its true exponential
 * conditioned on that window, and the event is weighted by the true probability of a decay there
 * ({@link na64.core.ForcedExponential}). Then a sample measures the signal wherever X rarely gets
 * out of the dump (the upper edge of the excluded band, decay lengths of centimetres) as well as
 * where it mostly flies through the whole setup (the lower edge), with the same number of events.
 *
 * @param zMin start of the window [cm]
 * @param zMax end of the window [cm] (> zMin)
 */
public record SignalDecayRegion(double zMin, double zMax) implements java.io.Serializable {

    public SignalDecayRegion {
        if (!Double.isFinite(zMin) || !Double.isFinite(zMax) || !(zMax > zMin)) {
            throw new InputException("signal-decay-region", String.format(Locale.ROOT,
                    "signal-decay-region: the window must have finite zMin < zMax, got [%s, %s] cm", zMin, zMax));
        }
    }

    /** For the file metadata. */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("signal_decay_region_cm", zMin + ":" + zMax);
        return m;
    }
}
