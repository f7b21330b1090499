package na64.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import na64.core.AtomicOutput;
import na64.core.BuildInfo;
import na64.core.Check;
import na64.core.InputException;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.brem.Approximation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.material.Element;
import na64.physics.model.DarkSectorModel;
import na64.physics.primakoff.PrimakoffProduction;
import na64.sim.downstream.DownstreamModel;
import na64.sim.export.EventWriter;
import na64.sim.export.HepMC3Writer;
import na64.sim.export.LheWriter;
import na64.sim.generator.AnnihilationGenerator;
import na64.sim.generator.BremGenerator;
import na64.sim.generator.DarkBosonDecay;
import na64.sim.generator.EmissionProcess;
import na64.sim.generator.PrimakoffGenerator;
import na64.sim.run.SimulationOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 generate}: generator-level dark-sector emission events as HepMC3 or LHE, for Geant4 and other full simulations. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generator-level events of one dark-sector emission on a target nucleus (or atomic electron): the incoming particles,",
            "the outgoing lepton and recoil nucleus, X and, if it decays visibly, its decay products, with momenta [GeV], vertices",
            "[mm] and weights (the cross section per atom [pb], the same for every event). The format follows the --out suffix:",
            ".hepmc3 (HepMC3 ASCII) or .lhe (Les Houches Event File 3.0); docs/formats.md describes both."},
        footer = {"", "Examples:",
            "  na64 generate --process brem --mass 0.0167 --energy 100 --target Pb --events 10000 --out brem.hepmc3",
            "  na64 generate --process brem --decay visible --mass 0.0167 --epsilon 1e-4 --energy 150 --target W --events 1000 --out x17.lhe",
            "  na64 generate --process annihilation --mass 0.225 --energy 49.5 --events 1000 --out annihilation.hepmc3",
            "  na64 generate --process primakoff --mass 0.05 --g-agg 1e-4 --energy 50 --events 1000 --out alp.hepmc3"})
public final class GenerateCommand implements Callable<Integer> {
    static final List<String> PROCESSES = List.of("brem", "annihilation", "primakoff");
    static final List<String> SUFFIXES = Stream.concat(FileSuffix.HEPMC3.stream(), Stream.of(".lhe")).toList();

    @Spec
    CommandSpec spec;

    @Option(names = "--process", defaultValue = "brem", paramLabel = "NAME",
            description = "brem (l N -> l N X), annihilation (e+ e- -> X on atomic electrons), primakoff (gamma N -> a N). Default: ${DEFAULT-VALUE}.")
    String process;

    @Option(names = "--mediator", defaultValue = "vector", paramLabel = "TYPE",
            description = "brem and annihilation: vector (dark photon), scalar, pseudoscalar, axial (muons: vector, scalar). Default: ${DEFAULT-VALUE}.")
    String mediator;

    @Option(names = "--lepton", defaultValue = "e-", paramLabel = "NAME",
            description = "brem: the radiating lepton, e-, e+, mu-, mu+. Default: ${DEFAULT-VALUE}.")
    String lepton;

    @Option(names = "--approx", paramLabel = "NAME",
            description = "brem: etl (e-/e+, 1e-6 to 3 GeV), iww (e-/e+, > 1 MeV), ww (muons). Default: etl for e-/e+, ww for muons.")
    String approx;

    @Option(names = "--mass", required = true, paramLabel = "GEV", description = "Mass of X (or of the ALP) [GeV], > 0.")
    double mass;

    @Option(names = "--energy", required = true, paramLabel = "GEV",
            description = "Total energy [GeV] of the lepton (brem), the positron (annihilation) or the photon (primakoff), along +z.")
    double energy;

    @Option(names = "--target", defaultValue = "Pb", paramLabel = "ELEMENT",
            description = "Target element (symbol or name); its nucleus is in the event. Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--epsilon", defaultValue = "1e-4", paramLabel = "EPS",
            description = "brem, annihilation: coupling eps of X (as in simulate --signal). Default: ${DEFAULT-VALUE}.")
    double epsilon;

    @Option(names = "--g-agg", defaultValue = "1e-4", paramLabel = "G",
            description = "primakoff: ALP-photon coupling [GeV^-1]. Default: ${DEFAULT-VALUE}.")
    double gAgg;

    @Option(names = "--decay", paramLabel = "MODE",
            description = "invisible (X leaves in the final state) or visible (X flies and decays to e+e-, mu+mu-, pi+pi- or gamma gamma "
                    + "by its widths). Default: invisible for brem and annihilation (the model of simulate --signal), visible for primakoff.")
    String decay;

    @Option(names = "--events", required = true, paramLabel = "N", description = "Number of events, >= 1.")
    long events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Run seed; event i uses the random stream of (seed, i). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.hepmc3|FILE.lhe", description = "Output file (written atomically).")
    Path out;

    /** Library fields and the options that set them. */
    private static final Map<String, String> OPTIONS = Map.of("mass", "--mass", "energy", "--energy", "epsilon", "--epsilon",
            "approximation", "--approx", "mediator", "--mediator", "lepton", "--lepton", "signal", "--mediator");

    @Override
    public Integer call() throws IOException {
        try {
            return run();
        } catch (InputException e) {
            throw OptionNames.rename(e, OPTIONS);
        }
    }

    private int run() throws IOException {
        Check.positive("--mass", mass);
        Check.positive("--energy", energy);
        if (events < 1) {
            throw InputException.outOfRange("--events", events, "an integer >= 1");
        }
        String suffix = suffix(out);
        Element element = element(target);
        EmissionProcess generator = generator(element);
        String version = BuildInfo.describe();
        try (AtomicOutput file = AtomicOutput.create(out)) {
            Writer text = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
            EventWriter writer = suffix.equals(".lhe") ? new LheWriter(text, generator, events, version)
                    : new HepMC3Writer(text, generator, events, version);
            for (long i = 0; i < events; i++) {
                writer.write(generator.event(i, RandomStreams.forEvent(seed, i)));
            }
            writer.finish();
            file.commit();
        }
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "wrote %d events (%s) to %s%n  %s%n  sigma = %.6g pb per atom (the weight of every event)",
                events, suffix.equals(".lhe") ? "LHE 3.0" : "HepMC3 ASCII", out, generator.description(), generator.crossSectionPb()));
        return 0;
    }

    private EmissionProcess generator(Element element) {
        String key = process.toLowerCase(Locale.ROOT);
        if (!PROCESSES.contains(key)) {
            throw InputException.unknown("--process", process, PROCESSES);
        }
        boolean visible = visible(key);
        if (key.equals("primakoff")) {
            Check.positive("--g-agg", gAgg);
            PrimakoffProduction primakoff = PrimakoffProduction.of(mass, gAgg);
            return new PrimakoffGenerator(primakoff, element, energy, new DarkBosonDecay(primakoff.alp(), visible));
        }
        Check.positive("--epsilon", epsilon);
        Mediator m = Mediator.parse(mediator);
        SimulationOptions.SignalDecay mode = visible ? SimulationOptions.SignalDecay.VISIBLE : SimulationOptions.SignalDecay.INVISIBLE;
        DarkSectorModel model = DownstreamModel.signalModel(m, mass, epsilon, mode);
        DarkBosonDecay bosonDecay = new DarkBosonDecay(model, visible);
        if (key.equals("annihilation")) {
            return new AnnihilationGenerator(new ResonantAnnihilation(model), element, energy, bosonDecay);
        }
        Lepton l = Lepton.parse(lepton);
        Approximation a = approx == null ? DarkBrem.defaultApproximation(l) : Approximation.parse(approx);
        DarkBrem brem = DarkBrem.of(l, m, a, FluxModel.ELASTIC);
        return new BremGenerator(brem, l, element, energy, epsilon, bosonDecay);
    }

    private boolean visible(String key) {
        if (decay == null) {
            return key.equals("primakoff");
        }
        return switch (decay.toLowerCase(Locale.ROOT)) {
            case "visible" -> true;
            case "invisible" -> false;
            default -> throw InputException.unknown("--decay", decay, List.of("invisible", "visible"));
        };
    }

    private static Element element(String name) {
        Targets.Target t = Targets.resolve(name);
        return t.element().orElseThrow(() -> InputException.outOfRange("--target", name,
                "a chemical element (its nucleus is in the event), e.g. Pb, W, Fe, Cu"));
    }

    private static String suffix(Path file) {
        return FileSuffix.require("--out", file, SUFFIXES);
    }
}
