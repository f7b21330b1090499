package na64.reco.process;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import na64.event.raw.RunHeader;
import na64.reco.conditions.Conditions;
import na64.reco.geometry.ReadoutGeometry;

/**
 * What processors need to know about the run an event belongs to: the geometry, the conditions
 * valid for the run, the run header and the reconstruction settings. Immutable apart from a
 * thread-safe cache in which processors keep per-run objects built from these (fitters per
 * detector, plane layouts), computed once per run.
 */
public final class RunContext {
    private final ReadoutGeometry geometry;
    private final Conditions conditions;
    private final RunHeader header;
    private final RecoConfig config;
    private final Map<Object, Object> cache = new ConcurrentHashMap<>();

    public RunContext(ReadoutGeometry geometry, Conditions conditions, RunHeader header, RecoConfig config) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.conditions = Objects.requireNonNull(conditions, "conditions").checkAgainst(geometry);
        this.header = Objects.requireNonNull(header, "header");
        this.config = Objects.requireNonNull(config, "config");
    }

    public ReadoutGeometry geometry() {
        return geometry;
    }

    public Conditions conditions() {
        return conditions;
    }

    public RunHeader header() {
        return header;
    }

    public RecoConfig config() {
        return config;
    }

    /** A per-run object under {@code key}, built by {@code factory} on first use. */
    public <T> T cached(Object key, Class<T> type, Function<RunContext, T> factory) {
        return type.cast(cache.computeIfAbsent(key, k -> factory.apply(this)));
    }
}
