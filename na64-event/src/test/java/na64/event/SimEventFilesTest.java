package na64.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimEventFilesTest {
    static final List<DetectorInfo> DETECTORS = List.of(
            new DetectorInfo("S0", "S0", 1, 1),
            new DetectorInfo("SRD", "SRD", 1, 4),
            new DetectorInfo("ECAL", "ECAL", 2, 30),
            new DetectorInfo("HCAL1", "HCAL", 1, 9),
            new DetectorInfo("HCAL2", "HCAL", 1, 9));
    static final List<String> TRACKERS = List.of("MM1", "ST1X");

    static List<SimEvent> randomEvents(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<SimEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean decay = r.nextInt(5) == 0;
            boolean emission = r.nextInt(7) == 0;
            McTruth t = new McTruth(r.nextDouble(), 11, 100 * r.nextDouble(), r.nextGaussian(), r.nextGaussian(),
                    1e-4 * r.nextGaussian(), 1e-4 * r.nextGaussian(), r.nextBoolean() ? 11 : 22, 99 * r.nextDouble(),
                    decay ? -100 * r.nextDouble() : null, decay ? "pi- -> e- nu" : null, r.nextInt(60),
                    0.1 * r.nextDouble(), r.nextDouble(), emission ? "bremsstrahlung" : null, emission ? 11 : 0,
                    r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble(), 2650 + r.nextDouble(),
                    1e-3 * r.nextDouble(), r.nextGaussian(), r.nextGaussian(), r.nextDouble(), r.nextGaussian(),
                    r.nextGaussian(), r.nextDouble(), emission && r.nextBoolean() ? 3000.0 : null, r.nextBoolean(),
                    r.nextBoolean(), r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextDouble());
            double[][] dep = new double[DETECTORS.size()][];
            for (int d = 0; d < dep.length; d++) {
                dep[d] = new double[DETECTORS.get(d).channels()];
                for (int c = 0; c < dep[d].length; c++) {
                    dep[d][c] = r.nextInt(3) == 0 ? 0 : 10 * r.nextDouble();
                }
            }
            List<TrackerHit> hits = new ArrayList<>();
            int nh = r.nextInt(4);
            for (int h = 0; h < nh; h++) {
                int plane = r.nextInt(2);
                hits.add(new TrackerHit(plane, r.nextInt(3), 11, r.nextGaussian(), r.nextGaussian(), 30 + h,
                        1e-3 * r.nextGaussian(), 1e-3 * r.nextGaussian(), 100 * r.nextDouble(), r.nextDouble(),
                        r.nextGaussian(), plane == 1 ? Double.NaN : r.nextGaussian()));
            }
            events.add(new SimEvent(i, t, dep, hits));
        }
        return events;
    }

    static Path write(Path file, List<SimEvent> events) {
        try (SimEventWriter w = SimEventWriter.create(file, DETECTORS, TRACKERS, Map.of("na64.seed", "7"))) {
            events.forEach(w::write);
            w.commit();
        }
        return file;
    }

    @Test
    void eventsRoundTripExactly(@TempDir Path dir) {
        List<SimEvent> events = randomEvents(500, 1);
        Path file = write(dir.resolve("e.parquet"), events);
        try (SimEventReader r = SimEventReader.open(file)) {
            assertThat(r.count()).isEqualTo(500);
            assertThat(r.detectors()).isEqualTo(DETECTORS);
            assertThat(r.trackers()).isEqualTo(TRACKERS);
            assertThat(r.groups()).containsExactly("HCAL");
            assertThat(r.metadata()).containsEntry("na64.seed", "7").containsEntry(EventSchema.KEY_EVENTS, "500")
                    .containsEntry(EventSchema.KEY_FORMAT, EventSchema.FORMAT);
            assertThat(r.readAll()).isEqualTo(events);
            double[] ecal = r.doubles("energy_ecal");
            double[] hcal = r.doubles("energy_hcal");
            for (int i = 0; i < events.size(); i++) {
                assertThat(ecal[i]).isEqualTo(events.get(i).total(2));
                assertThat(hcal[i]).isCloseTo(events.get(i).total(3) + events.get(i).total(4), within(1e-12));
            }
        }
    }

    @Test
    void duckDbSeesTheSameEvents(@TempDir Path dir) throws Exception {
        List<SimEvent> events = randomEvents(300, 2);
        Path file = write(dir.resolve("d.parquet"), events);
        String f = file.toString().replace("'", "''");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT event, energy_ecal, list_sum(cells_ecal), energy_hcal, "
                    + "beam_decay_z, beam_decay_channel, emission, len(hits), primary_energy, dimuon FROM '" + f
                    + "' ORDER BY event")) {
                int i = 0;
                while (rs.next()) {
                    SimEvent e = events.get(i);
                    assertThat(rs.getLong(1)).isEqualTo(e.event());
                    assertThat(rs.getDouble(2)).isEqualTo(e.total(2));
                    assertThat(rs.getDouble(3)).isCloseTo(e.total(2), within(1e-9));
                    assertThat(rs.getDouble(4)).isCloseTo(e.total(3) + e.total(4), within(1e-12));
                    Object decay = rs.getObject(5);
                    assertThat(decay == null ? null : ((Number) decay).doubleValue()).isEqualTo(e.truth().beamDecayZ());
                    assertThat(rs.getString(6)).isEqualTo(e.truth().beamDecayChannel());
                    assertThat(rs.getString(7)).isEqualTo(e.truth().emission());
                    assertThat(rs.getInt(8)).isEqualTo(e.hits().size());
                    assertThat(rs.getDouble(9)).isEqualTo(e.truth().primaryEnergy());
                    assertThat(rs.getBoolean(10)).isEqualTo(e.truth().dimuon());
                    i++;
                }
                assertThat(i).isEqualTo(events.size());
            }
            // hits unnested: every member, NaN for an unmeasured coordinate
            try (ResultSet rs = s.executeQuery("SELECT event, h.plane, h.x, h.y_measured, h.momentum FROM '" + f
                    + "', unnest(hits) AS t(h) ORDER BY event")) {
                List<TrackerHit> all = events.stream().flatMap(e -> e.hits().stream()).toList();
                int k = 0;
                while (rs.next()) {
                    TrackerHit h = all.get(k++);
                    assertThat(rs.getInt(2)).isEqualTo(h.plane());
                    assertThat(rs.getDouble(3)).isEqualTo(h.x());
                    assertThat(Double.isNaN(rs.getDouble(4))).isEqualTo(Double.isNaN(h.yMeasured()));
                    assertThat(rs.getDouble(5)).isEqualTo(h.momentum());
                }
                assertThat(k).isEqualTo(all.size());
            }
            try (ResultSet rs = s.executeQuery("SELECT decode(value) FROM parquet_kv_metadata('" + f
                    + "') WHERE decode(key) = 'na64.seed'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("7");
            }
        }
    }

    @Test
    void aFileIsOnlyPublishedWhenCommitted(@TempDir Path dir) {
        Path file = dir.resolve("x.parquet");
        try (SimEventWriter w = SimEventWriter.create(file, DETECTORS, TRACKERS, Map.of())) {
            randomEvents(10, 3).forEach(w::write);
        }
        assertThat(file).doesNotExist();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void foreignOrDamagedFilesAreInputErrors(@TempDir Path dir) throws Exception {
        Path file = write(dir.resolve("ok.parquet"), randomEvents(20, 4));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.parquet");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> SimEventReader.open(cut)).isInstanceOf(InputException.class).hasMessageContaining("cut.parquet");
        Path foreign = dir.resolve("foreign.parquet");
        try (var w = na64.parquet.ParquetWriter.create(foreign, na64.parquet.Schema.builder()
                .required("a", na64.parquet.ColumnType.INT32).build())) {
            w.value("a").set(1);
            w.endRow();
            w.commit();
        }
        assertThatThrownBy(() -> SimEventReader.open(foreign)).isInstanceOf(InputException.class)
                .hasMessageContaining("not a simulated-event file");
    }
}
