package na64.bench;

import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import na64.core.Check;
import na64.parquet.ColumnType;
import na64.parquet.Field;
import na64.parquet.ListWriter;
import na64.parquet.ParquetWriter;
import na64.parquet.Schema;
import na64.parquet.StructWriter;
import na64.parquet.ValueWriter;

/**
 * The selection-rate benchmark ({@code na64 bench select}): the full cut flow of a selection (one
 * DuckDB query: every cut, cumulative counts, weights and control regions) over a Parquet file of
 * reconstructed-event columns, in events per second per core.
 *
 * <p>The file holds synthetic values in the reco-v1 columns the selection reads (plus the truth
 * weight); the speed of a columnar scan depends on the column types and the number of rows, not on
 * the values.
 */
public final class SelectionBench {
    /** One measurement: events in the file, threads, the best and mean wall time of the query. */
    public record Result(long events, int threads, double bestSeconds, double meanSeconds) {
        /** Events per second per core, from the best repetition. */
        public double eventsPerSecondPerCore() {
            return events / bestSeconds / threads;
        }
    }

    private SelectionBench() {
    }

    /** Writes {@code events} synthetic rows to {@code file}. */
    public static void writeFile(Path file, long events, long seed) {
        Check.positive("events", events);
        Schema schema = Schema.builder()
                .required("event", ColumnType.INT64)
                .required("ecal_energy", ColumnType.DOUBLE)
                .required("ecal_preshower_energy", ColumnType.DOUBLE)
                .optional("ecal_lateral_chi2", ColumnType.DOUBLE)
                .required("hcal_energy", ColumnType.DOUBLE)
                .list("hcal_modules", ColumnType.DOUBLE)
                .required("veto_energy", ColumnType.DOUBLE)
                .required("srd_energy", ColumnType.DOUBLE)
                .optional("srd_time", ColumnType.DOUBLE)
                .optional("momentum", ColumnType.DOUBLE)
                .add(Field.struct("upstream", true, Field.required("tx", ColumnType.DOUBLE), Field.required("ty", ColumnType.DOUBLE)))
                .optionalStruct("truth", Field.required("weight", ColumnType.DOUBLE))
                .build();
        SplittableRandom rng = new SplittableRandom(seed);
        try (ParquetWriter w = ParquetWriter.create(file, schema)) {
            ValueWriter event = w.value("event");
            ValueWriter ecal = w.value("ecal_energy");
            ValueWriter ps = w.value("ecal_preshower_energy");
            ValueWriter chi2 = w.value("ecal_lateral_chi2");
            ValueWriter hcal = w.value("hcal_energy");
            ListWriter modules = w.list("hcal_modules");
            ValueWriter veto = w.value("veto_energy");
            ValueWriter srd = w.value("srd_energy");
            ValueWriter srdTime = w.value("srd_time");
            ValueWriter momentum = w.value("momentum");
            StructWriter up = w.struct("upstream");
            StructWriter truth = w.struct("truth");
            double[] m = new double[4];
            for (long i = 0; i < events; i++) {
                event.set(i);
                double e = rng.nextDouble() < 0.9 ? 100 + 10 * rng.nextGaussian() : 100 * rng.nextDouble();
                ecal.set(e);
                ps.set(3 * rng.nextDouble());
                chi2.set(12 * rng.nextDouble());
                double h = Math.abs(2 * rng.nextGaussian());
                hcal.set(h);
                for (int k = 0; k < 4; k++) {
                    m[k] = h / 4;
                }
                modules.addAll(m);
                veto.set(0.005 * rng.nextDouble());
                srd.set(0.1 * rng.nextDouble());
                srdTime.set(5 * rng.nextGaussian());
                momentum.set(100 + 2 * rng.nextGaussian());
                up.field("tx").set(5e-4 * rng.nextGaussian());
                up.field("ty").set(5e-4 * rng.nextGaussian());
                truth.field("weight").set(1.0);
                w.endRow();
            }
            w.commit();
        }
    }

    /** Times the cut flow of {@code spec} over {@code file}: a warm-up run, then {@code repetitions}. */
    public static Result measure(SelectionSpec spec, Path file, int threads, int repetitions) {
        Check.positive("repetitions", (long) repetitions);
        try (SelectionEngine engine = new SelectionEngine(threads)) {
            long events = engine.cutFlow(spec, List.of(file), List.of()).total().events();
            double best = Double.MAX_VALUE;
            double sum = 0;
            for (int r = 0; r < repetitions; r++) {
                long t0 = System.nanoTime();
                engine.cutFlow(spec, List.of(file), List.of());
                double s = (System.nanoTime() - t0) * 1e-9;
                best = Math.min(best, s);
                sum += s;
            }
            return new Result(events, threads, best, sum / repetitions);
        }
    }
}
