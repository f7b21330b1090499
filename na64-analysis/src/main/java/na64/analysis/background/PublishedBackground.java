package na64.analysis.background;

import java.util.List;
import java.util.Optional;
import na64.core.Config;

/**
 * The background table NA64 published for the 2021-2022 runs (seed 003), read from the resource
 * {@link #RESOURCE}, to set beside na64's own estimate.
 *
 * @param eot     electrons on target the estimates are normalised to
 * @param sources the sources in the order of the slide
 * @param total   the conservative total
 */
public record PublishedBackground(Double eot, List<Source> sources, Value total) {
    public static final String RESOURCE = "/na64/analysis/published-background-2021-2022.yaml";

    /** A published entry. */
    public record Source(String key, String label, Double value, Double error, Boolean upperLimit) {
        public Source {
            Config.require("key", key);
            Config.require("label", label);
            Config.require("value", value);
            error = Config.orDefault(error, 0.0);
            upperLimit = Config.orDefault(upperLimit, false);
        }

        public Estimate estimate() {
            return new Estimate(value, upperLimit ? 0 : error, upperLimit);
        }
    }

    /** A value with its error. */
    public record Value(Double value, Double error) {
        public Estimate estimate() {
            return Estimate.of(value, error);
        }
    }

    public PublishedBackground {
        na64.core.Check.positive("eot", Config.require("eot", eot));
        sources = List.copyOf(sources);
        Config.require("total", total);
    }

    public static PublishedBackground load() {
        return Config.readResource(RESOURCE, PublishedBackground.class);
    }

    public Optional<Source> source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
