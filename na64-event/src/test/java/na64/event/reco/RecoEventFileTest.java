package na64.event.reco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.core.InputException;
import na64.event.raw.TruthLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoEventFileTest {

    static RecoEvent event(long n, SplittableRandom rng) {
        double[] cells = new double[60];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = rng.nextDouble();
        }
        boolean tracked = n % 3 != 0;
        RecoEvent.TrackSegment up = tracked ? new RecoEvent.TrackSegment(175, 0.1, -0.2, 1e-4, -2e-4, 1.5, 4, 6, 1) : null;
        RecoEvent.TrackSegment down = tracked ? new RecoEvent.TrackSegment(800, 0.3, -0.1, 2e-4, 1e-4, 3.5, 6, 8, 3) : null;
        TruthLink truth = n % 2 == 0 ? new TruthLink(n, 11, 100, 11, 99.5, (int) (n % 3), 20, 2700, 0.01, false, true,
                80 + rng.nextDouble(), 0.5, (int) (n % 4)) : null;
        return new RecoEvent(3, 1 + (int) (n / 10), n, 5, new RecoEvent.EcalShower(90 + rng.nextGaussian(), 5, 0.1, -0.3,
                14, 0.2, n % 5 == 0 ? Double.NaN : 7.5, 0.9, cells), 1.2, new double[] {1, 0.2, 0, 0}, 0.001,
                n % 4 == 0 ? Double.NaN : 0.5, 0.08, -0.3, new double[] {0.01, 0.03, 0.04, 0},
                List.of(new RecoEvent.DetectorSignal("ECAL", 90, 0.1), new RecoEvent.DetectorSignal("VETO", 0, Double.NaN)),
                (int) (n % 2), up, down, tracked ? 99 + rng.nextGaussian() : Double.NaN, truth);
    }

    @Test
    void eventsReadBackAsWritten(@TempDir Path dir) {
        Path file = dir.resolve("reco.parquet");
        SplittableRandom rng = new SplittableRandom(1);
        List<RecoEvent> events = new ArrayList<>();
        try (RecoEventWriter w = RecoEventWriter.open(file, Map.of("na64.setup", "na64e-2022"))) {
            for (int i = 0; i < 50; i++) {
                RecoEvent e = event(i, rng);
                events.add(e);
                w.write(e);
            }
            w.commit();
        }
        List<RecoEvent> back = RecoEventReader.readAll(file);
        assertThat(back).hasSize(50);
        for (int i = 0; i < 50; i++) {
            RecoEvent a = events.get(i);
            RecoEvent b = back.get(i);
            assertThat(b.event()).isEqualTo(a.event());
            assertThat(b.spill()).isEqualTo(a.spill());
            assertThat(b.ecal().energy()).isEqualTo(a.ecal().energy());
            assertThat(b.ecal().cells()).containsExactly(a.ecal().cells());
            assertThat(Double.valueOf(b.ecal().lateralChi2())).isEqualTo(Double.valueOf(a.ecal().lateralChi2()));
            assertThat(Double.valueOf(b.vetoTime())).isEqualTo(Double.valueOf(a.vetoTime()));
            assertThat(b.srdCells()).containsExactly(a.srdCells());
            assertThat(b.detectors()).isEqualTo(a.detectors());
            assertThat(b.upstream()).isEqualTo(a.upstream());
            assertThat(b.downstream()).isEqualTo(a.downstream());
            assertThat(Double.valueOf(b.momentum())).isEqualTo(Double.valueOf(a.momentum()));
            assertThat(b.truth()).isEqualTo(a.truth());
        }
        assertThat(RecoEventReader.metadata(file)).containsEntry("na64.setup", "na64e-2022")
                .containsEntry(RecoEventSchema.SCHEMA_KEY, RecoEventSchema.VERSION);
    }

    /** The summary: mean and RMS about the mean, events without momentum left out. */
    @Test
    void summaryMatchesDirectComputation(@TempDir Path dir) {
        Path file = dir.resolve("reco.parquet");
        SplittableRandom rng = new SplittableRandom(2);
        double se = 0;
        double se2 = 0;
        double sp = 0;
        double sp2 = 0;
        int np = 0;
        int n = 300;
        try (RecoEventWriter w = RecoEventWriter.open(file, Map.of())) {
            for (int i = 0; i < n; i++) {
                RecoEvent e = event(i, rng);
                w.write(e);
                se += e.ecal().energy();
                se2 += e.ecal().energy() * e.ecal().energy();
                if (!Double.isNaN(e.momentum())) {
                    sp += e.momentum();
                    sp2 += e.momentum() * e.momentum();
                    np++;
                }
            }
            w.commit();
        }
        RecoSummary s = RecoSummary.of(file);
        assertThat(s.events()).isEqualTo(n);
        assertThat(s.recoEcalEnergyMean()).isCloseTo(se / n, within(1e-9));
        assertThat(s.recoEcalEnergyRms()).isCloseTo(Math.sqrt(se2 / n - (se / n) * (se / n)), within(1e-6));
        assertThat(s.momentumEvents()).isEqualTo(np);
        assertThat(s.momentumMean()).isCloseTo(sp / np, within(1e-9));
        assertThat(s.momentumRms()).isCloseTo(Math.sqrt(sp2 / np - (sp / np) * (sp / np)), within(1e-6));
        assertThat(s.toMap()).containsKeys("reco_ecal_energy_mean_GeV", "reco_ecal_energy_rms_GeV", "momentum_mean_GeV",
                "momentum_rms_GeV");
    }

    @Test
    void foreignParquetFileIsRejected(@TempDir Path dir) {
        Path file = dir.resolve("other.parquet");
        try (na64.parquet.ParquetWriter w = na64.parquet.ParquetWriter.create(file,
                na64.parquet.Schema.builder().required("x", na64.parquet.ColumnType.DOUBLE).build())) {
            w.value("x").set(1.0);
            w.endRow();
            w.commit();
        }
        assertThatThrownBy(() -> RecoSummary.of(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("not a reconstructed-event file");
    }
}
