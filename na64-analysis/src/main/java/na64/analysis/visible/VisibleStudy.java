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
 * A visible- or semi-visible-mode study as stages, each with one job:
 * <ol>
 *   <li>samples: per run, its calibration runs if it asks for them (their ECAL shower profile
 *       reconstructs the run's other samples), the pseudo-data (the setup's beam with its admixture),
 *       the K0S sample where the run's selection has the fully neutral events (beam electrons with
 *       energetic photonuclear interactions and a leading K0S biased, exact weights) and the signal on
 *       the (mass, eps) grid: visible, every X made to decay in the run's decay window with exact
 *       weights; semi-visible, chi2 -> chi1 e+ e- at its natural decay point;</li>
 *   <li>selection: the cut flow of every sample through the run's selection (DuckDB over Parquet),
 *       with the "fully neutral events" control region of the visible one;</li>
 *   <li>signal: expected events per run and grid point, EOT x (sum of the selected weights) / events;</li>
 *   <li>background: per run and source, EOT x (sum of the selected weights) / events, or its 90 % CL
 *       bound when none passes;</li>
 *   <li>band: the runs combined by CLs at every grid point, the edges interpolated ({@link ExcludedBand}).</li>
 * </ol>
 * The report and the CSV files are written by {@link VisibleReport}.
 */
public final class VisibleStudy {
    private final VisibleStudyConfig config;
    private final Path baseDir;
    private final SampleProducer producer;
    private final PrintStream log;
    private final java.util.Map<String, SelectionSpec> selections = new java.util.LinkedHashMap<>();
    private final PublishedBand published;

    public VisibleStudy(VisibleStudyConfig config, Path baseDir, SampleProducer producer, PrintStream log) {
        this.config = config;
        this.baseDir = baseDir;
        this.producer = producer;
        this.log = log;
        // read before the first event, so that a missing file stops the study at once
        this.published = config.published() == null ? null
                : PublishedBand.read(baseDir.resolve(config.published().band()), config.published().label());
        for (VisibleStudyConfig.Run r : config.runs()) {
            SelectionSpec s = read(config.selectionOf(r), baseDir);
            selections.put(r.name(), s.atBeamEnergy(r.beamEnergy(), "runs[" + r.name() + "].beamEnergy", "selection " + s.name()));
            if (!config.semiVisible() && !config.alp() && !config.positron() && r.decayRegion() == null) {
                throw new InputException("runs[" + r.name() + "].setup", "setup " + r.setup() + " has no ECAL behind its dump: "
                        + "the visible mode needs a decay volume before an ECAL (or give runs[" + r.name() + "].decayRegion)");
            }
        }
    }

    /** "builtin": the visible mode's selection; "invisible": the invisible mode's built-in one; else a file. */
    static SelectionSpec read(String selection, Path baseDir) {
        return switch (selection) {
            case "builtin" -> Config.readResource(VisibleStudyConfig.BUILTIN_SELECTION, SelectionSpec.class);
            case "invisible" -> SelectionSpec.builtin();
            default -> SelectionSpec.read(baseDir.resolve(selection));
        };
    }

    /** The selection of a run, resolved at its beam energy. */
    public SelectionSpec selection(String run) {
        return selections.get(run);
    }

    /** The expected signal of one run at one grid point. */
    public record SignalPoint(String run, double mass, double epsilon, long events, Count selected, Count emitting,
            double signal, double signalError) {
        /** Selection efficiency of the events whose X decayed in the window (weighted). */
        public double efficiencyInWindow() {
            return emitting.sumW() > 0 ? selected.sumW() / emitting.sumW() : Double.NaN;
        }
    }

    /** The pseudo-data sample's source label. */
    public static final String PSEUDO_DATA = "pseudo-data";
    /** The K0S sample's source label. */
    public static final String K0S = "K0S (photonuclear, biased)";
    /** The control region of the fully neutral events in the selection. */
    public static final String NEUTRAL_REGION = "neutral";

    /**
     * One background source of one run: its sample's cut flow, the expected events at the run's EOT,
     * and the fully neutral events of the control region at the run's EOT (NaN where the selection
     * has no such region).
     *
     * @param bound true: no event of the sample passes; {@code estimate} is then the 90 % CL bound
     *              2.303 w EOT / events with w the weight such an event would have had ({@link #typicalWeight})
     */
    public record RunBackground(String run, String source, long events, CutFlow cutFlow, double estimate, double error,
            boolean bound, double neutral, double neutralError, boolean neutralBound) {
    }

    public record Result(VisibleStudyConfig config, java.util.Map<String, SelectionSpec> selections, List<SampleSummary> samples,
            List<RunBackground> backgrounds, List<SignalPoint> signals, List<ExcludedBand.Edges> band,
            java.util.Map<String, List<ExcludedBand.Edges>> runBands, PublishedBand published, double seconds) {
        /** The selection of a run. */
        public SelectionSpec selectionOf(String run) {
            return selections.get(run);
        }
    }

    public Result run(Path out) {
        long start = System.nanoTime();
        Path sampleDir = out.resolve("samples");
        try {
            Files.createDirectories(sampleDir);
        } catch (java.io.IOException e) {
            throw new InputException("out", "cannot create " + sampleDir + ": " + e.getMessage(), e);
        }
        // per run: its calibration runs first (their ECAL shower profile reconstructs the run's other samples)
        java.util.Map<String, List<SampleRequest>> calibrations = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<SampleRequest>> backgroundRequests = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<SampleRequest>> signalRequests = new java.util.LinkedHashMap<>();
        long total = 0;
        int count = 0;
        for (VisibleStudyConfig.Run r : config.runs()) {
            List<SampleRequest> cal = new ArrayList<>();
            if (r.calibrationEvents() > 0) {
                for (double f : na64.analysis.study.StudyConfig.CALIBRATION_FRACTIONS) {
                    cal.add(calibration(r, f * r.beamEnergy()));
                }
            }
            List<SampleRequest> bkg = new ArrayList<>(List.of(beam(r)));
            if (config.kaons().events() > 0 && hasNeutralRegion(selections.get(r.name()))) {
                bkg.add(kaons(r));
            }
            List<SampleRequest> sig = new ArrayList<>();
            for (double m : config.signal().masses()) {
                // invisible decays: the yield is eps^2 times that at any one coupling, so one sample per mass
                for (double eps : config.positron() ? List.of(referenceCoupling()) : config.signal().epsilons()) {
                    sig.add(signal(r, m, eps));
                }
            }
            calibrations.put(r.name(), cal);
            backgroundRequests.put(r.name(), bkg);
            signalRequests.put(r.name(), sig);
            for (List<SampleRequest> l : List.of(cal, bkg, sig)) {
                total += l.stream().mapToLong(SampleRequest::events).sum();
                count += l.size();
            }
        }
        log.printf(Locale.ROOT, "na64 run (%s): simulating and reconstructing %d samples, %,d events, %s%n", config.search(), count, total,
                producer.parallelism(config.threads()));
        List<SampleSummary> produced = new ArrayList<>();
        java.util.Map<String, List<SampleSummary>> backgroundSamples = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<SampleSummary>> signalSamples = new java.util.LinkedHashMap<>();
        try (Progress progress = Progress.start("simulate+reconstruct", total)) {
            for (VisibleStudyConfig.Run r : config.runs()) {
                List<na64.analysis.calibration.ElectronShowerProfile.Run> runs = new ArrayList<>();
                for (SampleRequest q : calibrations.get(r.name())) {
                    SampleSummary c = producer.produce(q, sampleDir.resolve(q.name() + ".parquet"), null, config.threads(), progress);
                    produced.add(c);
                    runs.add(new na64.analysis.calibration.ElectronShowerProfile.Run(q.energy(), c.file()));
                }
                na64.reco.conditions.ShowerProfile profile = runs.isEmpty() ? null : producer.showerProfile(runs, r.setup());
                List<SampleSummary> bkg = new ArrayList<>();
                for (SampleRequest q : backgroundRequests.get(r.name())) {
                    bkg.add(producer.produce(q, sampleDir.resolve(q.name() + ".parquet"), profile, config.threads(), progress));
                }
                List<SampleSummary> sig = new ArrayList<>();
                for (SampleRequest q : signalRequests.get(r.name())) {
                    sig.add(producer.produce(q, sampleDir.resolve(q.name() + ".parquet"), profile, config.threads(), progress));
                }
                produced.addAll(bkg);
                produced.addAll(sig);
                backgroundSamples.put(r.name(), bkg);
                signalSamples.put(r.name(), sig);
            }
        }
        log.printf(Locale.ROOT, "na64 run (%s): selecting%n", config.search());
        List<RunBackground> backgrounds = new ArrayList<>();
        List<SignalPoint> points = new ArrayList<>();
        List<Cut> emitting = List.of(Cut.of("truth_emission", Op.GE, 1));
        try (Selector engine = new SelectionEngine(config.threads())) {
            for (VisibleStudyConfig.Run r : config.runs()) {
                SelectionSpec s = selections.get(r.name());
                for (SampleSummary b : backgroundSamples.get(r.name())) {
                    CutFlow flow = engine.cutFlow(s, List.of(b.file()), List.of());
                    String source = b.request().name().endsWith("-k0s") ? K0S : PSEUDO_DATA;
                    backgrounds.add(background(r, source, b.events(), flow, hasNeutralRegion(s)));
                }
                for (SampleSummary sig : signalSamples.get(r.name())) {
                    SampleRequest q = sig.request();
                    Count selected = engine.cutFlow(s, List.of(sig.file()), List.of()).selected();
                    Count emitted = engine.cutFlow(s, List.of(sig.file()), emitting).total();
                    double perEvent = r.eot() / sig.events();
                    double coupling = q.photonCoupling() != null ? q.photonCoupling() : q.epsilon();
                    if (config.positron()) {
                        // the sample at the reference coupling, scaled by (eps / eps_ref)^2 to every grid point
                        for (double eps : config.signal().epsilons()) {
                            double scale = perEvent * (eps / coupling) * (eps / coupling);
                            points.add(new SignalPoint(r.name(), q.mass(), eps, sig.events(), selected, emitted,
                                    selected.sumW() * scale, selected.error() * scale));
                        }
                        continue;
                    }
                    points.add(new SignalPoint(r.name(), q.mass(), coupling, sig.events(), selected, emitted,
                            selected.sumW() * perEvent, selected.error() * perEvent));
                }
            }
        }
        log.printf(Locale.ROOT, "na64 run (%s): excluded band%n", config.search());
        List<ExcludedBand.Edges> band = band(points, backgrounds, config.runs());
        // with several runs (e.g. the beam energies of a scan) also each run's own band
        java.util.Map<String, List<ExcludedBand.Edges>> runBands = new java.util.LinkedHashMap<>();
        if (config.runs().size() > 1) {
            for (VisibleStudyConfig.Run r : config.runs()) {
                runBands.put(r.name(), band(points, backgrounds, List.of(r)));
            }
        }
        return new Result(config, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(selections)), produced, backgrounds, points, band,
                java.util.Collections.unmodifiableMap(runBands), published, (System.nanoTime() - start) * 1e-9);
    }

    /**
     * The band per mass of the given runs combined. The background enters the likelihood as the sum of the sources a sample
     * measured; a bound (no event of a sample passes) enters as zero, stated in the report: with no
     * event observed the CLs limit is 2.3 signal events whatever the background.
     */
    private List<ExcludedBand.Edges> band(List<SignalPoint> points, List<RunBackground> backgrounds, List<VisibleStudyConfig.Run> runs) {
        CLs cls = new CLs(CLs.Settings.defaults().withConfidenceLevel(config.confidenceLevel()));
        List<Double> eps = config.signal().epsilons();
        double[] grid = eps.stream().mapToDouble(Double::doubleValue).toArray();
        List<ExcludedBand.Edges> band = new ArrayList<>();
        for (double m : config.signal().masses()) {
            List<List<ExcludedBand.RunSignal>> atEps = new ArrayList<>();
            for (double e : eps) {
                List<ExcludedBand.RunSignal> signals = new ArrayList<>();
                for (VisibleStudyConfig.Run r : runs) {
                    double signal = points.stream().filter(p -> p.run().equals(r.name()) && p.mass() == m && p.epsilon() == e)
                            .findFirst().orElseThrow().signal();
                    signals.add(new ExcludedBand.RunSignal(r.name(), signal, measuredBackground(backgrounds, r.name()), r.observed()));
                }
                atEps.add(signals);
            }
            band.add(ExcludedBand.at(m, grid, atEps, cls));
        }
        return band;
    }

    /** The sum of the measured (not bounded) background sources of a run. */
    static double measuredBackground(List<RunBackground> backgrounds, String run) {
        return backgrounds.stream().filter(b -> b.run().equals(run) && !b.bound()).mapToDouble(RunBackground::estimate).sum();
    }

    /** A source's expected events at the run's EOT from its cut flow (weights included), and its neutral events. */
    static RunBackground background(VisibleStudyConfig.Run r, String source, long events, CutFlow flow, boolean neutralRegion) {
        double scale = r.eot() / events;
        Count passed = flow.selected();
        double typical = typicalWeight(flow, neutralRegion);
        boolean bound = passed.events() == 0;
        double estimate = bound ? 2.303 * typical * scale : passed.sumW() * scale;
        double neutral = Double.NaN;
        double neutralError = Double.NaN;
        boolean neutralBound = false;
        if (neutralRegion) {
            Count n = flow.region(NEUTRAL_REGION);
            neutralBound = n.events() == 0;
            neutral = neutralBound ? 2.303 * typical * scale : n.sumW() * scale;
            neutralError = neutralBound ? Double.NaN : n.error() * scale;
        }
        return new RunBackground(r.name(), source, events, flow, estimate, bound ? Double.NaN : passed.error() * scale, bound,
                neutral, neutralError, neutralBound);
    }

    /**
     * The weight an event passing the box would have had, for the bound of a sample none passes: the
     * mean weight of its fully neutral events (they pass everything but the S2 cut, e.g. the K0S whose
     * photons did not convert), else of the events as far as the box, else of all its events.
     */
    static double typicalWeight(CutFlow flow, boolean neutralRegion) {
        if (neutralRegion && flow.region(NEUTRAL_REGION).events() > 0) {
            Count n = flow.region(NEUTRAL_REGION);
            return n.sumW() / n.events();
        }
        Count pre = flow.preselected();
        return pre.events() > 0 ? pre.sumW() / pre.events() : flow.total().sumW() / Math.max(1, flow.total().events());
    }

    private static boolean hasNeutralRegion(SelectionSpec s) {
        return s.controlRegions().stream().anyMatch(g -> g.name().equals(NEUTRAL_REGION));
    }


    private SampleRequest beam(VisibleStudyConfig.Run r) {
        String name = r.name() + "-beam";
        String particle = beamParticle(r);
        return new SampleRequest(name, "pseudo-data of run " + r.name() + ": the setup's beam with its admixture", r.setup(), particle,
                r.beamEnergy(), true, null, r.beamEvents(), SamplePlan.sampleSeed(config.seed(), name), null, null, null, null, null,
                1, null, null, null, null);
    }

    /** An electron calibration run of the run's setup at {@code energy}, the beam spread over the ECAL cells (sigma 2 cm). */
    private SampleRequest calibration(VisibleStudyConfig.Run r, double energy) {
        String name = r.name() + "-" + na64.analysis.study.SamplePlan.CALIBRATION + String.format(Locale.ROOT, "%.4gGeV", energy);
        String description = String.format(Locale.ROOT, "run %s: electron calibration run at %.4g GeV, beam spread over the ECAL "
                + "cells (sigma 2 cm)", r.name(), energy);
        return new SampleRequest(name, description, r.setup(), "e-", energy, false, 2.0, r.calibrationEvents(),
                SamplePlan.sampleSeed(config.seed(), name), null, null, null, null, null, 1, null, null, null, null);
    }

    private SampleRequest kaons(VisibleStudyConfig.Run r) {
        String name = r.name() + "-k0s";
        VisibleStudyConfig.Kaons k = config.kaons();
        double minEnergy = k.minEnergy() * r.beamEnergy();
        var bias = new na64.sim.hadron.PhotonuclearBias(k.bias(), k.leading(), minEnergy);
        String description = String.format(Locale.ROOT, "run %s: K0S background, beam e-, photons above %.3g GeV absorbed with "
                + "the photonuclear cross section x %.3g (the others not absorbed), a K0S leading with probability %.2f "
                + "(weights exact)", r.name(), minEnergy, k.bias(), k.leading());
        return new SampleRequest(name, description, r.setup(), "e-", r.beamEnergy(), false, null, k.events(),
                SamplePlan.sampleSeed(config.seed(), name), null, null, null, null, null, 1, null, null, null, null, null, null,
                null, bias);
    }

    /** The nominal beam species of a run's setup (e- or e+). */
    private static String beamParticle(VisibleStudyConfig.Run r) {
        return na64.detector.Setups.loadOrRead(r.setup()).beam().particle();
    }

    /** The coupling of the positron search's one signal sample per mass: the grid's first. */
    private double referenceCoupling() {
        return config.signal().epsilons().get(0);
    }

    private SampleRequest signal(VisibleStudyConfig.Run r, double mass, double eps) {
        VisibleStudyConfig.Signal s = config.signal();
        String name = String.format(Locale.ROOT, "%s-signal-%.4g-%.3g", r.name(), mass, eps);
        double emissionMin = s.emissionMin() * r.beamEnergy();
        if (config.positron()) {
            String particle = beamParticle(r);
            var bw = new na64.physics.annihilation.ResonantAnnihilation(na64.sim.downstream.DownstreamModel.signalModel(
                    na64.physics.Mediator.parse(s.model()), mass, eps, SimulationOptions.SignalDecay.INVISIBLE, s.darkSector()));
            String description = String.format(Locale.ROOT, "run %s: A' (%s) -> invisible, m = %.4g GeV, eps = %.3g (scaled by "
                    + "eps^2 to the grid), beam %s at %.4g GeV: bremsstrahlung and resonant annihilation (E_R = %.4g GeV), E_A' > "
                    + "%.3g GeV, emission biased (%.0f %% of events)", r.name(), s.model(), mass, eps, particle, r.beamEnergy(),
                    bw.resonanceEnergy(), emissionMin, 100 * s.emitting());
            return new SampleRequest(name, description, r.setup(), particle, r.beamEnergy(), false, null, s.events(),
                    SamplePlan.sampleSeed(config.seed(), name), s.model(), mass, eps, s.emitting(), emissionMin, 1, null, null, null,
                    null, null, SimulationOptions.SignalDecay.INVISIBLE, null, null, s.darkSector());
        }
        if (config.alp()) {
            String description = String.format(Locale.ROOT, "run %s: ALP a from Primakoff conversion of shower photons, a -> gamma "
                    + "gamma at its natural decay point, m_a = %.4g GeV, g_agg = %.3g /GeV, E_a > %.3g GeV, conversion biased "
                    + "(%.0f %% of events)", r.name(), mass, eps, emissionMin, 100 * s.emitting());
            return new SampleRequest(name, description, r.setup(), "e-", r.beamEnergy(), false, null, s.events(),
                    SamplePlan.sampleSeed(config.seed(), name), "pseudoscalar", mass, null, s.emitting(), emissionMin, 1, null, null,
                    null, null, null, SimulationOptions.SignalDecay.VISIBLE, null, null, null, eps);
        }
        if (config.semiVisible()) {
            String description = String.format(Locale.ROOT, "run %s: A' -> chi1 chi2, chi2 -> chi1 e+e- at its natural decay point, "
                    + "m = %.4g GeV, eps = %.3g, alpha_D = %s, m/m_chi1 = %s, splitting %s m_chi1, E_A' > %.3g GeV, emission biased "
                    + "(%.0f %% of events)", r.name(), mass, eps, s.alphaD(), s.massRatio(), s.splitting(), emissionMin, 100 * s.emitting());
            return new SampleRequest(name, description, r.setup(), "e-", r.beamEnergy(), false, null, s.events(),
                    SamplePlan.sampleSeed(config.seed(), name), s.model(), mass, eps, s.emitting(), emissionMin, 1, null, null, null,
                    null, null, SimulationOptions.SignalDecay.SEMI_VISIBLE, null, null, s.darkSector());
        }
        var region = new SignalDecayRegion(r.decayRegion().get(0), r.decayRegion().get(1));
        String description = String.format(Locale.ROOT, "run %s: X (%s) -> e+e-, m = %.4g GeV, eps = %.3g, E_X > %.3g GeV, emission "
                + "biased (%.0f %% of events), decay forced into z = %.0f-%.0f cm (weights exact)", r.name(), s.model(), mass, eps,
                emissionMin, 100 * s.emitting(), region.zMin(), region.zMax());
        return new SampleRequest(name, description, r.setup(), "e-", r.beamEnergy(), false, null, s.events(),
                SamplePlan.sampleSeed(config.seed(), name), s.model(), mass, eps, s.emitting(), emissionMin, 1, null, null, null, null,
                null, SimulationOptions.SignalDecay.VISIBLE, region);
    }
}
