package na64.analysis.limits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.core.AtomicOutput;
import na64.core.Config;
import na64.core.Progress;
import na64.reach.config.DatasetConfig;
import na64.reach.config.ReachConfig;
import na64.reach.config.ReachSetup;
import na64.reach.limits.MassLimit;
import na64.reach.limits.ReachCalculator;

/**
 * The limits of a study through the reach calculation (na64-reach, CLs of na64-stats): the
 * dark-photon yield from the shower's track lengths above the missing-energy cut, times the
 * signal efficiency measured by the study (a table versus mass), with its relative uncertainty,
 * the estimated background with its uncertainty and the observed count, for the study's EOT.
 *
 * <p>The reach configuration is written next to the results ({@code reach.yaml},
 * {@code efficiency.csv}), so that {@code na64 reach --config reach.yaml} reproduces the limits.
 */
public final class LimitCalculator {

    /**
     * The inputs of the limit.
     *
     * @param beamEnergy            GeV
     * @param eot                   electrons on target
     * @param emissMin              missing-energy cut [GeV]
     * @param efficiency            per mass (one process or all); NaN entries are skipped
     * @param efficiencyUncertainty relative uncertainty of the signal yield
     * @param background            expected background events
     * @param backgroundError       its absolute uncertainty
     * @param observed              events in the signal box
     * @param confidenceLevel       e.g. 0.9
     * @param masses                mass grid A:B:N [GeV]
     */
    public record Inputs(double beamEnergy, double eot, double emissMin, List<EfficiencyPoint> efficiency,
            double efficiencyUncertainty, double background, double backgroundError, int observed, double confidenceLevel,
            String masses) {
    }

    private LimitCalculator() {
    }

    /**
     * Computes the limits at every mass of the grid from the inputs in memory, and writes
     * reach.yaml and efficiency.csv into {@code dir} as outputs (not read back): the table holds
     * the efficiencies exactly as written, so {@code na64 reach --config reach.yaml} gives the same limits.
     */
    public static List<LimitPoint> compute(Inputs in, Path dir, Progress progress) {
        return compute(in, dir, progress, "");
    }

    /** As {@link #compute(Inputs, Path, Progress)}, with {@code provenance} ('#' lines) heading both files. */
    public static List<LimitPoint> compute(Inputs in, Path dir, Progress progress, String provenance) {
        EfficiencyTable table = EfficiencyTable.of(in.efficiency());
        AtomicOutput.writeString(dir.resolve(EFFICIENCY_FILE), provenance + table.csv());
        ReachConfig config = reachConfig(in);
        AtomicOutput.writeString(dir.resolve("reach.yaml"), provenance + "# written by na64 run: the limits of the study, "
                + "reproducible with\n# na64 reach --config reach.yaml\n" + yaml(config));
        ReachSetup setup = ReachSetup.from(config, dir, Map.of(EFFICIENCY_FILE, table.efficiency()));
        ReachCalculator calculator = new ReachCalculator(setup.hypothesis(), setup.datasets(), setup.cls());
        double reference = setup.hypothesis().referenceCoupling();
        List<LimitPoint> out = new ArrayList<>();
        for (double m : setup.masses()) {
            double[] expected = new double[5];
            MassLimit l;
            try {
                l = calculator.limit(m, true);
            } catch (IllegalStateException notExcluded) {
                // CLs never falls below 1 - CL (uncertainties too large for any signal to be excluded): no limit at this mass
                java.util.Arrays.fill(expected, Double.NaN);
                out.add(new LimitPoint(m, Double.NaN, expected, Double.NaN));
                progress.advance(1);
                continue;
            }
            for (int q = 0; q < 5; q++) {
                expected[q] = l.expectedLowerEdge(q);
            }
            out.add(new LimitPoint(m, l.lowerEdge(), expected, l.signalPerEot() * in.eot() / (reference * reference)));
            progress.advance(1);
        }
        return out;
    }

    /** The number of masses of the grid (for a progress bar). */
    public static int points(String masses) {
        return na64.core.LogGrid.parse("masses", masses).points();
    }

    /**
     * The configuration as YAML that reads back: DatasetConfig fills a flat efficiency of 1 by
     * default, which must not be written beside the efficiency table.
     */
    static String yaml(ReachConfig config) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = Config.yaml().valueToTree(config);
        for (com.fasterxml.jackson.databind.JsonNode d : tree.withArray("datasets")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("efficiency");
        }
        return Config.toYaml(tree);
    }

    /** The efficiency table's file name beside reach.yaml. */
    static final String EFFICIENCY_FILE = "efficiency.csv";

    /** The measured efficiencies versus mass, as the reach calculation uses them and as efficiency.csv holds them. */
    record EfficiencyTable(double[] masses, double[] values) {
        static EfficiencyTable of(List<EfficiencyPoint> points) {
            List<double[]> rows = new ArrayList<>();
            for (EfficiencyPoint e : points) {
                if (Double.isFinite(e.efficiency()) && e.efficiency() > 0) {
                    // the values as written (6 significant digits): the file then reproduces the limits exactly
                    rows.add(new double[] {Double.parseDouble(String.format(Locale.ROOT, "%.6g", e.mass())),
                        Double.parseDouble(String.format(Locale.ROOT, "%.6g", Math.min(1, e.efficiency())))});
                }
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException("no signal efficiency could be measured; simulate more signal events");
            }
            return new EfficiencyTable(rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray());
        }

        na64.reach.acceptance.Efficiency efficiency() {
            return na64.reach.acceptance.Efficiency.table(masses, values, "the study's measured efficiency");
        }

        String csv() {
            StringBuilder csv = new StringBuilder("# signal efficiency of the na64 study (selected / produced with E_X above the cut)\n"
                    + "mass_GeV,efficiency\n");
            for (int i = 0; i < masses.length; i++) {
                csv.append(String.format(Locale.ROOT, "%.6g,%.6g%n", masses[i], values[i]));
            }
            return csv.toString();
        }
    }

    static ReachConfig reachConfig(Inputs in) {
        double bkgRelative = in.background() > 0 ? Math.min(5, in.backgroundError() / in.background()) : 0;
        DatasetConfig dataset = new DatasetConfig("study", "e-", in.beamEnergy(), in.eot(), in.emissMin(), null, EFFICIENCY_FILE,
                Math.min(5, in.efficiencyUncertainty()), in.background(), bkgRelative, in.observed(), null, null, null, null, null,
                null, null, null, "na64 run: efficiency, background and their uncertainties from the study's simulation");
        return new ReachConfig("na64 study", "na64 study", "dark-photon", "invisible", in.masses(), null, false, in.confidenceLevel(), true,
                null, null, null, null, List.of(dataset));
    }
}
