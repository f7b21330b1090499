package na64.reco;

import na64.reco.process.RecoConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import na64.core.Progress;
import na64.event.reco.RecoEvent;
import na64.event.reco.RecoEventReader;
import na64.event.reco.RecoSummary;
import na64.reco.digitize.DigitizerConfig;
import na64.sim.run.RunOptions;
import na64.sim.run.SimulationRun;
import na64.detector.Setup;
import na64.detector.Setups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain through the files: simulate (beam line of the na64e-2022 setup; a toy shower
 * stands in for the cascade) -> na64-sim-events Parquet -> digitise -> raw file -> reconstruct ->
 * reco Parquet, read back by na64 and by DuckDB.
 */
class ChainTest {
    @TempDir
    static Path dir;
    static Path sim;
    static final int EVENTS = 400;

    @BeforeAll
    static void simulate() {
        Setup setup = Setups.load("na64e-2022");
        sim = dir.resolve("sim.parquet");
        RunOptions run = new RunOptions("na64e-2022", "e-", 100.0, (long) EVENTS, 5L, 2, null);
        SimulationRun.toFile(run, setup, new ToyDownstream(), sim, Progress.silent(EVENTS));
    }

    static DigitizationJob.Result digitize(Path out, DigitizerConfig config, int threads) {
        return DigitizationJob.run(new DigitizationJob.Options(sim, out, 9, 7, config, null, null, 300, threads),
                Progress.silent(EVENTS));
    }

    @Test
    void simulatedElectronsAreReconstructedWithTruthLinks() throws IOException {
        Path raw = dir.resolve("run.raw");
        Path reco = dir.resolve("reco.parquet");
        DigitizationJob.Result d = digitize(raw, DigitizerConfig.defaults(), 2);
        assertThat(d.events()).isEqualTo(EVENTS);
        ReconstructionJob.Result r = ReconstructionJob.run(new ReconstructionJob.Options(raw, reco, null,
                RecoConfig.defaults(), 2, true), Progress.silent(EVENTS));
        assertThat(r.events()).isEqualTo(EVENTS);
        assertThat(r.damage()).isEmpty();
        List<RecoEvent> events = RecoEventReader.readAll(reco);
        assertThat(events).hasSize(EVENTS);
        double ratio = 0;
        int n = 0;
        int withMomentum = 0;
        for (int i = 0; i < events.size(); i++) {
            RecoEvent e = events.get(i);
            assertThat(e.truth()).isNotNull();
            assertThat(e.truth().simEvent()).isEqualTo(e.event()).isEqualTo(i);
            assertThat(e.run()).isEqualTo(7);
            if (e.truth().ecalDeposit() > 10) {
                ratio += e.ecal().energy() / e.truth().ecalDeposit();
                n++;
            }
            if (!Double.isNaN(e.momentum())) {
                withMomentum++;
            }
        }
        assertThat(Math.abs(ratio / n - 1)).isLessThan(0.01);
        assertThat(withMomentum).isGreaterThan(EVENTS * 8 / 10);
        RecoSummary summary = RecoSummary.of(reco);
        assertThat(summary.events()).isEqualTo(EVENTS);
        assertThat(summary.momentumMean()).isBetween(90.0, 102.0);
        // the file reads the same in DuckDB
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), avg(ecal_energy), stddev_pop(ecal_energy), avg(momentum), "
                     + "count(truth.sim_event) FROM '" + reco + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(EVENTS);
            assertThat(rs.getDouble(2)).isCloseTo(summary.recoEcalEnergyMean(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rs.getDouble(3)).isCloseTo(summary.recoEcalEnergyRms(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rs.getDouble(4)).isCloseTo(summary.momentumMean(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rs.getLong(5)).isEqualTo(EVENTS);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(Files.size(raw)).isEqualTo(d.bytes());
    }

    /** The raw output does not depend on the number of threads (per-event random streams). */
    @Test
    void digitisationIsIndependentOfThreads() throws IOException {
        Path one = dir.resolve("one.raw");
        Path two = dir.resolve("two.raw");
        DigitizerConfig config = DigitizerConfig.defaults().withPileup(true, 5e6);
        digitize(one, config, 1);
        digitize(two, config, 2);
        assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));
    }

    /**
     * Pile-up: the number of beam particles overlaid per event follows the Poisson mean rate x window
     * (intensity / spill duration), and the waveform fits find their pulses. (In-time pile-up, within
     * the pulse width of the trigger, cannot be separated: it is part of the physics, region III of
     * the E_ECAL-E_HCAL plane; {@link PileupTest} shows the separation of out-of-time pile-up.)
     */
    @Test
    void pileupOverlayAtHighIntensity() {
        Path raw = dir.resolve("pileup.raw");
        Path reco = dir.resolve("pileup.parquet");
        DigitizationJob.Result d = digitize(raw, DigitizerConfig.defaults().withPileup(true, 2e7), 2);
        ReconstructionJob.run(new ReconstructionJob.Options(raw, reco, null, RecoConfig.defaults(), 2, true),
                Progress.silent(EVENTS));
        List<RecoEvent> events = RecoEventReader.readAll(reco);
        double particles = 0;
        long pulses = 0;
        for (RecoEvent e : events) {
            particles += e.truth().pileupParticles();
            pulses += e.pileupPulses();
        }
        double mean = particles / events.size();
        // Poisson: the sample mean within 4 standard errors of the expectation
        assertThat(Math.abs(mean - d.meanPileup())).isLessThan(4 * Math.sqrt(d.meanPileup() / events.size()));
        assertThat(d.meanPileup()).isBetween(1.0, 5.0);
        assertThat(pulses).isGreaterThan((long) (0.5 * particles));
    }
}
