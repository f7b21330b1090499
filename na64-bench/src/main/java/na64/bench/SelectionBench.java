package na64.bench;

import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.core.Check;
import na64.event.raw.TruthLink;
import na64.event.reco.RecoEvent;
import na64.event.reco.RecoEventWriter;

/**
 * The selection-rate benchmark ({@code na64 bench select}): the full cut flow of a selection (one
 * DuckDB query: every cut, cumulative counts, weights and control regions) over a Parquet file of
 * reconstructed-event columns, in events per second per core.
 *
 * <p>The file holds synthetic values in the reconstructed-event schema (written by the production
 * writer, so it has every column the selection reads); the speed of a columnar scan depends on the column types and the number of rows, not on
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

    /** Writes {@code events} synthetic rows to {@code file}, with the production reco schema and writer. */
    public static void writeFile(Path file, long events, long seed) {
        Check.positive("events", events);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] none = new double[0];
        try (RecoEventWriter w = RecoEventWriter.open(file, Map.of())) {
            for (long i = 0; i < events; i++) {
                double e = rng.nextDouble() < 0.9 ? 100 + 10 * rng.nextGaussian() : 100 * rng.nextDouble();
                double preshower = 3 * rng.nextDouble();
                double chi2 = 12 * rng.nextDouble();
                double h = Math.abs(2 * rng.nextGaussian());
                double[] modules = {h / 4, h / 4, h / 4, h / 4};
                double veto = 0.005 * rng.nextDouble();
                double srd = 0.1 * rng.nextDouble();
                double srdTime = 5 * rng.nextGaussian();
                double momentum = 100 + 2 * rng.nextGaussian();
                RecoEvent.TrackSegment up = new RecoEvent.TrackSegment(0, 0, 0, 5e-4 * rng.nextGaussian(),
                        5e-4 * rng.nextGaussian(), 0, 0, 6, 0);
                RecoEvent.TrackSegment down = new RecoEvent.TrackSegment(0, 0, 0, 0, 0, 10 * rng.nextDouble(), 0,
                        8 + rng.nextInt(3), 0);
                TruthLink truth = new TruthLink(i, 11, 100, 11, 100, 0, 0, Double.NaN, 1.0, false, false, e, h, 0);
                RecoEvent.EcalShower shower = new RecoEvent.EcalShower(e, preshower, Double.NaN, Double.NaN, -1, Double.NaN,
                        chi2, Double.NaN, none);
                w.write(new RecoEvent(0, 0, i, 0, shower, h, modules, veto, Double.NaN, srd, srdTime, none, List.of(), 0,
                        up, down, momentum, truth));
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
