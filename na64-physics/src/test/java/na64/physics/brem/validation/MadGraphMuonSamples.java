package na64.physics.brem.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MadGraph/MadEvent totals of mu- Cu -> mu- Cu A' at m_A' = 1 GeV (file madgraph-muon-cu-1gev.csv, LDMX validation
 * set of G4DarkBreM), reduced per beam energy exactly as the source's own analysis does (ana/xsec.py, parse_mg):
 * keep the runs with sigma >= median - 2 x standard deviation, average them, rescale alpha from MadGraph's 1/127.9
 * to 1/137 with (127.9/137)^3.
 */
final class MadGraphMuonSamples {
    static final double MASS = 1.0;
    /** alpha^3 rescaling applied by the source (parse_mg). */
    static final double ALPHA_RESCALING = Math.pow(127.9 / 137, 3);

    /**
     * The reduced cross section at one energy.
     *
     * @param sigmaPb      mean of the kept runs, alpha-rescaled [pb] (eps = 1)
     * @param errorOfMean  standard deviation of the kept runs / sqrt(kept) [pb]
     */
    record Point(double energy, int runs, int kept, double sigmaPb, double errorOfMean) {
    }

    private MadGraphMuonSamples() {
    }

    static List<Point> load() {
        Map<Double, List<Double>> byEnergy = new TreeMap<>();
        List<String> lines = ReferenceFiles.lines("madgraph-muon-cu-1gev.csv");
        for (String line : lines.subList(1, lines.size())) { // first line: column names
            String[] cells = line.split(",");
            byEnergy.computeIfAbsent(Double.parseDouble(cells[0]), e -> new ArrayList<>()).add(Double.parseDouble(cells[1]));
        }
        List<Point> points = new ArrayList<>();
        byEnergy.forEach((energy, runs) -> points.add(reduce(energy, runs)));
        return points;
    }

    private static Point reduce(double energy, List<Double> runs) {
        double[] all = runs.stream().mapToDouble(Double::doubleValue).toArray();
        double cut = median(all) - 2 * standardDeviation(all);
        double[] kept = Arrays.stream(all).filter(s -> s >= cut).toArray();
        double mean = Arrays.stream(kept).average().orElseThrow();
        double error = standardDeviation(kept) / Math.sqrt(kept.length);
        return new Point(energy, all.length, kept.length, ALPHA_RESCALING * mean, ALPHA_RESCALING * error);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** Sample standard deviation (n - 1), as pandas' std. */
    private static double standardDeviation(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double sum = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(sum / (values.length - 1));
    }
}
