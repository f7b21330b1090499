package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.core.AtomicOutput;
import na64.core.BuildInfo;
import na64.core.Config;
import na64.core.InputException;
import na64.core.Progress;
import na64.reach.config.DarkSectorConfig;
import na64.reach.config.DatasetConfig;
import na64.reach.config.ReachConfig;
import na64.reach.config.ReachSetup;
import na64.reach.config.ReferenceConfig;
import na64.reach.report.ExclusionPlot;
import na64.reach.report.HepDataYaml;
import na64.reach.report.LimitsCsv;
import na64.reach.report.ReachResult;
import na64.reach.report.ReachRun;
import na64.reach.report.ReferenceComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 reach}: signal yields, CLs limits and exclusion plots for a dark-sector model. */
@Command(name = "reach",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Expected signal of thick-target production (dark bremsstrahlung of the",
            "shower e+-, resonant annihilation of shower positrons, muon bremsstrahlung,",
            "Primakoff ALPs), decay acceptance, and 90 %% CL CLs limits on the coupling",
            "versus mass, with expected bands and projections.",
            "",
            "Either --config FILE (YAML; docs/reach.md, examples/reach/) or the inline",
            "options for one dataset. Writes to --out: limits.csv, limits.yaml (HEPData),",
            "exclusion.svg, exclusion.png, projections.csv (--eot-projections),",
            "comparison.csv (ratio to each reference curve, point by point) and",
            "config.yaml (the resolved configuration).",
            "",
            "Units: GeV, cm; couplings: epsilon, g (g_agg in GeV^-1 for ALPs)."},
        footer = {"", "Examples:",
            "  na64 reach --config examples/reach/na64e-invisible-2016-2022.yaml",
            "  na64 reach --beam e- --eot 5e12 --masses 0.001:1:40 --out out/proj"})
public final class ReachCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (then no other inline option but --out, --json).")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/reach", description = "Output directory. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--json", description = "Print the limits as JSON instead of a table.")
    boolean json;

    @Option(names = "--beam", paramLabel = "e-|e+|mu-", description = "Beam particle. Default: e-.")
    String beam;

    @Option(names = "--energy", paramLabel = "GeV", description = "Beam energy [GeV]. Default: 100 (160 for mu-).")
    Double energy;

    @Option(names = "--eot", paramLabel = "N", description = "Particles on target. Default: 1e12.")
    Double eot;

    @Option(names = "--emiss-min", paramLabel = "GeV", description = "Cut on the X energy E_X = missing energy [GeV] "
            + "(E_mu' < E0 - cut for muons). Default: half the beam energy.")
    Double emissMin;

    @Option(names = "--efficiency", paramLabel = "F", description = "Signal efficiency, flat, in (0, 1]. Default: 1.")
    Double efficiency;

    @Option(names = "--efficiency-table", paramLabel = "CSV", description = "Efficiency versus mass: CSV mass_GeV,efficiency.")
    String efficiencyTable;

    @Option(names = "--efficiency-unc", paramLabel = "REL", description = "Relative uncertainty of the signal yield (log-normal). Default: 0.")
    Double efficiencyUncertainty;

    @Option(names = "--background", paramLabel = "N", description = "Expected background events. Default: 0.")
    Double background;

    @Option(names = "--background-unc", paramLabel = "REL", description = "Relative background uncertainty (log-normal). Default: 0.")
    Double backgroundUncertainty;

    @Option(names = "--observed", paramLabel = "N", description = "Observed events. Default: 0.")
    Integer observed;

    @Option(names = "--model", paramLabel = "NAME", description = "dark-photon, b-l, lmu-ltau, alp, scalar, pseudoscalar, vector, axial. "
            + "Default: dark-photon.")
    String model;

    @Option(names = "--decay", paramLabel = "MODE", description = "invisible, visible, semi-visible. Default: invisible.")
    String decay;

    @Option(names = "--masses", paramLabel = "A:B:N", description = "Masses [GeV], N points log-spaced from A to B (m_chi with --y). "
            + "Default: 0.001:1:50.")
    String masses;

    @Option(names = "--target", paramLabel = "MATERIAL", description = "Target material (na64 material --list). Default: ecal-pbsc.")
    String target;

    @Option(names = "--target-x0", paramLabel = "X0", description = "Target thickness in radiation lengths. Default: 40.")
    Double targetX0;

    @Option(names = "--muon-path", paramLabel = "cm", description = "Path of a muon in the target [cm]. Default: target thickness.")
    Double muonPath;

    @Option(names = "--track-lengths", paramLabel = "SOURCE", description = "tsai, rossi-a, rossi-b, cascade, default or a table file. "
            + "Default: default (the built-in simulation table, else cascade).")
    String trackLengths;

    @Option(names = "--processes", split = ",", paramLabel = "P", description = "bremsstrahlung, annihilation, primakoff. "
            + "Default: all that apply.")
    List<String> processes;

    @Option(names = "--decay-from", paramLabel = "cm", description = "Decays count from this distance to the target front face [cm] "
            + "(visible: default the end of the target; ALP: the end of the shield; semi-visible: required).")
    Double decayFrom;

    @Option(names = "--decay-to", paramLabel = "cm", description = "... up to this distance [cm]. Default: infinity.")
    Double decayTo;

    @Option(names = "--escape", paramLabel = "cm", description = "Invisible mode: visible decays beyond this distance count as missing energy.")
    Double escape;

    @Option(names = "--alpha-d", paramLabel = "A", description = "Dark coupling alpha_D. Default: 0.1.")
    Double alphaD;

    @Option(names = "--mass-ratio", paramLabel = "R", description = "m_X / m_chi. Default: 3.")
    Double massRatio;

    @Option(names = "--dm", paramLabel = "TYPE", description = "Dark matter: scalar, majorana, dirac, pseudo-dirac. "
            + "Default: scalar (dirac for scalar, pseudoscalar, axial mediators).")
    String dm;

    @Option(names = "--splitting", paramLabel = "D", description = "(m_chi2 - m_chi1)/m_chi1 for pseudo-dirac. Default: 0.")
    Double splitting;

    @Option(names = "--y", description = "Limits on y = eps^2 alpha_D (m_chi/m_A')^4 versus m_chi, with the thermal target.")
    boolean y;

    @Option(names = "--cl", paramLabel = "CL", description = "Confidence level. Default: 0.9.")
    Double confidenceLevel;

    @Option(names = "--no-expected", description = "Skip the expected limits and their bands.")
    boolean noExpected;

    @Option(names = "--annihilation", paramLabel = "METHOD", description = "auto, narrow-width, breit-wigner. Default: auto.")
    String annihilation;

    @Option(names = "--eot-projections", split = ",", paramLabel = "N", description = "Projected EOT values (background scaled), "
            + "e.g. 1e9,1e10,1e11,1e12,1e13.")
    List<Double> projections;

    @Option(names = "--reference", paramLabel = "CSV", description = "Reference curve for the plot: mass,coupling or mass,low,high "
            + "(repeatable).")
    List<String> references;

    @Option(names = "--title", paramLabel = "TEXT", description = "Plot title.")
    String title;

    @Option(names = "--label", paramLabel = "TEXT", description = "Legend entry of the limit. Default: observed limit.")
    String label;

    @Override
    public void run() {
        ReachConfig configuration;
        Path base;
        String source;
        if (config != null) {
            if (anyInline()) {
                throw new InputException("--config", "use either --config FILE or the inline options (only --out and --json go with --config)");
            }
            configuration = Config.read(config, ReachConfig.class);
            base = config.toAbsolutePath().getParent();
            source = config.toString();
        } else {
            try {
                configuration = inline();
            } catch (InputException e) {
                throw OptionNames.rename(e, OPTIONS);
            }
            base = Path.of("").toAbsolutePath();
            source = "command line";
        }
        ReachSetup setup;
        try {
            setup = ReachSetup.from(configuration, base);
        } catch (InputException e) {
            throw new InputException(e.field(), source + ": " + e.getMessage(), e);
        }
        int steps = setup.masses().length * (1 + configuration.projections().size());
        ReachResult result;
        try (Progress progress = Progress.start("reach", steps)) {
            result = ReachRun.run(setup, progress);
        }
        LimitsCsv.write(result, out);
        HepDataYaml.write(result, out);
        ExclusionPlot.write(result, out);
        ReferenceComparison.write(result, out);
        AtomicOutput.writeString(out.resolve("config.yaml"), "# na64 reach, " + BuildInfo.describe() + "\n# from: " + source + "\n"
                + Config.toYaml(configuration));
        print(result);
    }

    /** Configuration keys as the inline options that set them. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("energy_GeV", "--energy"), Map.entry("eot", "--eot"),
            Map.entry("emiss_min_GeV", "--emiss-min"), Map.entry("efficiency", "--efficiency"),
            Map.entry("efficiency_uncertainty", "--efficiency-unc"), Map.entry("background", "--background"),
            Map.entry("background_uncertainty", "--background-unc"), Map.entry("observed", "--observed"),
            Map.entry("target_X0", "--target-x0"), Map.entry("muon_path_cm", "--muon-path"), Map.entry("decay_from_cm", "--decay-from"),
            Map.entry("decay_to_cm", "--decay-to"), Map.entry("escape_cm", "--escape"), Map.entry("alpha_d", "--alpha-d"),
            Map.entry("mass_ratio", "--mass-ratio"), Map.entry("splitting", "--splitting"), Map.entry("masses", "--masses"),
            Map.entry("confidence_level", "--cl"), Map.entry("projections", "--eot-projections"));

    private boolean anyInline() {
        Object[] options = {beam, energy, eot, emissMin, efficiency, efficiencyTable, efficiencyUncertainty, background,
            backgroundUncertainty, observed, model, decay, masses, target, targetX0, muonPath, trackLengths, processes, decayFrom,
            decayTo, escape, alphaD, massRatio, dm, splitting, confidenceLevel, annihilation, projections, references, title, label};
        for (Object o : options) {
            if (o != null) {
                return true;
            }
        }
        return y || noExpected;
    }

    private ReachConfig inline() {
        String b = beam != null ? beam : "e-";
        double e = energy != null ? energy : (b.startsWith("mu") ? 160 : 100);
        DatasetConfig dataset = new DatasetConfig("command line", b, e, eot != null ? eot : 1e12, emissMin, efficiency,
                efficiencyTable, efficiencyUncertainty, background, backgroundUncertainty, observed, target, targetX0, muonPath,
                trackLengths, processes, decayFrom, decayTo, escape, null);
        DarkSectorConfig dark = alphaD != null || massRatio != null || dm != null || splitting != null
                ? new DarkSectorConfig(alphaD, massRatio, dm, splitting) : null;
        List<ReferenceConfig> refs = new ArrayList<>();
        if (references != null) {
            for (String r : references) {
                refs.add(new ReferenceConfig(r, null));
            }
        }
        return new ReachConfig(title, label, model != null ? model : "dark-photon", decay, masses != null ? masses : "0.001:1:50", dark,
                y, confidenceLevel, !noExpected, annihilation, null, projections, refs, List.of(dataset));
    }

    private void print(ReachResult r) {
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("mass_GeV", r.masses());
            doc.put(r.band() ? r.couplingName() + "_low" : r.couplingName(), r.observedLow());
            if (r.band()) {
                doc.put(r.couplingName() + "_high", r.observedHigh());
            }
            if (r.expected() != null) {
                doc.put(r.couplingName() + "_expected", r.expected()[2]);
            }
            doc.put("qualifiers", r.qualifiers());
            doc.put("out", out.toString());
            o.println(Config.toJson(sanitise(doc)));
            return;
        }
        o.printf(Locale.ROOT, "%-12s %-14s%s%n", "mass_GeV", r.band() ? r.couplingName() + "_low" : r.couplingName(),
                r.band() ? String.format(Locale.ROOT, " %-14s", r.couplingName() + "_high") : (r.expected() != null ? " expected" : ""));
        for (int i = 0; i < r.masses().length; i++) {
            o.printf(Locale.ROOT, "%-12.5g %-14.4g%s%n", r.masses()[i], r.observedLow()[i],
                    r.band() ? String.format(Locale.ROOT, " %-14.4g", r.observedHigh()[i])
                            : (r.expected() != null ? String.format(Locale.ROOT, " %.4g", r.expected()[2][i]) : ""));
        }
        for (int k = 0; k < r.references().size(); k++) {
            o.println("compared with " + r.references().get(k).label() + ": " + ReferenceComparison.summary(r, k));
        }
        o.println("written to " + out + ": limits.csv, limits.yaml, exclusion.svg, exclusion.png, config.yaml"
                + (r.projections().isEmpty() ? "" : ", projections.csv") + (r.references().isEmpty() ? "" : ", comparison.csv"));
    }

    /** JSON has no NaN or infinity: null instead. */
    private static Object sanitise(Object value) {
        if (value instanceof double[] a) {
            List<Double> list = new ArrayList<>();
            for (double v : a) {
                list.add(Double.isFinite(v) ? v : null);
            }
            return list;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, sanitise(v)));
            return copy;
        }
        return value;
    }
}
