package na64.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import na64.core.Check;
import na64.core.InputException;
import na64.core.LogGrid;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.brem.Approximation;
import na64.physics.brem.BremTotal;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.material.Element;
import na64.physics.material.Material;
import na64.physics.model.DarkMatterType;
import na64.physics.model.DarkSectorSpec;
import na64.physics.model.ModelKind;
import na64.physics.model.Visibility;
import na64.physics.primakoff.PrimakoffProduction;
import na64.physics.sm.DimuonProduction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 xsec}: the production cross section per atom of a dark-sector process. */
@Command(name = "xsec",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Production cross section per atom [pb] of a dark-sector process on a target. For a material the "
                + "per-atom value is averaged over its composition; the macroscopic cross section [1/cm] is given "
                + "as well. Below the production threshold the cross section is 0 (with a note)."},
        footer = {"", "Examples:",
            "  na64 xsec --mass 0.0167 --energy 150",
            "  na64 xsec --lepton mu- --mass 0.1 --energy 160 --epsilon 1 --json",
            "  na64 xsec --mediator scalar --masses 0.001:1:50 > scalar.csv",
            "  na64 xsec --process annihilation --mass 0.225 --energy 49.5 --alpha-d 0.5",
            "  na64 xsec --process primakoff --mass 0.05 --energy 50 --g-agg 1e-4",
            "  na64 xsec --process dimuon --energy 50 --target W"})
public final class XsecCommand implements Callable<Integer> {
    /** Process names; each is one case of {@link #crossSection}. */
    static final List<String> PROCESSES = List.of("brem", "annihilation", "primakoff", "dimuon");

    @Spec
    CommandSpec spec;

    @Option(names = "--process", defaultValue = "brem", paramLabel = "NAME",
            description = "Production process: brem (dark bremsstrahlung), annihilation, primakoff, dimuon. Default: ${DEFAULT-VALUE}.")
    String process;

    @Option(names = "--mediator", defaultValue = "vector", paramLabel = "TYPE",
            description = "Mediator: vector, scalar, pseudoscalar, axial (muons: vector, scalar). Default: ${DEFAULT-VALUE}.")
    String mediator;

    @Option(names = "--lepton", paramLabel = "NAME",
            description = "Radiating lepton for brem: e-, e+, mu-, mu+ (default e-); annihilation needs e+ (its default).")
    String lepton;

    @Option(names = "--mass", paramLabel = "GEV",
            description = "Mediator (or ALP) mass [GeV]; etl: 1e-6 to 3 GeV. Not used by dimuon.")
    Double mass;

    @Option(names = "--masses", paramLabel = "A:B:N",
            description = "Log grid of N masses from A to B [GeV] instead of --mass; prints CSV mass_GeV,sigma_pb (a JSON array with --json).")
    String masses;

    @Option(names = "--energy", defaultValue = "100", paramLabel = "GEV",
            description = "Energy [GeV] of the radiating lepton (brem), the positron (annihilation) or the photon "
                    + "(primakoff, dimuon). Default: ${DEFAULT-VALUE}.")
    double energy;

    @Option(names = "--target", defaultValue = "Pb", paramLabel = "NAME",
            description = "Target element (symbol or name). Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--epsilon", defaultValue = "1e-4", paramLabel = "EPS",
            description = "Coupling eps in units of the electron charge (brem, annihilation); sigma scales as eps^2. Default: ${DEFAULT-VALUE}.")
    double epsilon;

    @Option(names = "--model", defaultValue = "dark-photon", paramLabel = "NAME",
            description = "annihilation: the model whose width and branching ratios shape the resonance (dark-photon, b-l, "
                    + "lmu-ltau, scalar, pseudoscalar, vector, axial); --epsilon is its coupling. Default: ${DEFAULT-VALUE}.")
    String model;

    @Option(names = "--alpha-d", paramLabel = "A",
            description = "annihilation: dark coupling alpha_D of a dark-matter sector (invisible decays); none by default.")
    Double alphaD;

    @Option(names = "--dm", defaultValue = "scalar", paramLabel = "TYPE",
            description = "annihilation with --alpha-d: dark-matter type (scalar, majorana, dirac, pseudo-dirac). Default: ${DEFAULT-VALUE}.")
    String dm;

    @Option(names = "--mass-ratio", defaultValue = "3", paramLabel = "R",
            description = "annihilation with --alpha-d: m_X / m_chi. Default: ${DEFAULT-VALUE}.")
    double massRatio;

    @Option(names = "--final-state", defaultValue = "all", paramLabel = "WHICH",
            description = "annihilation: all, visible, invisible or semi-visible final states (sigma times their branching ratio). "
                    + "Default: ${DEFAULT-VALUE}.")
    String finalState;

    @Option(names = "--g-agg", defaultValue = "1e-4", paramLabel = "G",
            description = "primakoff: ALP-photon coupling g_a-gamma-gamma [GeV^-1]; sigma scales as g^2. Default: ${DEFAULT-VALUE}.")
    double gAgg;

    @Option(names = "--approx", paramLabel = "NAME",
            description = "etl (exact tree level via DMG4 K-factors, e-/e+), iww (improved Weizsaecker-Williams, e-/e+, m > 1 MeV), "
                    + "ww (full Weizsaecker-Williams, muons). Default: etl for e-/e+, ww for muons.")
    String approx;

    @Option(names = "--inelastic",
            description = "Add the inelastic term to the photon flux (e-/e+, m > 1 MeV; +1-3 %% in Pb). Default: elastic only, as DMG4.")
    boolean inelastic;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    /** A cross section per atom of one element, with what the user should know about it. */
    record Point(double sigmaPb, double kFactor, List<String> notes, boolean belowThreshold) {
        static Point of(double sigmaPb, List<String> notes) {
            return new Point(sigmaPb, Double.NaN, notes, false);
        }

        static Point closed(String why) {
            return new Point(0, Double.NaN, List.of(why), true);
        }
    }

    /** The cross section per atom of one element at one mass. */
    @FunctionalInterface
    interface PerAtom {
        Point at(Element element, double mass);
    }

    /** A process with its inputs fixed except the target element and the mass, and those inputs (for the output). */
    record CrossSection(PerAtom perAtom, Map<String, Object> inputs) {
    }

    /** Library fields and the options that set them. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("mass", "--mass"),
            Map.entry("energy", "--energy"), Map.entry("epsilon", "--epsilon"), Map.entry("approximation", "--approx"),
            Map.entry("mediator", "--mediator"), Map.entry("lepton", "--lepton"), Map.entry("flux", "--inelastic"),
            Map.entry("alpha-d", "--alpha-d"), Map.entry("mass-ratio", "--mass-ratio"), Map.entry("dm", "--dm"),
            Map.entry("model", "--model"));

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } catch (InputException e) {
            throw OptionNames.rename(e, OPTIONS);
        }
    }

    private int run() throws Exception {
        Check.positive("--energy", energy);
        Check.positive("--epsilon", epsilon);
        double[] massValues = massValues();
        Targets.Target resolved = Targets.resolve(target);
        CrossSection crossSection = crossSection();
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (double m : massValues) {
            Map<String, Object> row = evaluate(crossSection, resolved, m);
            if (masses == null && Boolean.TRUE.equals(row.remove("below_threshold"))) {
                // a single point below threshold is a question with no answer: say why (a scan keeps the 0)
                @SuppressWarnings("unchecked")
                List<String> why = (List<String>) row.get("notes");
                throw new InputException("--energy", "--energy = " + energy + " GeV is below the threshold of "
                        + process + " for these inputs: " + String.join("; ", why));
            }
            row.remove("below_threshold");
            @SuppressWarnings("unchecked")
            List<String> rowNotes = (List<String>) row.get("notes");
            notes.addAll(rowNotes);
            rows.add(row);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(masses == null ? rows.get(0) : rows));
        } else if (masses != null) {
            out.println("mass_GeV,sigma_pb");
            for (Map<String, Object> row : rows) {
                out.println(String.format(Locale.ROOT, "%.8g,%.8g", (Double) row.get("mass_GeV"), (Double) row.get("sigma_pb")));
            }
            PrintWriter err = spec.commandLine().getErr();
            notes.forEach(n -> err.println("note: " + n));
        } else {
            printText(out, rows.get(0));
        }
        out.flush();
        return 0;
    }

    private double[] massValues() {
        if (isDimuon()) {
            if (mass != null || masses != null) {
                throw new InputException("--mass", "--process dimuon has no mass (the muon mass is fixed): drop --mass/--masses");
            }
            return new double[] {na64.physics.PhysicalConstants.MUON_MASS};
        }
        if (mass != null && masses != null) {
            throw new InputException("--masses", "give either --mass or --masses, not both");
        }
        if (mass == null && masses == null) {
            throw new InputException("--mass", "--mass (or --masses A:B:N) is required");
        }
        if (mass != null) {
            return new double[] {Check.positive("--mass", mass)};
        }
        return LogGrid.parse("--masses", masses).values();
    }

    /** One case per process; the processes written elsewhere plug in here. */
    private CrossSection crossSection() {
        String key = process.toLowerCase(Locale.ROOT);
        if (!key.equals("brem") && (approx != null || inelastic || !mediator.equals("vector"))) {
            throw new InputException("--process", "--approx, --inelastic and --mediator apply to --process brem only");
        }
        return switch (key) {
            case "brem" -> darkBremsstrahlung();
            case "annihilation" -> resonantAnnihilation();
            case "primakoff" -> primakoff();
            case "dimuon" -> dimuon();
            default -> throw InputException.unknown("--process", process, PROCESSES);
        };
    }

    private boolean isDimuon() {
        return process.equalsIgnoreCase("dimuon");
    }

    /** e+ e- -> X on the atomic electrons: Breit-Wigner with the model's total width (na64.physics.annihilation). */
    private CrossSection resonantAnnihilation() {
        if (lepton != null && Lepton.parse(lepton) != Lepton.POSITRON) {
            throw InputException.outOfRange("--lepton", lepton, "e+ for --process annihilation");
        }
        ModelKind kind = ModelKind.parse(model);
        if (kind == ModelKind.ALP) {
            throw InputException.outOfRange("--model", model, "a model that couples to electrons (not alp)");
        }
        DarkSectorSpec dark = alphaD == null ? null
                : DarkSectorSpec.ofRatio(Check.positive("--alpha-d", alphaD), DarkMatterType.parse(dm), Check.positive("--mass-ratio", massRatio));
        Visibility visibility = switch (finalState.toLowerCase(Locale.ROOT)) {
            case "all" -> null;
            case "visible" -> Visibility.VISIBLE;
            case "invisible" -> Visibility.INVISIBLE;
            case "semi-visible" -> Visibility.SEMI_VISIBLE;
            default -> throw InputException.unknown("--final-state", finalState, List.of("all", "visible", "invisible", "semi-visible"));
        };
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("lepton", "e+");
        inputs.put("model", kind.cliName());
        inputs.put("final_state", visibility == null ? "all" : visibility.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (alphaD != null) {
            inputs.put("alpha_D", alphaD);
        }
        return new CrossSection((element, mass) -> {
            ResonantAnnihilation annihilation = new ResonantAnnihilation(kind.create(mass, epsilon, dark));
            double sigma = annihilation.sigmaPerAtomPb(element, energy, visibility);
            String resonance = String.format(Locale.ROOT, "resonance at E+ = %.6g GeV, FWHM %.3g GeV in E+",
                    annihilation.resonanceEnergy(), annihilation.resonanceWidthInEnergy());
            return Point.of(sigma, List.of(resonance));
        }, inputs);
    }

    /** gamma Z -> a Z (na64.physics.primakoff); --energy is the photon energy. */
    private CrossSection primakoff() {
        Check.positive("--g-agg", gAgg);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("g_agg_per_GeV", gAgg);
        return new CrossSection((element, mass) -> {
            if (energy <= mass) {
                return Point.closed(String.format(Locale.ROOT, "gamma Z -> a Z needs E_gamma > m_a = %g GeV", mass));
            }
            return Point.of(PrimakoffProduction.of(mass, gAgg).sigmaPb(element, energy), List.of());
        }, inputs);
    }

    /** gamma Z -> mu+ mu- Z, Bethe-Heitler with the muon mass (na64.physics.sm); --energy is the photon energy. */
    private CrossSection dimuon() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("photon_energy_GeV", energy);
        return new CrossSection((element, mass) -> {
            if (energy <= DimuonProduction.threshold()) {
                return Point.closed(String.format(Locale.ROOT,
                        "gamma -> mu+ mu- is modelled above E_gamma = %.4g GeV (4 m_mu)", DimuonProduction.threshold()));
            }
            return Point.of(DimuonProduction.sigmaPb(element, energy), List.of());
        }, inputs);
    }

    private CrossSection darkBremsstrahlung() {
        Lepton l = Lepton.parse(lepton == null ? "e-" : lepton);
        Mediator m = Mediator.parse(mediator);
        Approximation a = approx == null ? DarkBrem.defaultApproximation(l) : Approximation.parse(approx);
        FluxModel flux = inelastic ? FluxModel.ELASTIC_AND_INELASTIC : FluxModel.ELASTIC;
        DarkBrem brem = DarkBrem.of(l, m, a, flux);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("lepton", l.cliName());
        inputs.put("mediator", m.cliName());
        inputs.put("approximation", a.cliName());
        inputs.put("flux", inelastic ? "elastic+inelastic" : "elastic");
        return new CrossSection((element, mass) -> {
            BremTotal t = brem.total(element, mass, energy, epsilon);
            boolean closed = t.sigmaPb() == 0 && t.notes().stream().anyMatch(n -> n.startsWith("below threshold"));
            return new Point(t.sigmaPb(), t.kFactor(), t.notes(), closed);
        }, inputs);
    }

    private Map<String, Object> evaluate(CrossSection crossSection, Targets.Target resolved, double m) {
        Material material = resolved.material();
        Map<Element, Point> points = new LinkedHashMap<>();
        for (Material.Component c : material.composition()) {
            points.computeIfAbsent(c.element(), e -> crossSection.perAtom().at(e, m));
        }
        double perAtom = material.meanPerAtomPb(e -> points.get(e).sigmaPb());
        double macroscopic = material.macroscopic(e -> points.get(e).sigmaPb());
        Set<String> notes = new LinkedHashSet<>();
        double k = Double.NaN;
        boolean closed = points.values().stream().allMatch(Point::belowThreshold);
        for (Point p : points.values()) {
            notes.addAll(p.notes());
            if (!Double.isNaN(p.kFactor())) {
                k = p.kFactor();
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("process", process.toLowerCase(Locale.ROOT));
        row.putAll(crossSection.inputs());
        row.put("target", resolved.name());
        row.put("mass_GeV", m);
        row.put("energy_GeV", energy);
        if (process.equalsIgnoreCase("brem") || process.equalsIgnoreCase("annihilation")) {
            row.put("epsilon", epsilon);
        }
        row.put("sigma_pb", perAtom);
        row.put("k_factor", Double.isNaN(k) ? null : k);
        row.put("macroscopic_per_cm", macroscopic);
        row.put("notes", new ArrayList<>(notes));
        row.put("below_threshold", closed);
        return row;
    }

    private static void printText(PrintWriter out, Map<String, Object> row) {
        out.println(String.format(Locale.ROOT, "sigma = %.6g pb per atom", (Double) row.get("sigma_pb")));
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equals("notes") || e.getValue() == null) {
                continue;
            }
            Object v = e.getValue();
            String text = v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : v.toString();
            out.println(String.format(Locale.ROOT, "  %-20s %s", e.getKey(), text));
        }
        @SuppressWarnings("unchecked")
        List<String> notes = (List<String>) row.get("notes");
        notes.forEach(n -> out.println("note: " + n));
    }
}
