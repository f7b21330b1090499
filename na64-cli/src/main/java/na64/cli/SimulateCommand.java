package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import na64.core.BuildInfo;
import na64.core.Check;
import na64.core.Config;
import na64.core.Progress;
import na64.physics.Mediator;
import na64.event.SimEvent;
import na64.sim.export.HepMC3TruthFile;
import na64.sim.export.TruthRecord;
import na64.physics.ParticleType;
import na64.sim.beam.ForcedDecay;
import na64.sim.spectrometer.UpstreamNuclearOptions;
import na64.sim.hadron.ForcedPunchThrough;
import na64.sim.run.RunOptions;
import na64.sim.hadron.PhotonuclearBias;
import na64.sim.run.SimulationOptions;
import na64.sim.run.SimulationRun;
import na64.analysis.chain.SimulationChain;
import na64.detector.BeamSpec;
import na64.detector.Setup;
import na64.detector.Setups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 simulate}: simulated events of a setup, written to a Parquet file. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Simulates events: beam line (species mix, decays in flight, spectrometer, synchrotron",
            "radiation, SRD), cascade in the calorimeters with optional dark-sector signal and",
            "biasing, detector response. Writes one Parquet file (docs/events.md) with the MC truth,",
            "the energy per channel of every detector and the tracker hits; the resolved setup, run",
            "options, seed and code version go into its metadata. With --hepmc3, also the truth record",
            "of every event as HepMC3 ASCII (docs/formats.md).",
            "",
            "Units: GeV, cm. The same seed gives the same events for any number of threads."},
        footer = {"", "Example: na64 simulate --setup na64e-2022 --beam e- --energy 100 --events 10000 --seed 1 --out ev.parquet",
            "Setups: " + "na64e-2016, na64e-2022, na64e-2023, na64e-positron-2022, na64e-positron-2023, na64e-visible, na64e-visible-2017, na64mu, na64h, or a YAML file (docs/setups.md)."})
public final class SimulateCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    Na64 root;


    @Spec
    CommandSpec spec;

    @Option(names = "--setup", required = true, paramLabel = "NAME|FILE",
            description = "Built-in setup name or setup YAML file.")
    String setup;

    @Option(names = "--beam", paramLabel = "PARTICLE",
            description = "Beam species: e-, e+, mu-, mu+, pi-, pi+, K-, K+, p. Default: the setup's.")
    String beam;

    @Option(names = "--energy", paramLabel = "GeV", description = "Beam energy [GeV]. Default: the setup's.")
    Double energy;

    @Option(names = "--events", required = true, paramLabel = "N", description = "Number of events (>= 0).")
    long events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Run seed; event i uses the random streams of (seed, i). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.parquet", description = "Output file (written atomically).")
    Path out;

    @Option(names = "--signal", paramLabel = "MODEL",
            description = "Dark-sector signal: the mediator (vector, scalar, pseudoscalar, axial), radiated by the shower's "
                    + "electrons and positrons; or alp, an axion-like particle coupled to photons (--g-agg), made by Primakoff "
                    + "conversion of the shower's photons. Default: none.")
    String signal;

    @Option(names = "--g-agg", paramLabel = "G", description = "With --signal alp: the ALP-photon coupling g_agg [1/GeV], > 0.")
    Double gAgg;

    @Option(names = "--signal-decay", paramLabel = "MODE",
            description = "How X shows up: invisible, visible or semi-visible. Default: invisible.")
    String signalDecay;

    @Option(names = "--signal-decay-region", paramLabel = "ZMIN:ZMAX",
            description = "With --signal-decay visible: make every X decay between z = ZMIN and ZMAX [cm] (both required), "
                    + "the event weighted by the true probability of that (e.g. the decay volume behind the dump). "
                    + "Default: natural decay points.")
    String signalDecayRegion;

    @Option(names = "--mass", paramLabel = "GeV", description = "Mass of X [GeV] (with --signal).")
    Double mass;

    @Option(names = "--epsilon", paramLabel = "EPS", description = "Coupling (kinetic mixing) of X (with --signal).")
    Double epsilon;

    @Option(names = "--signal-bias", paramLabel = "B",
            description = "Cross-section bias of the emission (default: chosen by the simulation, a few per cent emission probability).")
    Double signalBias;

    @Option(names = "--bias-dimuon", paramLabel = "K", description = "Enhance gamma -> mu+ mu- by K (>= 1). Default: 1.")
    Double biasDimuon;

    @Option(names = "--bias-photonuclear", paramLabel = "K", description = "Enhance photonuclear interactions by K (>= 1). Default: 1.")
    Double biasPhotonuclear;

    @Option(names = "--bias-leading-k0s", paramLabel = "Q", description = "Make a K0S the leading meson of a photonuclear "
            + "final state that has one with probability Q (0 <= Q < 1; exact weights): the kaons of the visible mode's K0S "
            + "background. Default: 0 (the natural choice).")
    Double biasLeadingK0s;

    @Option(names = "--photonuclear-min-energy", paramLabel = "GeV", description = "Absorb only photons above this energy "
            + "(>= the cut energy; the others are not absorbed at all): a sample of energetic photonuclear interactions, "
            + "with --bias-photonuclear. Default: 0 (all).")
    Double photonuclearMinEnergy;

    @Option(names = "--bias-electronuclear", paramLabel = "K",
            description = "Enhance electronuclear interactions e A -> e hadrons of the electrons and positrons of the cascade by K (>= 1). Default: 1.")
    Double biasElectronuclear;

    @Option(names = "--cut-energy", paramLabel = "GeV",
            description = "Energy below which e+- and photons are not followed one by one [GeV]. Default: the simulation's.")
    Double cutEnergy;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = "Worker threads (the output does not depend on it). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--reco", arity = "0..1", paramLabel = "RECO.parquet", fallbackValue = "",
            description = "Also digitise and reconstruct every event in the same process and write the reconstructed events "
                    + "(default file: the --out name with .reco.parquet). Pile-up needs 'na64 digitize --pileup on'.")
    String reco;

    @Option(names = "--hepmc3", paramLabel = "FILE.hepmc3",
            description = "Also write the Monte Carlo truth record of every event as HepMC3 ASCII (suffix .hepmc3 or .hepmc; "
                    + "docs/formats.md): the beam particle and, with a dark-sector emission, the emitter, X and their vertices, "
                    + "the other truth values as event attributes. Not the shower history (na64 does not keep it).")
    Path hepmc3;

    @Option(names = "--force-decay", paramLabel = "ZMIN:ZMAX", arity = "0..1", fallbackValue = ":",
            description = "Make every unstable beam particle (mu, pi, K) decay in flight between z = ZMIN and ZMAX [cm] "
                    + "(either may be empty: the start of the simulated beam line, the handover plane; bare --force-decay: the "
                    + "whole beam line), weighted by its decay probability there: a sample of the beam-line decays only.")
    String forceDecay;

    @Option(names = "--electron-share", paramLabel = "Q",
            description = "With --force-decay: give the decay channels whose only visible product is an e- or e+ (K -> e nu, pi -> e nu) "
                    + "this share (0 < Q < 1) of the decays "
                    + "(weights p/Q and (1-p)/(1-Q) keep every channel at its branching fraction). Default: the branching fractions.")
    Double electronShare;

    @Option(names = "--force-punch-through", paramLabel = "ZMIN:ZMAX", arity = "0..1", fallbackValue = ":",
            description = "Make the first hadronic interaction of every event, if between z = ZMIN and ZMAX [cm] (either may be "
                    + "empty: unbounded), emit its leading neutral hadron (n, K0L), which leaves the setup without interacting; "
                    + "the event is weighted by the probability of both, other events get weight 0: a sample of the "
                    + "punch-through only (docs/physics.md, \"Forced punch-through\").")
    String forcePunchThrough;

    @Option(names = "--force-upstream-interaction", paramLabel = "ZMIN:ZMAX", arity = "0..1", fallbackValue = ":",
            description = "Enhance the electronuclear interactions of electrons and positrons in the beam-line material between "
                    + "z = ZMIN and ZMAX [cm] (either may be empty: unbounded) by --bias-upstream; events without one get "
                    + "weight 0: a sample of the upstream interactions only (docs/physics.md, \"Upstream interactions\").")
    String forceUpstreamInteraction;

    @Option(names = "--bias-upstream", paramLabel = "K",
            description = "With --force-upstream-interaction: the cross-section factor (>= 1; exact weights). Default: 1e6.")
    Double biasUpstream;

    @Option(names = "--upstream-min-transfer", paramLabel = "GeV",
            description = "With --force-upstream-interaction: only transfers nu above it (>= 0 GeV). Default: 0.")
    Double upstreamMinTransfer;

    @Option(names = "--json", description = "Print the run summary as JSON.")
    boolean json;

    /** The --force-upstream-interaction options, natural without it. */
    private UpstreamNuclearOptions upstreamNuclear() {
        if (forceUpstreamInteraction == null) {
            if (biasUpstream != null || upstreamMinTransfer != null) {
                throw new na64.core.InputException("--bias-upstream", "--bias-upstream and --upstream-min-transfer need "
                        + "--force-upstream-interaction");
            }
            return UpstreamNuclearOptions.NATURAL;
        }
        Double[] region = zRange("--force-upstream-interaction", forceUpstreamInteraction);
        try {
            return new UpstreamNuclearOptions(biasUpstream == null ? 1e6 : biasUpstream,
                    upstreamMinTransfer == null ? 0 : upstreamMinTransfer,
                    region[0] == null ? Double.NEGATIVE_INFINITY : region[0],
                    region[1] == null ? Double.POSITIVE_INFINITY : region[1], true);
        } catch (na64.core.InputException ex) {
            throw OptionNames.rename(ex, OPTIONS);
        }
    }

    /** The --force-decay region and --electron-share, or null without --force-decay. */
    private ForcedDecay forcedDecay() {
        if (forceDecay == null) {
            if (electronShare != null) {
                throw new na64.core.InputException("--electron-share", "needs --force-decay");
            }
            return null;
        }
        Double[] region = zRange("--force-decay", forceDecay);
        return new ForcedDecay(region[0], region[1], electronShare);
    }

    /** The --force-punch-through region, or null without it. */
    private ForcedPunchThrough forcedPunchThrough() {
        if (forcePunchThrough == null) {
            return null;
        }
        Double[] region = zRange("--force-punch-through", forcePunchThrough);
        return new ForcedPunchThrough(region[0], region[1]);
    }

    /** The --signal-decay-region window, null without it. */
    private na64.sim.signal.SignalDecayRegion signalDecayRegion() {
        if (signalDecayRegion == null) {
            return null;
        }
        Double[] region = zRange("--signal-decay-region", signalDecayRegion);
        if (region[0] == null || region[1] == null) {
            throw new na64.core.InputException("--signal-decay-region", "--signal-decay-region: both ZMIN and ZMAX are needed [cm], got '"
                    + signalDecayRegion + "'");
        }
        return new na64.sim.signal.SignalDecayRegion(region[0], region[1]);
    }

    /** ZMIN:ZMAX [cm] of {@code option}, either side empty (null: unbounded). */
    private static Double[] zRange(String option, String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new na64.core.InputException(option, option + ": expected ZMIN:ZMAX in cm (either may be empty), got '" + text + "'");
        }
        return new Double[] {zValue(option, parts[0]), zValue(option, parts[1])};
    }

    private static Double zValue(String option, String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new na64.core.InputException(option, option + ": not a number of cm: '" + s + "'");
        }
    }

    /** SimulationOptions' and UpstreamNuclearOptions' fields as the options that set them. */
    private static final java.util.Map<String, String> OPTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("mass", "--mass"),
            java.util.Map.entry("epsilon", "--epsilon"),
            java.util.Map.entry("signal-bias", "--signal-bias"),
            java.util.Map.entry("bias-dimuon", "--bias-dimuon"),
            java.util.Map.entry("bias-photonuclear", "--bias-photonuclear"),
            java.util.Map.entry("bias-leading-k0s", "--bias-leading-k0s"),
            java.util.Map.entry("g-agg", "--g-agg"),
            java.util.Map.entry("leading-K0S probability", "--bias-leading-k0s"),
            java.util.Map.entry("photonuclear minimum energy", "--photonuclear-min-energy"),
            java.util.Map.entry("bias-electronuclear", "--bias-electronuclear"),
            java.util.Map.entry("cut-energy", "--cut-energy"),
            java.util.Map.entry("bias-upstream", "--bias-upstream"),
            java.util.Map.entry("upstream-min-transfer", "--upstream-min-transfer"),
            java.util.Map.entry("force-upstream-interaction", "--force-upstream-interaction"),
            java.util.Map.entry("signal-decay-region", "--signal-decay-region"));

    @Override
    public void run() {
        Check.nonNegative("--events", events);
        if (hepmc3 != null) {
            FileSuffix.require("--hepmc3", hepmc3, FileSuffix.HEPMC3);
        }
        na64.core.Check.threads("--threads", threads);
        Setup base = Setups.loadOrRead(setup);
        ParticleType particle = beam == null ? base.beam().type() : BeamSpec.parseBeamParticle("--beam", beam);
        double e = energy == null ? base.beam().energy() : Check.positive("--energy", energy);
        if (e <= particle.mass()) {
            throw na64.core.InputException.outOfRange("--energy", e, "> the " + particle + " mass");
        }
        Setup resolved = base.withBeam(base.beam().with(particle, e));
        SimulationOptions options;
        try {
            boolean alp = "alp".equalsIgnoreCase(signal);
            if (gAgg != null && !alp) {
                throw new na64.core.InputException("--g-agg", "--g-agg is the coupling of --signal alp");
            }
            if (alp && gAgg == null) {
                throw new na64.core.InputException("--g-agg", "--signal alp needs --g-agg (the ALP-photon coupling, 1/GeV)");
            }
            options = new SimulationOptions(signal == null ? null : alp ? Mediator.PSEUDOSCALAR : Mediator.parse(signal),
                    signalDecay == null ? null : parseDecay(signalDecay), mass, epsilon, signalBias, biasDimuon,
                    biasPhotonuclear, cutEnergy, null, forcedPunchThrough(), biasElectronuclear, signalDecayRegion(), null, null,
                    alp ? gAgg : null);
            if (biasLeadingK0s != null || photonuclearMinEnergy != null) {
                options = options.withPhotonuclearBias(new PhotonuclearBias(options.biasPhotonuclear(),
                        biasLeadingK0s == null ? 0 : biasLeadingK0s, photonuclearMinEnergy == null ? 0 : photonuclearMinEnergy));
            }
        } catch (na64.core.InputException ex) {
            throw OptionNames.rename(ex, OPTIONS);
        }
        RunOptions run = new RunOptions(setup, particle.cliName(), e, events, seed, threads, options, forcedDecay(), upstreamNuclear());
        var factory = root.downstream();
        SimulationRun.Result result;
        Path recoOut = reco == null ? null : reco.isEmpty() ? recoPathFor(out) : Path.of(reco);
        try (Progress progress = Progress.start(recoOut == null ? "simulate" : "simulate+reco", events);
             HepMC3TruthFile truth = hepmc3 == null ? null
                     : HepMC3TruthFile.open(hepmc3, TruthRecord.of(resolved, options), run, BuildInfo.describe());
             SimulationChain chain = recoOut == null ? null : SimulationChain.open(resolved, recoOut, seed, 1, threads)) {
            Consumer<SimEvent> alsoTo = event -> { };
            if (chain != null) {
                alsoTo = alsoTo.andThen(chain);
            }
            if (truth != null) {
                alsoTo = alsoTo.andThen(truth);
            }
            result = SimulationRun.toFile(run, resolved, factory, out, progress, alsoTo);
            if (chain != null) {
                chain.commit();
            }
            if (truth != null) {
                truth.commit();
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", result.file().toString());
        summary.put("setup", resolved.name());
        summary.put("beam", particle.cliName());
        summary.put("energy_GeV", e);
        summary.put("events", result.events());
        if (recoOut != null) {
            summary.put("reco_file", recoOut.toString());
        }
        if (hepmc3 != null) {
            summary.put("hepmc3_file", hepmc3.toString());
        }
        summary.put("seed", seed);
        summary.put("threads", threads);
        summary.put("seconds", result.seconds());
        summary.put("events_per_second", result.seconds() > 0 ? result.events() / result.seconds() : 0);
        if (json) {
            w.println(Config.toJson(summary));
        } else {
            w.printf("wrote %d events to %s in %.1f s (%.0f events/s with %d thread%s)%n", result.events(),
                    result.file(), result.seconds(), (double) summary.get("events_per_second"), threads, threads == 1 ? "" : "s");
        }
    }

    /** events.parquet -> events.reco.parquet. */
    static Path recoPathFor(Path out) {
        String name = out.getFileName().toString();
        String stem = name.endsWith(".parquet") ? name.substring(0, name.length() - ".parquet".length()) : name;
        return out.resolveSibling(stem + ".reco.parquet");
    }

    private static SimulationOptions.SignalDecay parseDecay(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "invisible" -> SimulationOptions.SignalDecay.INVISIBLE;
            case "visible" -> SimulationOptions.SignalDecay.VISIBLE;
            case "semi-visible", "semivisible" -> SimulationOptions.SignalDecay.SEMI_VISIBLE;
            default -> throw na64.core.InputException.unknown("--signal-decay", text,
                    java.util.List.of("invisible", "visible", "semi-visible"));
        };
    }
}
