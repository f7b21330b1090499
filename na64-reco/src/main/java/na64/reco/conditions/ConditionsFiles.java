package na64.reco.conditions;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import na64.core.Check;
import na64.core.Config;
import na64.core.CsvTable;
import na64.core.InputException;
import na64.reco.waveform.PulseShape;

/**
 * The conditions file format (docs/reconstruction.md, "Conditions"): a directory with an
 * {@code index.yaml} listing set files, each set a YAML file with a run range, per-detector and
 * per-plane entries, and CSV tables for per-channel constants, r-t relations and the shower
 * profile. All bound strictly: an unknown key or a bad value names the key, file and line.
 *
 * <pre>
 * # index.yaml
 * setup: na64e-2022
 * sets: [nominal.yaml, 2022-recalibrated.yaml]     # for a run, the LAST set covering it wins
 *
 * # nominal.yaml
 * description: nominal calibration
 * runs: {first: 0, last: 2147483647}
 * calorimeters:
 *   - {detector: ECAL, channelCount: 60, gevPerAdc: 0.02857, pedestal: 200, noise: 1.5,
 *      timeOffset: 0, pulse: {rise: 4, decay: 25}, channels: ECAL-channels.csv}
 * trackers:
 *   - {plane: MM1, dx: 0, dy: 0, dead: [17]}
 *   - {plane: ST1X, t0: 0, rt: rt-straw6mm.csv}
 * showerProfile: {lateral: ecal-lateral.csv, longitudinal: ecal-longitudinal.csv}
 * </pre>
 */
public final class ConditionsFiles {
    private ConditionsFiles() {
    }

    /** index.yaml. */
    public record Index(String setup, String description, List<String> sets) {
        public Index {
            Config.require("setup", setup);
            description = Config.orDefault(description, "");
            sets = List.copyOf(Config.require("sets", sets));
            if (sets.isEmpty()) {
                throw new InputException("sets", "the index lists no condition sets");
            }
        }
    }

    /** One set file. */
    public record SetFile(String description, RunRange runs, List<CalorimeterEntry> calorimeters,
                          List<TrackerEntry> trackers, ProfileEntry showerProfile) {
        public SetFile {
            description = Config.orDefault(description, "");
            Config.require("runs", runs);
            calorimeters = List.copyOf(Config.orDefault(calorimeters, List.of()));
            trackers = List.copyOf(Config.orDefault(trackers, List.of()));
        }
    }

    /** Calibration of one waveform-read detector; {@code channels} (CSV) overrides the defaults per channel. */
    public record CalorimeterEntry(String detector, Integer channelCount, Double gevPerAdc, Double pedestal, Double noise,
                                   Double timeOffset, PulseShape pulse, String channels) {
        public CalorimeterEntry {
            Config.require("detector", detector);
            Check.positive("channelCount", Config.require("channelCount", channelCount));
            Check.positive("gevPerAdc", Config.require("gevPerAdc", gevPerAdc));
            Check.finite("pedestal", Config.require("pedestal", pedestal));
            Check.positive("noise", Config.require("noise", noise));
            timeOffset = Check.finite("timeOffset", Config.orDefault(timeOffset, 0.0));
            Config.require("pulse", pulse);
        }
    }

    /** Conditions of one tracker plane; {@code rt} (CSV) is required for straw planes. */
    public record TrackerEntry(String plane, Double dx, Double dy, Double t0, String rt, List<Integer> dead) {
        public TrackerEntry {
            Config.require("plane", plane);
            dx = Check.finite("dx", Config.orDefault(dx, 0.0));
            dy = Check.finite("dy", Config.orDefault(dy, 0.0));
            t0 = Check.finite("t0", Config.orDefault(t0, 0.0));
            dead = List.copyOf(Config.orDefault(dead, List.of()));
        }
    }

    /** The two CSV tables of the shower profile. */
    public record ProfileEntry(String lateral, String longitudinal) {
        public ProfileEntry {
            Config.require("lateral", lateral);
            Config.require("longitudinal", longitudinal);
        }
    }

    /**
     * Reads a set file and its CSV tables.
     *
     * @param name   name for messages and provenance ("na64e-2022/nominal.yaml")
     * @param reader reads a file of the directory by relative name (null if missing)
     */
    public static Conditions readSet(String name, String fileName, Function<String, String> reader) {
        String text = reader.apply(fileName);
        if (text == null) {
            throw new InputException("sets", "condition set " + name + " not found");
        }
        SetFile set = Config.parse(text, name, SetFile.class);
        Map<String, CalorimeterCalibration> calos = new LinkedHashMap<>();
        for (int i = 0; i < set.calorimeters().size(); i++) {
            CalorimeterEntry e = set.calorimeters().get(i);
            if (calos.containsKey(e.detector())) {
                throw new InputException("calorimeters[" + i + "].detector", name + ": detector " + e.detector() + " listed twice");
            }
            calos.put(e.detector(), calorimeter(e, reader, name));
        }
        Map<String, TrackerCalibration> trackers = new LinkedHashMap<>();
        for (int i = 0; i < set.trackers().size(); i++) {
            TrackerEntry e = set.trackers().get(i);
            if (trackers.containsKey(e.plane())) {
                throw new InputException("trackers[" + i + "].plane", name + ": plane " + e.plane() + " listed twice");
            }
            RtRelation rt = e.rt() == null ? null : rt(csv(reader, e.rt(), name));
            int[] dead = e.dead().stream().mapToInt(Integer::intValue).toArray();
            trackers.put(e.plane(), new TrackerCalibration(e.plane(), e.dx(), e.dy(), e.t0(), rt, dead));
        }
        ShowerProfile profile = null;
        if (set.showerProfile() != null) {
            profile = profile(csv(reader, set.showerProfile().lateral(), name),
                    csv(reader, set.showerProfile().longitudinal(), name));
        }
        return new Conditions(name, set.runs(), calos, trackers, profile);
    }

    private static CalorimeterCalibration calorimeter(CalorimeterEntry e, Function<String, String> reader, String name) {
        int n = e.channelCount();
        double[] g = filled(n, e.gevPerAdc());
        double[] p = filled(n, e.pedestal());
        double[] s = filled(n, e.noise());
        double[] t = filled(n, e.timeOffset());
        boolean[] dead = new boolean[n];
        if (e.channels() != null) {
            CsvTable table = csv(reader, e.channels(), name);
            table.requireColumns("channel", "gevPerAdc", "pedestal", "noise", "timeOffset", "dead");
            for (int r = 0; r < table.rows(); r++) {
                int c = (int) table.number(r, "channel");
                if (c < 0 || c >= n || table.number(r, "channel") != c) {
                    throw table.error(r, "channel", "channel " + table.text(r, "channel") + " is not in 0.." + (n - 1));
                }
                g[c] = table.number(r, "gevPerAdc");
                p[c] = table.number(r, "pedestal");
                s[c] = table.number(r, "noise");
                t[c] = table.number(r, "timeOffset");
                dead[c] = table.number(r, "dead") != 0;
            }
        }
        return new CalorimeterCalibration(e.detector(), g, p, s, t, dead, e.pulse());
    }

    static RtRelation rt(CsvTable table) {
        table.requireColumns("time_ns", "radius_cm");
        return new RtRelation(table.column("time_ns"), table.column("radius_cm"));
    }

    static ShowerProfile profile(CsvTable lateral, CsvTable longitudinal) {
        // optional energy_bin column: one lateral set per energy bin of the longitudinal table
        boolean perEnergy = lateral.has("energy_bin");
        if (perEnergy) {
            lateral.requireColumns("energy_bin", "u_bin", "v_bin", "cell", "mean", "sigma");
        } else {
            lateral.requireColumns("u_bin", "v_bin", "cell", "mean", "sigma");
        }
        int sets = perEnergy ? longitudinal.rows() : 1;
        int rows = lateral.rows();
        int bins = (int) Math.round(Math.sqrt(rows / (double) (sets * ShowerProfile.WINDOW)));
        if (sets * bins * bins * ShowerProfile.WINDOW != rows) {
            throw new InputException("showerProfile", lateral.source() + ": " + rows + " rows is not " + (perEnergy ? sets + " energy bins x " : "")
                    + "bins^2 x 9");
        }
        double[] mean = new double[rows];
        double[] sigma = new double[rows];
        for (int r = 0; r < rows; r++) {
            int e = perEnergy ? (int) lateral.number(r, "energy_bin") : 0;
            int iu = (int) lateral.number(r, "u_bin");
            int iv = (int) lateral.number(r, "v_bin");
            int k = (int) lateral.number(r, "cell");
            if (e < 0 || e >= sets || iu < 0 || iu >= bins || iv < 0 || iv >= bins || k < 0 || k >= ShowerProfile.WINDOW) {
                throw lateral.error(r, "u_bin", "bin (" + e + ", " + iu + ", " + iv + ", " + k + ") outside " + sets + " x " + bins
                        + " x " + bins + " x 9");
            }
            int i = ((e * bins + iu) * bins + iv) * ShowerProfile.WINDOW + k;
            mean[i] = lateral.number(r, "mean");
            sigma[i] = lateral.number(r, "sigma");
        }
        longitudinal.requireColumns("energy_min_GeV", "energy_max_GeV", "mean", "sigma");
        int n = longitudinal.rows();
        double[] edges = new double[n + 1];
        for (int r = 0; r < n; r++) {
            edges[r] = longitudinal.number(r, "energy_min_GeV");
            if (r > 0 && edges[r] != longitudinal.number(r - 1, "energy_max_GeV")) {
                throw longitudinal.error(r, "energy_min_GeV", "energy bins must be contiguous");
            }
        }
        edges[n] = longitudinal.number(n - 1, "energy_max_GeV");
        return new ShowerProfile(bins, mean, sigma, edges, longitudinal.column("mean"), longitudinal.column("sigma"));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static CsvTable csv(Function<String, String> reader, String file, String set) {
        String text = reader.apply(file);
        if (text == null) {
            throw new InputException("file", set + ": table " + file + " not found");
        }
        CsvTable table = CsvTable.parse(text, set.contains("/") ? set.substring(0, set.lastIndexOf('/') + 1) + file : file, "file");
        if (table.rows() == 0) {
            throw table.error("the table is empty");
        }
        return table;
    }
}
