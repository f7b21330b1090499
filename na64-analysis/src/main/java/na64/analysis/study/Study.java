package na64.analysis.study;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.analysis.background.BackgroundEstimator;
import na64.analysis.background.BackgroundTable;
import na64.analysis.background.PublishedBackground;
import na64.analysis.background.SourceEstimate;
import na64.analysis.calibration.ElectronShowerProfile;
import na64.analysis.efficiency.DimuonSystematic;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.analysis.limits.LimitCalculator;
import na64.analysis.limits.LimitPoint;
import na64.analysis.limits.PublishedCurve;
import na64.analysis.select.Count;
import na64.analysis.select.Cut;
import na64.analysis.select.CutFlow;
import na64.analysis.select.Op;
import na64.analysis.select.PlaneHistogram;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.Selector;
import na64.analysis.select.SelectionSpec;
import na64.core.InputException;
import na64.core.Progress;
import na64.reco.conditions.ShowerProfile;

/**
 * A missing-energy study as a pipeline of stages, each with one job:
 *
 * <ol>
 *   <li>samples: simulate and reconstruct every sample of the {@link SamplePlan} (in-process, through a {@link SampleProducer});</li>
 *   <li>select: the cut flow and the E_ECAL - E_HCAL plane of the pseudo-data (a {@link Selector}: DuckDB, or Spark SQL, over the Parquet files);</li>
 *   <li>background: one estimate per source, and the side-band extrapolation ({@link BackgroundEstimator});</li>
 *   <li>efficiency: per mass and process, and the dimuon systematic ({@link EfficiencyMeasurement}, {@link DimuonSystematic});</li>
 *   <li>limits: through the reach calculation ({@link LimitCalculator});</li>
 * </ol>
 *
 * The samples and the limit inputs (reach.yaml, efficiency.csv) are written into the output
 * directory as they are made; the report and the CSV files of the result are written by
 * {@code report.StudyReport}, which depends on the study, not the other way round.
 */
public final class Study {
    /** Mass grid of the limit curve [GeV]: 1 MeV to 1 GeV. */
    public static final String LIMIT_MASSES = "0.001:1:31";

    private final StudyConfig config;
    private final SelectionSpec selection;
    private final SampleProducer producer;
    private final PrintStream log;
    /** Read before the first event, so that a missing file stops the study at once. */
    private final PublishedCurve publishedCurve;
    private final PublishedBackground publishedBackground;
    private final java.util.function.Supplier<? extends Selector> selector;

    /**
     * @param config    the study
     * @param selection the selection (resolved from the study's {@code selection} key)
     * @param producer  makes the reconstructed samples
     * @param log       one line per stage (standard error for the CLI)
     */
    public Study(StudyConfig config, SelectionSpec selection, SampleProducer producer, PrintStream log) {
        this(config, selection, producer, log, Path.of("."));
    }

    /**
     * @param baseDir the directory of the study file: a published curve's CSV is read relative to it
     *                (as the selection file is, {@link #selection})
     */
    public Study(StudyConfig config, SelectionSpec selection, SampleProducer producer, PrintStream log, Path baseDir) {
        this(config, selection, producer, log, baseDir, () -> new SelectionEngine(config.threads()));
    }

    /**
     * @param selector opens the engine the selection, background and efficiency stages query (the
     *                 embedded DuckDB by default; Spark SQL with na64-spark); closed at the end of the run
     */
    public Study(StudyConfig config, SelectionSpec selection, SampleProducer producer, PrintStream log, Path baseDir,
            java.util.function.Supplier<? extends Selector> selector) {
        this.config = config;
        this.selector = selector;
        this.selection = selection.atBeamEnergy(config.beamEnergy(), "study's beamEnergy", "selection " + selection.name());
        this.producer = producer;
        this.log = log;
        this.publishedCurve = publishedCurve(baseDir);
        this.publishedBackground = PublishedBackground.load();
        double emissMin = EfficiencyMeasurement.emissMin(this.selection);
        if (!(config.emissionMin(emissMin) < emissMin)) {
            throw InputException.outOfRange("signal.emissionMin", config.emissionMin(emissMin),
                    "< the missing-energy cut of the selection, " + emissMin + " GeV (the efficiency counts emissions above it)");
        }
    }

    /**
     * The selection a study names (the built-in one or a file relative to {@code baseDir}) at the
     * study's beam energy; a selection made for another energy is an error naming both.
     */
    public static SelectionSpec selection(StudyConfig config, Path baseDir) {
        if (config.selection().equals("builtin")) {
            return SelectionSpec.builtin().atBeamEnergy(config.beamEnergy(), "study's beamEnergy", "built-in");
        }
        Path file = baseDir.resolve(config.selection());
        return SelectionSpec.read(file).atBeamEnergy(config.beamEnergy(), "study's beamEnergy", file.toString());
    }

    /** The report's E_ECAL - E_HCAL plane spans 0 ... 1.2 E0 on both axes (pile-up above E0 included) [GeV]. */
    static double planeMax(StudyConfig config) {
        return 1.2 * config.beamEnergy();
    }

    /** Runs every stage; the samples and the limit inputs go into {@code out}. */
    public StudyResult run(Path out) {
        long start = System.nanoTime();
        Map<String, Double> seconds = new LinkedHashMap<>();
        Path sampleDir = out.resolve("samples");
        try {
            Files.createDirectories(sampleDir);
        } catch (java.io.IOException e) {
            throw new InputException("out", "cannot create " + sampleDir + ": " + e.getMessage(), e);
        }

        // 1. samples: the calibration run first, its reference shower for the reconstruction of all others
        long t = System.nanoTime();
        StudySamples<SampleRequest> plan = SamplePlan.of(config, EfficiencyMeasurement.emissMin(selection));
        long totalEvents = plan.all().stream().mapToLong(SampleRequest::events).sum();
        log.printf(Locale.ROOT, "na64 run: simulating and reconstructing %d samples, %,d events, %s%n", plan.all().size(),
                totalEvents, producer.parallelism(config.threads()));
        StudySamples<SampleSummary> samples;
        try (Progress progress = Progress.start("simulate+reconstruct", totalEvents)) {
            List<SampleSummary> calibration = new ArrayList<>();
            List<ElectronShowerProfile.Run> runs = new ArrayList<>();
            for (SampleRequest r : plan.calibration()) {
                SampleSummary s = producer.produce(r, sampleDir.resolve(r.name() + ".parquet"), null, config.threads(), progress);
                calibration.add(s);
                runs.add(new ElectronShowerProfile.Run(r.energy(), s.file()));
            }
            ShowerProfile profile = producer.showerProfile(runs, config.setup());
            java.util.function.Function<SampleRequest, SampleSummary> reconstructed =
                    r -> producer.produce(r, sampleDir.resolve(r.name() + ".parquet"), profile, config.threads(), progress);
            samples = new StudySamples<>(calibration, reconstructed.apply(plan.beam()), reconstructed.apply(plan.dimuon()),
                    reconstructed.apply(plan.dimuonData()), plan.hadrons().stream().map(reconstructed).toList(),
                    plan.decays().stream().map(reconstructed).toList(), plan.punchThroughs().stream().map(reconstructed).toList(),
                    plan.upstream() == null ? null : reconstructed.apply(plan.upstream()),
                    plan.signals().stream().map(reconstructed).toList());
        }
        seconds.put("simulate + reconstruct", elapsed(t));

        try (Selector engine = selector.get()) {
            // 2. selection
            t = System.nanoTime();
            log.println("na64 run: selecting");
            List<Path> beam = List.of(samples.beam().file());
            CutFlow data = engine.cutFlow(selection, beam, List.of());
            double planeMax = planeMax(config);
            PlaneHistogram plane = engine.plane(selection.forPlane(), beam, "ecal_energy", 0, planeMax, 60, "hcal_energy", 0,
                    planeMax, 60, !config.unblind());
            long beamElectrons = engine.cutFlow(selection, beam, List.of(Cut.of("truth_primary_pdg", Op.EQ, 11))).total().events();
            seconds.put("select", elapsed(t));

            // 3. background
            t = System.nanoTime();
            log.println("na64 run: estimating the background");
            BackgroundEstimator estimator = new BackgroundEstimator(engine, selection, config.eot());
            List<SourceEstimate> sources = new ArrayList<>();
            sources.add(estimator.dimuon(List.of(samples.dimuon().file()), samples.dimuon().events(), config.dimuon().bias()));
            List<BackgroundEstimator.AdmixtureSample> admixture = new ArrayList<>();
            double electronFraction = 1 - config.hadrons().stream().mapToDouble(StudyConfig.HadronSample::fraction).sum();
            java.util.Iterator<SampleSummary> forcedSamples = samples.decays().iterator();
            java.util.Iterator<SampleSummary> punchThroughSamples = samples.punchThroughs().iterator();
            for (int i = 0; i < config.hadrons().size(); i++) {
                StudyConfig.HadronSample h = config.hadrons().get(i);
                BackgroundEstimator.ForcedDecaySample forced = null;
                if (h.decayEvents() != null) {
                    SampleSummary f = forcedSamples.next(); // the decays list follows the hadrons that ask for one
                    forced = new BackgroundEstimator.ForcedDecaySample(List.of(f.file()), f.events(), h.electronShare());
                }
                BackgroundEstimator.PunchThroughSample punchThrough = null;
                if (h.punchThroughEvents() != null) {
                    SampleSummary p = punchThroughSamples.next(); // as the decays: follows the hadrons that ask for one
                    punchThrough = new BackgroundEstimator.PunchThroughSample(List.of(p.file()), p.events(),
                            h.punchThrough().describeRegion());
                }
                admixture.add(new BackgroundEstimator.AdmixtureSample(h.particle(), h.pdg(), List.of(samples.hadrons().get(i).file()),
                        h.events(), h.fraction() / electronFraction, forced, punchThrough));
            }
            BackgroundEstimator.AdmixtureEstimates fromAdmixture = estimator.admixture(admixture);
            // the order of NA64's table (seed 003): (i) dimuons, (ii) decays, (iii) upstream, (iv) punch-through
            sources.add(fromAdmixture.beamDecays());
            SampleSummary upstream = samples.upstream();
            sources.add(upstream == null ? estimator.upstream(beam, beamElectrons) : estimator.upstreamInteractions(
                    new BackgroundEstimator.UpstreamSample(List.of(upstream.file()), upstream.events(), upstream.description())));
            sources.add(fromAdmixture.punchThrough());
            if (fromAdmixture.otherHadrons() != null) {
                sources.add(fromAdmixture.otherHadrons()); // (v): not in NA64's table
            }
            if (upstream != null) {
                sources.add(estimator.otherElectrons(beam, beamElectrons)); // (vi): not in NA64's table
            }
            if (config.background().whenUnresolved() == StudyConfig.Unresolved.PUBLISHED) {
                sources.replaceAll(s -> estimator.orPublished(s, publishedBackground));
            }
            var sb = config.sideband();
            double[] ranges = sb.at(config.beamEnergy());
            BackgroundEstimator.Sideband side = estimator.sideband(beam, beamElectrons, sb.variable(), ranges[0], ranges[1],
                    ranges[2], ranges[3]);
            BackgroundTable table = new BackgroundTable(sources, side.fit(), side.note());
            double lo = Math.min(ranges[0], ranges[2]);
            double hi = Math.max(ranges[1], ranges[3]);
            Histogram1D sideHistogram = Histogram1D.of(sb.variable(), side.values(), side.weights(), lo, hi, 40);
            seconds.put("background", elapsed(t));

            // 4. efficiency
            t = System.nanoTime();
            log.println("na64 run: measuring the signal efficiency");
            double emissMin = EfficiencyMeasurement.emissMin(selection);
            EfficiencyMeasurement measurement = new EfficiencyMeasurement(engine, selection, emissMin);
            List<EfficiencyPoint> efficiency = new ArrayList<>();
            CutFlow signalFlow = null;
            double referenceMass = nearest(config.signal().masses(), config.signal().referenceMass());
            for (int i = 0; i < config.signal().masses().size(); i++) {
                double m = config.signal().masses().get(i);
                List<Path> f = List.of(samples.signals().get(i).file());
                efficiency.addAll(measurement.measure(m, f));
                if (m == referenceMass) {
                    signalFlow = measurement.cutFlow(f);
                }
            }
            DimuonSystematic dimuon = dimuonComparison(engine, samples);
            double statAtReference = efficiency.stream()
                    .filter(e -> e.process().equals(EfficiencyMeasurement.ALL) && e.mass() == referenceMass)
                    .mapToDouble(e -> e.statError() / e.efficiency()).filter(Double::isFinite).findFirst().orElse(0);
            double dimuonSyst = Double.isFinite(dimuon.relativeUncertainty()) ? dimuon.relativeUncertainty() : 0;
            double efficiencyUncertainty = Math.hypot(dimuonSyst, statAtReference);
            seconds.put("efficiency", elapsed(t));

            // 5. limits
            t = System.nanoTime();
            log.println("na64 run: computing the limits");
            var total = table.total();
            List<EfficiencyPoint> combined = efficiency.stream().filter(e -> e.process().equals(EfficiencyMeasurement.ALL)).toList();
            List<LimitPoint> limits;
            try (Progress progress = Progress.start("limits", LimitCalculator.points(LIMIT_MASSES))) {
                limits = LimitCalculator.compute(new LimitCalculator.Inputs(config.beamEnergy(), config.eot(), emissMin, combined,
                        efficiencyUncertainty, total.value(), total.error(), config.observed(), config.confidenceLevel(),
                        LIMIT_MASSES), out, progress, StudyProvenance.header(config, selection, samples.all()));
            }
            long noLimit = limits.stream().filter(l -> !Double.isFinite(l.epsilon())).count();
            if (noLimit > 0) {
                log.printf(Locale.ROOT, "na64 run: no limit at %d of %d masses: CLs stays above %.2g for every coupling "
                        + "(background %s events); those rows of limits.csv are empty%n", noLimit, limits.size(),
                        1 - config.confidenceLevel(), total.format());
            }
            seconds.put("limits", elapsed(t));

            return new StudyResult(config, selection, samples.all(), data, signalFlow, plane, table,
                    sideHistogram, publishedBackground, efficiency, dimuon, efficiencyUncertainty, limits, publishedCurve, seconds,
                    elapsed(start));
        }
    }

    private DimuonSystematic dimuonComparison(Selector engine, StudySamples<SampleSummary> samples) {
        String regionName = selection.controlRegions().isEmpty() ? null : selection.controlRegions().get(0).name();
        List<Cut> filter = List.of(Cut.of("truth_dimuon", Op.EQ, 1));
        Count mc = regionName == null ? Count.ZERO
                : engine.cutFlow(selection, List.of(samples.dimuon().file()), filter).region(regionName);
        Count data = regionName == null ? Count.ZERO
                : engine.cutFlow(selection, List.of(samples.dimuonData().file()), filter).region(regionName);
        return new DimuonSystematic(data, samples.dimuonData().events(), mc, samples.dimuon().events());
    }

    private PublishedCurve publishedCurve(Path baseDir) {
        String curve = config.published().curve();
        if (curve == null || curve.isBlank()) {
            return null;
        }
        if (curve.equals("builtin")) {
            return PublishedCurve.builtin();
        }
        String label = config.published().label() != null ? config.published().label() : Path.of(curve).getFileName().toString();
        try {
            return PublishedCurve.read(baseDir.resolve(curve), label);
        } catch (InputException e) {
            throw new InputException("published.curve", "published.curve = " + curve + ": " + e.getMessage(), e);
        }
    }

    /** The mass of the list closest to {@code target} in log(m). */
    static double nearest(List<Double> masses, double target) {
        double best = masses.get(0);
        for (double m : masses) {
            if (Math.abs(Math.log(m / target)) < Math.abs(Math.log(best / target))) {
                best = m;
            }
        }
        return best;
    }

    private static double elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
