package na64.analysis.study;

import java.nio.file.Path;

/**
 * One simulated and reconstructed sample of a study.
 *
 * @param request     what was asked for (name, description, seed, model, biases: its provenance)
 * @param events      beam particles simulated
 * @param file        the reconstructed-event Parquet file
 * @param seconds     wall time of simulation and reconstruction
 */
public record SampleSummary(SampleRequest request, long events, Path file, double seconds) {

    /** Short name ("beam", "signal-0.0167", "dimuon", "pi-"). */
    public String name() {
        return request.name();
    }

    /** What it is (beam, species, biasing). */
    public String description() {
        return request.description();
    }
}
