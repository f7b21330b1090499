package na64.analysis.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import na64.analysis.select.Cut;
import na64.analysis.select.Op;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;
import na64.parquet.ColumnType;
import na64.parquet.Field;
import na64.parquet.ParquetWriter;
import na64.parquet.Schema;
import na64.parquet.StructWriter;
import na64.parquet.ValueWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The factorised estimate of a source none of whose events passes: on a sample in which the SRD
 * and the calorimeters reject independently by construction, it must find the product of the
 * generator's probabilities, which no event of the sample measures directly.
 */
class FactorisedEstimateTest {
    @TempDir
    Path dir;

    /** Tracking, SRD and calorimeter cuts, one of each kind, and a two-cut signal box. */
    private static final SelectionSpec SPEC = new SelectionSpec("toy", "", null,
            List.of(Cut.range("momentum", Op.BETWEEN, 96, 104), Cut.range("srd_energy", Op.BETWEEN, 0.003, 1.0)),
            List.of(Cut.of("ecal_energy", Op.LT, 50), Cut.of("hcal_energy", Op.LT, 1)), List.of(), null);

    /**
     * Events with a good track with probability pTrack, an SRD signal with pSrd and a calorimeter
     * signature (E_ECAL < 50, E_HCAL < 1) with pCalo, all independent; every event of weight w.
     */
    private Path sample(String name, int n, double pTrack, double pSrd, double pCalo, double w, long seed) {
        Path file = dir.resolve(name + ".parquet");
        Schema schema = Schema.builder().optional("momentum", ColumnType.DOUBLE).required("srd_energy", ColumnType.DOUBLE)
                .required("ecal_energy", ColumnType.DOUBLE).required("hcal_energy", ColumnType.DOUBLE)
                .optionalStruct("truth", Field.required("weight", ColumnType.DOUBLE), Field.required("primary_pdg", ColumnType.INT32),
                        Field.required("dimuon", ColumnType.BOOLEAN)).build();
        SplittableRandom rng = new SplittableRandom(seed);
        try (ParquetWriter out = ParquetWriter.create(file, schema)) {
            ValueWriter momentum = out.value("momentum");
            ValueWriter srd = out.value("srd_energy");
            ValueWriter ecal = out.value("ecal_energy");
            ValueWriter hcal = out.value("hcal_energy");
            StructWriter truth = out.struct("truth");
            for (int i = 0; i < n; i++) {
                if (rng.nextDouble() < pTrack) {
                    momentum.set(100 + rng.nextGaussian());
                } else {
                    momentum.setNull();
                }
                srd.set(rng.nextDouble() < pSrd ? 0.01 : 0.0005);
                boolean calo = rng.nextDouble() < pCalo;
                ecal.set(calo ? 30 : 90);
                hcal.set(calo ? 0.5 : 10);
                truth.field("weight").set(w);
                truth.field("primary_pdg").set(11);                  // beam electrons: the upstream source
                truth.field("dimuon").set(false);
                out.endRow();
            }
            out.commit();
        }
        return file;
    }

    @Test
    void independentRejectionsMultiply() {
        int n = 40_000;
        double pTrack = 0.95;
        double pSrd = 2e-3;
        double pCalo = 1e-3;
        double w = 0.5;
        Path file = sample("independent", n, pTrack, pSrd, pCalo, w, 7);
        double eot = 1e9;
        try (SelectionEngine engine = new SelectionEngine(1)) {
            SourceEstimate s = new BackgroundEstimator(engine, SPEC, eot).upstream(List.of(file), n);
            // 40,000 x 0.95 x 2e-6 = 0.08 events expected: none passes, the count is only a bound
            assertThat(s.counted().upperLimit()).isTrue();
            Estimate f = s.factorised();
            assertThat(f.upperLimit()).isFalse();
            double expected = eot * w * pTrack * pSrd * pCalo;  // the generator's rate, per beam particle x EOT
            assertThat(Math.abs(f.value() - expected)).isLessThan(3 * f.error());
            assertThat(f.error() / f.value()).isBetween(0.1, 0.5);   // ~ 76 and 38 events in the two factors
            assertThat(s.estimate()).isEqualTo(f);                   // adopted: below the bound of the count
            assertThat(s.method()).contains("factorised").contains("independently");
        }
    }

    @Test
    void aFactorWithoutEventsGivesABoundAndPassingEventsAreCountedAsTheyAre() {
        int n = 20_000;
        try (SelectionEngine engine = new SelectionEngine(1)) {
            BackgroundEstimator estimator = new BackgroundEstimator(engine, SPEC, 1e9);
            SourceEstimate none = estimator.upstream(List.of(sample("no-srd", n, 1, 0, 0.01, 1, 8)), n);
            assertThat(none.factorised().upperLimit()).isTrue();
            // bound: 2.3 events for the empty SRD factor, times the measured calorimeter efficiency (~0.01)
            assertThat(none.factorised().value()).isLessThan(none.counted().value() / 20);
            assertThat(none.estimate().upperLimit()).isTrue();
            SourceEstimate some = estimator.upstream(List.of(sample("passing", n, 1, 0.1, 0.1, 1, 9)), n);
            assertThat(some.factorised()).isNull();                  // ~200 events pass: counted, not factorised
            assertThat(some.estimate()).isEqualTo(some.counted());
        }
    }
}
