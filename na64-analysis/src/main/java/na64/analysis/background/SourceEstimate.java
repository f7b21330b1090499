package na64.analysis.background;

/**
 * The background from one source, normalised to the electrons on target of the study.
 *
 * @param key        source key ("dimuon", "beam-decays", "upstream", "punch-through")
 * @param label      what the source is
 * @param estimate   the adopted estimate
 * @param method     how it was obtained, in words (sample, events, counting or extrapolation)
 * @param counted    the direct count from simulation (passing events normalised), for reference
 * @param extrapolated the tail extrapolation of the same sample, null if not possible
 * @param factorised the factorised estimate (beam-line cuts x calorimeter cuts) of the same sample, null if not made
 * @param published  true if the adopted estimate is NA64's published one (the simulation only bounded it)
 * @param parts      the per-species estimates this one sums (labelled by species), empty for a single sample
 */
public record SourceEstimate(String key, String label, Estimate estimate, String method, Estimate counted,
        Estimate extrapolated, Estimate factorised, boolean published, java.util.List<SourceEstimate> parts) {

    public SourceEstimate {
        parts = parts == null ? java.util.List.of() : java.util.List.copyOf(parts);
    }

    /** The study's own estimate: the adopted one, or the simulated bound behind an adopted published value. */
    public Estimate simulated() {
        return published && counted != null ? counted : estimate;
    }

    /** An estimate from one sample. */
    public SourceEstimate(String key, String label, Estimate estimate, String method, Estimate counted,
                          Estimate extrapolated, Estimate factorised, boolean published) {
        this(key, label, estimate, method, counted, extrapolated, factorised, published, java.util.List.of());
    }
}
