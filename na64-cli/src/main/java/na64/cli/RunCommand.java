package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import na64.analysis.background.Estimate;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.analysis.limits.LimitPoint;
import na64.analysis.select.Variable;
import na64.analysis.select.Variables;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.Study;
import na64.analysis.study.StudyConfig;
import na64.analysis.study.StudyResult;
import na64.core.Check;
import na64.core.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code na64 run}: the main study. Without options, a small but complete NA64e invisible-mode
 * search on built-in defaults (2021-2022 setup, 100 GeV, normalised to 9.37e11 EOT), in about
 * two minutes on 2 cores; with {@code --config FILE}, a study of any size.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"The main study: a missing-energy search for A' -> invisible from simulated events to limits.",
            "Simulates and reconstructs the samples (pseudo-data beam with its admixture, signal at several masses,",
            "biased dimuons, the beam's hadrons and muons), selects them (a YAML cut list compiled to SQL, run by DuckDB",
            "over Parquet; --engine spark: Spark tasks and Spark SQL), estimates the background per source, measures",
            "the signal efficiency with its dimuon",
            "systematic, computes 90%% CL limits (CLs) and writes into DIR:",
            "  report.html      self-contained report (cut flow, E_ECAL vs E_HCAL, background, efficiency, exclusion plot)",
            "  limits.csv       mass_GeV,epsilon (+ expected quantiles)",
            "  cutflow.csv      the pseudo-data cut flow (signal-box rows blinded) with the signal efficiencies",
            "  background.csv   the background per source beside the published NA64 table",
            "  reach.yaml, efficiency.csv   the inputs of the limits (na64 reach --config reach.yaml)",
            "  samples/*.parquet            the reconstructed events of every sample",
            "Without --config: the built-in study (NA64e invisible, na64e-2022, 100 GeV, 9.37e11 EOT);",
            "print it with --print-config to start a study of your own.",
            "A file with 'search: visible' is a visible-mode study (A'/X -> e+e- behind the WCAL dump; e.g.",
            "examples/run/visible-2017-2018.yaml), one with 'search: semi-visible' a semi-visible one (A' -> chi1 chi2,",
            "chi2 -> chi1 e+e-; examples/run/semivisible-2016-2018.yaml), one with 'search: alp' an ALP search",
            "(Primakoff production; examples/run/alp-2016-2018.yaml): band.csv, signal.csv, background.csv, band.svg,",
            "report.html."},
        footer = {"", "Units: GeV, cm, ns. Same seed, same numbers, whatever --threads."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Study configuration (YAML). Default: the built-in study (see --print-config).")
    Path config;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR",
            description = "Output directory. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--events", paramLabel = "N",
            description = "Events of the pseudo-data (beam) sample; every other sample is scaled by the same factor. "
                    + "Default: from the configuration (200000 in the built-in study).")
    Long events;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (simulation, reconstruction, DuckDB). Default: from the configuration (2).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S",
            description = "Study seed; every sample derives its seed from it. Default: from the configuration (1).")
    Long seed;

    @Option(names = "--unblind", description = "Show the pseudo-data events in the signal box (blinded by default).")
    boolean unblind;

    @Option(names = "--print-config", description = "Print the resolved study configuration (YAML) and exit.")
    boolean printConfig;

    @Option(names = "--list-variables", description = "List the variables a selection file may cut on, with units, and exit.")
    boolean listVariables;

    @Option(names = "--json", description = "Print a JSON summary (limits, background, efficiency, run time) on standard output.")
    boolean json;

    @Option(names = "--engine", defaultValue = "embedded", paramLabel = "E",
            description = "embedded (in this process: the na64 chain, DuckDB) or spark (samples produced by Spark tasks in event "
                    + "ranges, selection on Spark SQL; see docs/spark.md). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (local[2], spark://host:7077, yarn, k8s://...). "
                    + "Default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--events-per-task", paramLabel = "N",
            description = "With --engine spark: events per Spark task (one Parquet part each). Default: 20000.")
    Long eventsPerTask;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (listVariables) {
            for (Variable v : Variables.all()) {
                o.printf(Locale.ROOT, "%-24s %-5s %s%n", v.name(), v.unit(), v.description());
            }
            return 0;
        }
        if (config != null && na64.analysis.visible.VisibleStudyConfig.isVisible(config)) {
            return visible(o);
        }
        StudyConfig study = resolve();
        if (printConfig) {
            o.print(Config.toYaml(study));
            return 0;
        }
        Path base = config == null ? Path.of(".") : config.toAbsolutePath().getParent();
        StudyResult result = runOn(parseEngine(), study, base);
        Path report = na64.analysis.report.StudyReport.write(result, out);
        if (json) {
            o.println(Config.toJson(summary(result)));
        } else {
            o.printf(Locale.ROOT, "report: %s%n", report);
            o.printf(Locale.ROOT, "background: %s events for %.3g EOT%s; run time %.0f s%n", result.background().total().format(),
                    study.eot(), basis(result.background()), result.totalSeconds());
        }
        return 0;
    }

    /** The engine named by --engine; the Spark-only options without it are an error naming them. */
    boolean parseEngine() {
        boolean spark = switch (engine) {
            case "embedded" -> false;
            case "spark" -> true;
            default -> throw na64.core.InputException.unknown("--engine", engine, List.of("embedded", "spark"));
        };
        if (!spark && (master != null || eventsPerTask != null)) {
            String option = master != null ? "--master" : "--events-per-task";
            throw new na64.core.InputException(option, option + " is an option of the Spark engine: it needs --engine spark");
        }
        if (eventsPerTask != null) {
            Check.positive("--events-per-task", eventsPerTask);
        }
        return spark;
    }

    private StudyResult runOn(boolean spark, StudyConfig study, Path base) {
        if (spark) {
            return na64.spark.SparkStudy.run(study, Study.selection(study, base), System.err, base, out, master,
                    eventsPerTask == null ? na64.spark.SparkStudy.DEFAULT_EVENTS_PER_TASK : eventsPerTask);
        }
        return new Study(study, Study.selection(study, base), new ChainProducer(), System.err, base).run(out);
    }

    /** A study on a (mass, coupling) grid ({@code search: visible | semi-visible | alp | positron}): the embedded engine, --threads and --seed. */
    private int visible(PrintWriter o) {
        for (var other : List.of(Map.entry("--events", events != null), Map.entry("--unblind", unblind),
                Map.entry("--engine", !engine.equals("embedded")), Map.entry("--master", master != null),
                Map.entry("--events-per-task", eventsPerTask != null))) {
            if (other.getValue()) {
                throw new na64.core.InputException(other.getKey(), other.getKey() + " is not an option of a study on a (mass, coupling) "
                        + "grid (" + config + " names search: " + String.join(", ", na64.analysis.visible.VisibleStudyConfig.SEARCHES)
                        + "); set the sample sizes in the file");
            }
        }
        var study = na64.analysis.visible.VisibleStudyConfig.read(config);
        if (threads != null) {
            na64.core.Check.threads("--threads", threads);
            study = study.withThreads(threads);
        }
        if (seed != null) {
            study = study.withSeed(seed);
        }
        if (printConfig) {
            o.print(Config.toYaml(study));
            return 0;
        }
        var result = new na64.analysis.visible.VisibleStudy(study, config.toAbsolutePath().getParent(), new ChainProducer(), System.err)
                .run(out);
        Path report = na64.analysis.visible.VisibleReport.write(result, out);
        if (json) {
            o.println(Config.toJson(Map.of("report", "report.html", "band", result.band().stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("mass_GeV", e.mass());
                m.put("epsilon_low", Double.isFinite(e.epsilonLow()) ? e.epsilonLow() : null);
                m.put("epsilon_high", Double.isFinite(e.epsilonHigh()) ? e.epsilonHigh() : null);
                return m;
            }).toList(), "seconds", result.seconds())));
        } else {
            o.printf(Locale.ROOT, "report: %s%n", report);
            for (var e : result.band()) {
                o.printf(Locale.ROOT, "m = %.4g GeV: excluded %s < %s < %s%n", e.mass(),
                        Double.isFinite(e.epsilonLow()) ? String.format(Locale.ROOT, "%.3g", e.epsilonLow()) : "(open/none)",
                        study.alp() ? "g_agg" : "eps",
                        Double.isFinite(e.epsilonHigh()) ? String.format(Locale.ROOT, "%.3g", e.epsilonHigh()) : "(open/none)");
            }
            for (var b : result.backgrounds()) {
                o.printf(Locale.ROOT, "background %s, %s: %s events at the run's EOT (%d of %,d simulated pass); fully neutral "
                        + "events %s%n", b.run(), b.source(), b.bound() ? String.format(Locale.ROOT, "< %.3g (90%% CL)", b.estimate())
                        : String.format(Locale.ROOT, "%.3g +- %.2g", b.estimate(), b.error()), b.cutFlow().selected().events(),
                        b.events(), Double.isNaN(b.neutral()) ? "(no control region)" : b.neutralBound()
                        ? String.format(Locale.ROOT, "< %.3g", b.neutral()) : String.format(Locale.ROOT, "%.3g +- %.2g", b.neutral(), b.neutralError()));
            }
            result.runBands().forEach((run, edges) -> {
                for (var e : edges) {
                    o.printf(Locale.ROOT, "run %s alone, m = %.4g GeV: excluded above %s%n", run, e.mass(),
                            Double.isFinite(e.epsilonLow()) ? String.format(Locale.ROOT, "%.3g", e.epsilonLow()) : "(open/none)");
                }
            });
            o.printf(Locale.ROOT, "background not computed: %s (see the report); run time %.0f s%n", study.positron()
                    ? "the rare hadron (pi+, K+) and upstream backgrounds beyond their natural rate in the pseudo-data"
                    : "punch-through and charged-pion events beyond their natural rate in the pseudo-data", result.seconds());
        }
        return 0;
    }

    /** How the background total was obtained, so that a published number is never read as the study's own. */
    static String basis(na64.analysis.background.BackgroundTable table) {
        long published = table.sources().stream().filter(na64.analysis.background.SourceEstimate::published).count();
        if (published == 0) {
            long bounds = table.sources().stream().filter(s -> s.estimate().upperLimit()).count();
            return bounds == 0 ? " (simulated)" : String.format(Locale.ROOT,
                    " (simulated; %d of %d sources only as 90 %% CL bounds: none of their simulated events passes)", bounds,
                    table.sources().size());
        }
        if (published == table.sources().size()) {
            return String.format(Locale.ROOT, " (published NA64 estimates for all %d sources: the simulation only bounds them)", published);
        }
        return String.format(Locale.ROOT, " (published NA64 estimates for %d of %d sources, which the simulation only bounds; "
                + "the rest simulated)", published, table.sources().size());
    }

    /** The configuration with the command-line overrides applied. */
    StudyConfig resolve() {
        StudyConfig c = config == null ? StudyConfig.builtin() : StudyConfig.read(config);
        if (events != null) {
            Check.positive("--events", events);
            c = c.scaled((double) events / c.beam().events());
        }
        if (threads != null) {
            na64.core.Check.threads("--threads", threads);
            c = c.withThreads(threads);
        }
        if (seed != null) {
            c = c.withSeed(seed);
        }
        if (unblind) {
            c = c.withUnblind(true);
        }
        return c;
    }

    private static Map<String, Object> summary(StudyResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", "report.html");
        m.put("eot", r.config().eot());
        Estimate b = r.background().total();
        m.put("background", b.value());
        m.put("background_error", b.error());
        m.put("background_basis", basis(r.background()).trim());
        m.put("efficiency_uncertainty", r.efficiencyUncertainty());
        List<Map<String, Object>> eff = r.efficiency().stream().filter(e -> e.process().equals(EfficiencyMeasurement.ALL))
                .map(RunCommand::efficiency).toList();
        m.put("efficiency", eff);
        m.put("limits", r.limits().stream().map(RunCommand::limit).toList());
        m.put("simulated_events", r.simulatedEvents());
        m.put("seconds", r.totalSeconds());
        return m;
    }

    private static Map<String, Object> efficiency(EfficiencyPoint e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mass_GeV", e.mass());
        m.put("efficiency", e.efficiency());
        m.put("stat_error", e.statError());
        return m;
    }

    private static Map<String, Object> limit(LimitPoint l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mass_GeV", l.mass());
        m.put("epsilon", Double.isFinite(l.epsilon()) ? l.epsilon() : null);
        m.put("expected_median", Double.isFinite(l.expectedMedian()) ? l.expectedMedian() : null);
        return m;
    }
}
