package na64.analysis.study;

import java.nio.file.Path;
import na64.core.Progress;
import na64.reco.conditions.ShowerProfile;

/**
 * Produces the reconstructed events of one sample: simulation, digitisation and reconstruction,
 * in-process, into a Parquet file of the reco-v2 schema. One implementation calls the na64
 * simulation and reconstruction libraries ({@link ChainProducer}).
 */
@FunctionalInterface
public interface SampleProducer {

    /**
     * @param request  the sample
     * @param file     where to write the reconstructed events (atomically)
     * @param profile  the reference electron shower of the ECAL for the reconstruction (null: none,
     *                 the shower-shape chi2 are then null)
     * @param threads  worker threads
     * @param progress advanced by one per event
     * @return what was produced
     */
    SampleSummary produce(SampleRequest request, Path file, ShowerProfile profile, int threads, Progress progress);

    /** Where the events are produced, for the run log: "2 threads", or the engine's own parallelism. */
    default String parallelism(int threads) {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    /**
     * The reference electron shower of the ECAL from the produced calibration runs (see
     * {@link na64.analysis.calibration.ElectronShowerProfile}); null if the producer's events carry none.
     */
    default ShowerProfile showerProfile(java.util.List<na64.analysis.calibration.ElectronShowerProfile.Run> runs, String setup) {
        return na64.analysis.calibration.ElectronShowerProfile.measure(runs, na64.detector.Setups.loadOrRead(setup)).profile();
    }
}
