package na64.analysis.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import na64.core.InputException;
import na64.core.Progress;
import na64.detector.Setup;
import na64.detector.Setups;
import na64.event.SimEvent;
import na64.event.SimEventReader;
import na64.event.reco.RecoEvent;
import na64.event.reco.RecoEventReader;
import na64.reco.DigitizationJob;
import na64.reco.process.RecoConfig;
import na64.reco.ReconstructionJob;
import na64.reco.digitize.DigitizerConfig;
import na64.sim.downstream.CascadeDownstreamFactory;
import na64.sim.run.EventLoop;
import na64.sim.run.RunOptions;
import na64.sim.run.SimulationRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-process chain ({@code na64 simulate --reco}) against the file chain (simulate -> events
 * file -> digitise -> raw file -> reconstruct): the same reconstructed events, with and without
 * pile-up. The na64e-2022 setup with the cascade downstream.
 */
class SimulationChainTest {
    @TempDir
    static Path dir;
    static Path sim;
    static final int EVENTS = 300;
    /** One factory for the file chain and the one-process chain: they share its tables. */
    static final CascadeDownstreamFactory CASCADE = new CascadeDownstreamFactory();

    @BeforeAll
    static void simulate() {
        Setup setup = Setups.load("na64e-2022");
        sim = dir.resolve("sim.parquet");
        RunOptions run = new RunOptions("na64e-2022", "e-", 100.0, (long) EVENTS, 5L, 2, null);
        SimulationRun.toFile(run, setup, CASCADE, sim, Progress.silent(EVENTS));
    }

    static DigitizationJob.Result digitize(Path out, DigitizerConfig config, int threads) {
        return DigitizationJob.run(new DigitizationJob.Options(sim, out, 9, 7, config, null, null, 300, threads),
                Progress.silent(EVENTS));
    }

    /** The one-process chain (simulate --reco) gives the same reconstructed events as the file chain. */
    @Test
    void oneProcessChainEqualsTheFileChain() {
        Setup setup = Setups.load("na64e-2022");
        Path direct = dir.resolve("direct.parquet");
        RunOptions run = new RunOptions("na64e-2022", "e-", 100.0, 100L, 5L, 1, null);
        EventLoop loop = new EventLoop(setup, run.signal(), CASCADE);
        try (SimulationChain chain = SimulationChain.open(setup, direct, 9, 7, 2)) {
            loop.run(100, 5, 1, Progress.silent(100), chain);
            chain.commit();
        }
        Path raw = dir.resolve("direct.raw");
        Path viaFiles = dir.resolve("files.parquet");
        digitize(raw, DigitizerConfig.defaults(), 1);
        ReconstructionJob.run(new ReconstructionJob.Options(raw, viaFiles, null, RecoConfig.defaults(), 1, true),
                Progress.silent(EVENTS));
        List<RecoEvent> a = RecoEventReader.readAll(direct);
        List<RecoEvent> b = RecoEventReader.readAll(viaFiles);
        assertThat(a).hasSize(100);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).ecal().energy()).isEqualTo(b.get(i).ecal().energy());
            assertThat(Double.valueOf(a.get(i).momentum())).isEqualTo(Double.valueOf(b.get(i).momentum()));
            assertThat(a.get(i).truth()).isEqualTo(b.get(i).truth());
        }
    }

    /** With pile-up: the one-process chain given the same pool of beam events overlays the same particles as the file chain. */
    @Test
    void oneProcessChainWithPileupEqualsTheFileChain() {
        Setup setup = Setups.load("na64e-2022");
        DigitizerConfig config = DigitizerConfig.defaults().withPileup(true, 2e7);
        List<SimEvent> pool = new ArrayList<>();
        try (SimEventReader r = SimEventReader.open(sim)) {
            for (SimEvent e : r.events()) {
                if (pool.size() == 300) {
                    break;                       // the file chain's pool: the first 300 events of its input
                }
                pool.add(e);
            }
        }
        Path direct = dir.resolve("direct-pileup.parquet");
        RunOptions run = new RunOptions("na64e-2022", "e-", 100.0, 100L, 5L, 1, null);
        EventLoop loop = new EventLoop(setup, run.signal(), CASCADE);
        try (SimulationChain chain = SimulationChain.open(setup, direct, 9, 7, 2, config, null, null, RecoConfig.defaults(),
                Map.of(), pool)) {
            loop.run(100, 5, 1, Progress.silent(100), chain);
            chain.commit();
        }
        Path raw = dir.resolve("files-pileup.raw");
        Path viaFiles = dir.resolve("files-pileup.parquet");
        digitize(raw, config, 1);
        ReconstructionJob.run(new ReconstructionJob.Options(raw, viaFiles, null, RecoConfig.defaults(), 1, true),
                Progress.silent(EVENTS));
        List<RecoEvent> a = RecoEventReader.readAll(direct);
        List<RecoEvent> b = RecoEventReader.readAll(viaFiles);
        long overlaid = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).truth().pileupParticles()).isEqualTo(b.get(i).truth().pileupParticles());
            assertThat(a.get(i).ecal().energy()).isEqualTo(b.get(i).ecal().energy());
            overlaid += a.get(i).truth().pileupParticles();
        }
        assertThat(overlaid).isGreaterThan(100);     // ~2.4 particles per event at 2e7 per spill
        assertThatThrownBy(() -> SimulationChain.open(setup, dir.resolve("no-pool.parquet"), 9, 7, 1, config, null, null,
                RecoConfig.defaults(), Map.of(), List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("pool");
    }
}
