package na64.analysis.visible;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import na64.analysis.select.Count;
import na64.analysis.select.Cut;
import na64.analysis.select.CutFlow;
import na64.analysis.select.Op;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;
import na64.analysis.select.Selector;
import na64.analysis.study.SamplePlan;
import na64.analysis.study.SampleProducer;
import na64.analysis.study.SampleRequest;
import na64.analysis.study.SampleSummary;
import na64.core.Config;
import na64.core.InputException;
import na64.core.Progress;
import na64.sim.run.SimulationOptions;
import na64.sim.signal.SignalDecayRegion;
import na64.stats.CLs;

/**
 * A visible-mode study as stages, each with one job:
 * <ol>
 *   <li>samples: per run, the pseudo-data (the setup's beam with its admixture) and the signal on the
 *       (mass, eps) grid, every X made to decay in the run's decay window with exact weights;</li>
 *   <li>selection: the cut flow of the pseudo-data and of every signal point (DuckDB over Parquet);</li>
 *   <li>signal: expected events per run and grid point, EOT x (sum of the selected weights) / events;</li>
 *   <li>background: per run, the selected pseudo-data events scaled to the EOT, or their 90 % CL bound
 *       when none passes;</li>
 *   <li>band: the runs combined by CLs at every grid point, the edges interpolated ({@link ExcludedBand}).</li>
 * </ol>
 * The report and the CSV files are written by {@link VisibleReport}.
 */
public final class VisibleStudy {
    private final VisibleStudyConfig config;
    private final Path baseDir;
    private final SampleProducer producer;
    private final PrintStream log;
    private final SelectionSpec selection;
    private final PublishedBand published;

    public VisibleStudy(VisibleStudyConfig config, Path baseDir, SampleProducer producer, PrintStream log) {
        this.config = config;
        this.baseDir = baseDir;
        this.producer = producer;
        this.log = log;
        this.selection = config.selection().equals("builtin")
                ? Config.readResource(VisibleStudyConfig.BUILTIN_SELECTION, SelectionSpec.class)
                : SelectionSpec.read(baseDir.resolve(config.selection()));
        // read before the first event, so that a missing file stops the study at once
        this.published = config.published() == null ? null
                : PublishedBand.read(baseDir.resolve(config.published().band()), config.published().label());
        for (VisibleStudyConfig.Run r : config.runs()) {
            selection.atBeamEnergy(r.beamEnergy(), "runs[" + r.name() + "].beamEnergy", "selection " + selection.name());
        }
    }

    /** The expected signal of one run at one grid point. */
    public record SignalPoint(String run, double mass, double epsilon, long events, Count selected, Count emitting,
            double signal, double signalError) {
        /** Selection efficiency of the events whose X decayed in the window (weighted). */
        public double efficiencyInWindow() {
            return emitting.sumW() > 0 ? selected.sumW() / emitting.sumW() : Double.NaN;
        }
    }

    /** The pseudo-data of one run: its cut flow and the background it measures (or bounds). */
    public record RunBackground(String run, long events, CutFlow cutFlow, double estimate, double error, boolean bound) {
    }

    public record Result(VisibleStudyConfig config, SelectionSpec selection, List<SampleSummary> samples,
            List<RunBackground> backgrounds, List<SignalPoint> signals, List<ExcludedBand.Edges> band, PublishedBand published,
            double seconds) {
    }

    public Result run(Path out) {
        long start = System.nanoTime();
        Path sampleDir = out.resolve("samples");
        try {
            Files.createDirectories(sampleDir);
        } catch (java.io.IOException e) {
            throw new InputException("out", "cannot create " + sampleDir + ": " + e.getMessage(), e);
        }
        List<SampleRequest> beams = new ArrayList<>();
        List<SampleRequest> signals = new ArrayList<>();
        for (VisibleStudyConfig.Run r : config.runs()) {
            beams.add(beam(r));
            for (double m : config.signal().masses()) {
                for (double eps : config.signal().epsilons()) {
                    signals.add(signal(r, m, eps));
                }
            }
        }
        List<SampleRequest> all = new ArrayList<>(beams);
        all.addAll(signals);
        long total = all.stream().mapToLong(SampleRequest::events).sum();
        log.printf(Locale.ROOT, "na64 run (visible): simulating and reconstructing %d samples, %,d events, %s%n", all.size(), total,
                producer.parallelism(config.threads()));
        List<SampleSummary> produced = new ArrayList<>();
        try (Progress progress = Progress.start("simulate+reconstruct", total)) {
            for (SampleRequest r : all) {
                produced.add(producer.produce(r, sampleDir.resolve(r.name() + ".parquet"), null, config.threads(), progress));
            }
        }
        log.println("na64 run (visible): selecting");
        List<RunBackground> backgrounds = new ArrayList<>();
        List<SignalPoint> points = new ArrayList<>();
        try (Selector engine = new SelectionEngine(config.threads())) {
            int k = config.runs().size();
            for (int i = 0; i < k; i++) {
                VisibleStudyConfig.Run r = config.runs().get(i);
                SelectionSpec s = selection.atBeamEnergy(r.beamEnergy(), "runs[" + r.name() + "].beamEnergy", selection.name());
                SampleSummary b = produced.get(i);
                CutFlow flow = engine.cutFlow(s, List.of(b.file()), List.of());
                Count passed = flow.selected();
                double scale = r.eot() / b.events();
                boolean bound = passed.events() == 0;
                // none passes: the 90 % CL bound of a Poisson count of zero, 2.30 events of the sample
                double estimate = bound ? 2.303 * scale : passed.sumW() * scale;
                backgrounds.add(new RunBackground(r.name(), b.events(), flow, estimate, bound ? Double.NaN : passed.error() * scale, bound));
            }
            List<Cut> emitting = List.of(Cut.of("truth_emission", Op.GE, 1));
            for (SampleSummary sig : produced.subList(k, produced.size())) {
                SampleRequest q = sig.request();
                VisibleStudyConfig.Run r = runOf(q);
                SelectionSpec s = selection.atBeamEnergy(r.beamEnergy(), "runs[" + r.name() + "].beamEnergy", selection.name());
                Count selected = engine.cutFlow(s, List.of(sig.file()), List.of()).selected();
                Count emitted = engine.cutFlow(s, List.of(sig.file()), emitting).total();
                double perEvent = r.eot() / sig.events();
                points.add(new SignalPoint(r.name(), q.mass(), q.epsilon(), sig.events(), selected, emitted,
                        selected.sumW() * perEvent, selected.error() * perEvent));
            }
        }
        log.println("na64 run (visible): excluded band");
        List<ExcludedBand.Edges> band = band(points, backgrounds);
        return new Result(config, selection, produced, backgrounds, points, band, published, (System.nanoTime() - start) * 1e-9);
    }

    /**
     * The band per mass. The background enters the likelihood where the pseudo-data measured it; a
     * bound (no pseudo-data event passes) enters as zero, stated in the report: with no event
     * observed the CLs limit is 2.3 signal events whatever the background.
     */
    private List<ExcludedBand.Edges> band(List<SignalPoint> points, List<RunBackground> backgrounds) {
        CLs cls = new CLs(CLs.Settings.defaults().withConfidenceLevel(config.confidenceLevel()));
        List<Double> eps = config.signal().epsilons();
        double[] grid = eps.stream().mapToDouble(Double::doubleValue).toArray();
        List<ExcludedBand.Edges> band = new ArrayList<>();
        for (double m : config.signal().masses()) {
            List<List<ExcludedBand.RunSignal>> atEps = new ArrayList<>();
            for (double e : eps) {
                List<ExcludedBand.RunSignal> runs = new ArrayList<>();
                for (int i = 0; i < config.runs().size(); i++) {
                    VisibleStudyConfig.Run r = config.runs().get(i);
                    RunBackground b = backgrounds.get(i);
                    double signal = points.stream().filter(p -> p.run().equals(r.name()) && p.mass() == m && p.epsilon() == e)
                            .findFirst().orElseThrow().signal();
                    runs.add(new ExcludedBand.RunSignal(r.name(), signal, b.bound() ? 0 : b.estimate(), r.observed()));
                }
                atEps.add(runs);
            }
            band.add(ExcludedBand.at(m, grid, atEps, cls));
        }
        return band;
    }

    private VisibleStudyConfig.Run runOf(SampleRequest q) {
        return config.runs().stream().filter(r -> q.name().startsWith(r.name() + "-")).findFirst().orElseThrow();
    }

    private SampleRequest beam(VisibleStudyConfig.Run r) {
        String name = r.name() + "-beam";
        String particle = na64.detector.Setups.loadOrRead(r.setup()).beam().particle();
        return new SampleRequest(name, "pseudo-data of run " + r.name() + ": the setup's beam with its admixture", r.setup(), particle,
                r.beamEnergy(), true, null, r.beamEvents(), SamplePlan.sampleSeed(config.seed(), name), null, null, null, null, null,
                1, null, null, null, null);
    }

    private SampleRequest signal(VisibleStudyConfig.Run r, double mass, double eps) {
        VisibleStudyConfig.Signal s = config.signal();
        String name = String.format(Locale.ROOT, "%s-signal-%.4g-%.3g", r.name(), mass, eps);
        double emissionMin = s.emissionMin() * r.beamEnergy();
        var region = new SignalDecayRegion(r.decayRegion().get(0), r.decayRegion().get(1));
        String description = String.format(Locale.ROOT, "run %s: X (%s) -> e+e-, m = %.4g GeV, eps = %.3g, E_X > %.3g GeV, emission "
                + "biased (%.0f %% of events), decay forced into z = %.0f-%.0f cm (weights exact)", r.name(), s.model(), mass, eps,
                emissionMin, 100 * s.emitting(), region.zMin(), region.zMax());
        return new SampleRequest(name, description, r.setup(), "e-", r.beamEnergy(), false, null, s.events(),
                SamplePlan.sampleSeed(config.seed(), name), s.model(), mass, eps, s.emitting(), emissionMin, 1, null, null, null, null,
                null, SimulationOptions.SignalDecay.VISIBLE, region);
    }
}
