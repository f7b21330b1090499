package na64.sim.spectrometer;

import na64.core.InputException;

/**
 * How the electronuclear interactions of electrons and positrons in the beam-line material are
 * simulated ({@link UpstreamInteractions}): the cross section multiplied by {@code bias} (exact
 * weights, {@link na64.sim.signal.BiasGroup}) for interactions that transfer more than
 * {@code minTransfer} [GeV] to the nucleus at z in [zMin, zMax] [cm]; outside that range of
 * transfer and position the process is off (a biased background sample keeps only the part that
 * can fake a signal). With {@code forced} the events without an interaction get weight 0: such a
 * sample measures exactly the part of a source that has one, a natural sample the rest (as
 * {@link na64.sim.hadron.ForcedPunchThrough}). {@link #NATURAL}: every transfer everywhere, unbiased.
 */
public record UpstreamNuclearOptions(double bias, double minTransfer, double zMin, double zMax, boolean forced)
        implements java.io.Serializable {
    public static final UpstreamNuclearOptions NATURAL =
            new UpstreamNuclearOptions(1, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);

    /** Not forced: the events without an interaction keep their weight. */
    public UpstreamNuclearOptions(double bias, double minTransfer, double zMin, double zMax) {
        this(bias, minTransfer, zMin, zMax, false);
    }

    public UpstreamNuclearOptions {
        // the field names are simulate's options (the command line renames them; a study checks its keys first)
        if (!(bias >= 1) || !Double.isFinite(bias)) {
            throw InputException.outOfRange("bias-upstream", bias, "a finite number >= 1");
        }
        if (!(minTransfer >= 0) || !Double.isFinite(minTransfer)) {
            throw InputException.outOfRange("upstream-min-transfer", minTransfer, "a finite number >= 0 GeV");
        }
        if (!(zMin < zMax)) {
            throw InputException.outOfRange("force-upstream-interaction", zMin + ":" + zMax, "ZMIN < ZMAX [cm]");
        }
    }

    /** The options as key-value pairs for file metadata and provenance. */
    public java.util.Map<String, String> metadata() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("upstream_electronuclear_bias", Double.toString(bias));
        m.put("upstream_electronuclear_min_transfer_GeV", Double.toString(minTransfer));
        m.put("upstream_electronuclear_region_cm", "[" + zMin + ", " + zMax + "]");
        m.put("upstream_electronuclear_forced", Boolean.toString(forced));
        return m;
    }

    boolean covers(double z) {
        return z >= zMin && z <= zMax;
    }
}
