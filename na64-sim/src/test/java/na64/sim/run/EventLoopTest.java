package na64.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import na64.core.Progress;
import na64.event.EventSchema;
import na64.event.SimEvent;
import na64.event.SimEventReader;
import na64.detector.Setup;
import na64.detector.Setups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLoopTest {
    static final Setup SETUP = Setups.load("na64e-2022");

    static List<SimEvent> run(int threads, long events, long seed) {
        EventLoop loop = new EventLoop(SETUP, SimulationOptions.standardModel(), new PassThroughDownstream.Factory());
        List<SimEvent> out = new ArrayList<>();
        loop.run(events, seed, threads, Progress.silent(events), out::add);
        return out;
    }

    @Test
    void sameSeedGivesIdenticalEventsWithOneAndTwoThreads() {
        List<SimEvent> one = run(1, 1500, 42);
        List<SimEvent> two = run(2, 1500, 42);
        List<SimEvent> three = run(3, 1500, 42);
        assertThat(one).hasSize(1500);
        assertThat(two).isEqualTo(one);
        assertThat(three).isEqualTo(one);
        for (int i = 0; i < one.size(); i++) {
            assertThat(one.get(i).event()).isEqualTo(i);
        }
        // and a different seed gives different events
        assertThat(run(2, 50, 43)).isNotEqualTo(one.subList(0, 50));
    }

    @Test
    void aRunSplitIntoRangesGivesTheEventsOfTheWholeRun() {
        List<SimEvent> whole = run(2, 1000, 42);
        EventLoop loop = new EventLoop(SETUP, SimulationOptions.standardModel(), new PassThroughDownstream.Factory());
        List<SimEvent> ranges = new ArrayList<>();
        // uneven ranges, one not a multiple of the block size, one running on another thread count
        loop.run(0, 300, 42, 1, Progress.silent(300), ranges::add);
        loop.run(300, 301, 42, 2, Progress.silent(1), ranges::add);
        loop.run(301, 1000, 42, 3, Progress.silent(699), ranges::add);
        assertThat(ranges).isEqualTo(whole);
        assertThatThrownBy(() -> loop.run(10, 5, 42, 1, Progress.silent(1), e -> { }))
                .hasMessageContaining("[10, 5)");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("na64.detector.SetupsTest#names")
    void everySetupSimulatesAndConservesEnergy(String name) {
        Setup setup = Setups.load(name);
        EventLoop loop = new EventLoop(setup, SimulationOptions.standardModel(), new PassThroughDownstream.Factory());
        List<SimEvent> out = new ArrayList<>();
        loop.run(300, 11, 2, Progress.silent(300), out::add);
        int hits = 0;
        for (SimEvent e : out) {
            var t = e.truth();
            double sum = t.depositedTrue() + t.escapedInvisible() + t.escapedLeakage() + t.lostUpstream();
            assertThat(sum).as("%s event %d", name, e.event()).isCloseTo(t.primaryEnergy(), within(1e-9 * t.primaryEnergy()));
            hits += e.hits().size();
        }
        assertThat(hits).as(name + ": tracker hits").isGreaterThan(300);
    }

    @Test
    void everyEventConservesEnergy() {
        for (SimEvent e : run(2, 2000, 5)) {
            var t = e.truth();
            double sum = t.depositedTrue() + t.escapedInvisible() + t.escapedLeakage() + t.lostUpstream();
            assertThat(sum).as("event %d", e.event()).isCloseTo(t.primaryEnergy(), within(1e-9 * t.primaryEnergy()));
        }
    }

    @Test
    void filesWithOneAndTwoThreadsHoldTheSameEventsAndDuckDbReadsThem(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.parquet");
        Path b = dir.resolve("b.parquet");
        SimulationRun.toFile(new RunOptions("na64e-2022", "e-", 100.0, 700L, 9L, 1, null), SETUP,
                new PassThroughDownstream.Factory(), a, Progress.silent(700));
        SimulationRun.toFile(new RunOptions("na64e-2022", "e-", 100.0, 700L, 9L, 2, null), SETUP,
                new PassThroughDownstream.Factory(), b, Progress.silent(700));
        List<SimEvent> ea;
        try (SimEventReader ra = SimEventReader.open(a); SimEventReader rb = SimEventReader.open(b)) {
            ea = ra.readAll();
            assertThat(rb.readAll()).isEqualTo(ea);
            assertThat(ra.metadata()).containsEntry(EventSchema.KEY_SEED, "9")
                    .containsEntry("na64.downstream.model", "pass-through (test only)")
                    .containsKey(EventSchema.KEY_SETUP).containsKey(EventSchema.KEY_RUN).containsKey(EventSchema.KEY_VERSION);
            assertThat(Setups.class).isNotNull();
            // the resolved setup in the metadata is the setup itself
            assertThat(na64.core.Config.parse(ra.metadata().get(EventSchema.KEY_SETUP), "metadata", Setup.class))
                    .isEqualTo(SETUP);
        }
        int ecal = SETUP.detectors().stream().map(Setup.Detector::name).toList().indexOf("ECAL");
        int srd = SETUP.detectors().stream().map(Setup.Detector::name).toList().indexOf("SRD");
        String f = a.toString().replace("'", "''");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event, energy_ecal, list_sum(cells_ecal), energy_srd, primary_energy, "
                     + "len(hits), synchrotron_photons FROM '" + f + "' ORDER BY event")) {
            int i = 0;
            while (rs.next()) {
                SimEvent e = ea.get(i++);
                assertThat(rs.getLong(1)).isEqualTo(e.event());
                assertThat(rs.getDouble(2)).isEqualTo(e.total(ecal));
                assertThat(rs.getDouble(3)).isCloseTo(e.total(ecal), within(1e-9));
                assertThat(rs.getDouble(4)).isEqualTo(e.total(srd));
                assertThat(rs.getDouble(5)).isEqualTo(e.truth().primaryEnergy());
                assertThat(rs.getInt(6)).isEqualTo(e.hits().size());
                assertThat(rs.getInt(7)).isEqualTo(e.truth().synchrotronPhotons());
            }
            assertThat(i).isEqualTo(700);
        }
    }

    @Test
    void aFailureInTheDownstreamSimulationStopsTheRunAndLeavesNoFile(@TempDir Path dir) {
        Path out = dir.resolve("f.parquet");
        DownstreamSimulator.Factory failing = (setup, options) -> (incoming, rng, event) -> {
            if (event.eventNumber() == 600) {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> SimulationRun.toFile(new RunOptions("na64e-2022", "e-", 100.0, 2000L, 1L, 2, null),
                SETUP, failing, out, Progress.silent(2000))).hasMessageContaining("boom");
        assertThat(out).doesNotExist();
    }
}
