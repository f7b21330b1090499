package na64.reco.conditions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.core.AtomicOutput;

/**
 * Writes a {@link Conditions} set in the directory format read by {@link ConditionsDirectory}: the
 * output of the calibration procedures. Per-channel constants go to a CSV table only when they
 * differ between channels; numbers are written with enough digits to read back exactly.
 */
public final class ConditionsWriter {
    private ConditionsWriter() {
    }

    /**
     * Writes {@code conditions} as set file {@code setName}.yaml (plus its tables) into
     * {@code directory}.
     */
    public static void writeSet(Path directory, String setName, Conditions conditions, String description) {
        StringBuilder y = new StringBuilder();
        y.append("# na64 conditions set, written by ConditionsWriter\n");
        y.append("description: ").append(quote(description)).append('\n');
        y.append("runs: {first: ").append(conditions.runs().first()).append(", last: ")
                .append(conditions.runs().last()).append("}\n");
        y.append("calorimeters:\n");
        for (Map.Entry<String, CalorimeterCalibration> e : sorted(conditions.calorimeters())) {
            CalorimeterCalibration c = e.getValue();
            y.append("  - {detector: ").append(c.detector()).append(", channelCount: ").append(c.channels())
                    .append(", gevPerAdc: ").append(num(c.gevPerAdc(0))).append(", pedestal: ").append(num(c.pedestal(0)))
                    .append(", noise: ").append(num(c.noise(0))).append(", timeOffset: ").append(num(c.timeOffset(0)))
                    .append(", pulse: {rise: ").append(num(c.pulse().rise())).append(", decay: ")
                    .append(num(c.pulse().decay())).append('}');
            if (!uniform(c)) {
                String table = setName + "-" + c.detector() + "-channels.csv";
                y.append(", channels: ").append(table);
                StringBuilder csv = new StringBuilder("channel,gevPerAdc,pedestal,noise,timeOffset,dead\n");
                for (int ch = 0; ch < c.channels(); ch++) {
                    csv.append(ch).append(',').append(num(c.gevPerAdc(ch))).append(',').append(num(c.pedestal(ch)))
                            .append(',').append(num(c.noise(ch))).append(',').append(num(c.timeOffset(ch))).append(',')
                            .append(c.dead(ch) ? 1 : 0).append('\n');
                }
                AtomicOutput.writeString(directory.resolve(table), csv.toString());
            }
            y.append("}\n");
        }
        y.append("trackers:\n");
        for (Map.Entry<String, TrackerCalibration> e : sorted(conditions.trackers())) {
            TrackerCalibration t = e.getValue();
            y.append("  - {plane: ").append(t.plane()).append(", dx: ").append(num(t.dx())).append(", dy: ")
                    .append(num(t.dy())).append(", t0: ").append(num(t.t0()));
            if (t.rt() != null) {
                String table = setName + "-" + t.plane() + "-rt.csv";
                y.append(", rt: ").append(table);
                StringBuilder csv = new StringBuilder("time_ns,radius_cm\n");
                double[] tt = t.rt().times();
                double[] rr = t.rt().radii();
                for (int i = 0; i < tt.length; i++) {
                    csv.append(num(tt[i])).append(',').append(num(rr[i])).append('\n');
                }
                AtomicOutput.writeString(directory.resolve(table), csv.toString());
            }
            if (t.dead().length > 0) {
                List<String> d = new ArrayList<>();
                for (int c : t.dead()) {
                    d.add(Integer.toString(c));
                }
                y.append(", dead: [").append(String.join(", ", d)).append(']');
            }
            y.append("}\n");
        }
        ShowerProfile p = conditions.showerProfile();
        if (p != null) {
            String lateral = setName + "-ecal-lateral.csv";
            String longitudinal = setName + "-ecal-longitudinal.csv";
            y.append("showerProfile: {lateral: ").append(lateral).append(", longitudinal: ").append(longitudinal).append("}\n");
            boolean perEnergy = p.lateralSets() > 1;
            StringBuilder a = new StringBuilder(perEnergy ? "energy_bin,u_bin,v_bin,cell,mean,sigma\n" : "u_bin,v_bin,cell,mean,sigma\n");
            for (int e = 0; e < p.lateralSets(); e++) {
                for (int iu = 0; iu < p.bins(); iu++) {
                    for (int iv = 0; iv < p.bins(); iv++) {
                        for (int k = 0; k < ShowerProfile.WINDOW; k++) {
                            if (perEnergy) {
                                a.append(e).append(',');
                            }
                            a.append(iu).append(',').append(iv).append(',').append(k).append(',')
                                    .append(num(p.lateralMean(e, iu, iv, k))).append(',').append(num(p.lateralSigma(e, iu, iv, k)))
                                    .append('\n');
                        }
                    }
                }
            }
            AtomicOutput.writeString(directory.resolve(lateral), a.toString());
            StringBuilder b = new StringBuilder("energy_min_GeV,energy_max_GeV,mean,sigma\n");
            double[] edges = p.energyEdges();
            for (int i = 0; i + 1 < edges.length; i++) {
                b.append(num(edges[i])).append(',').append(num(edges[i + 1])).append(',')
                        .append(num(p.longitudinalMean(i))).append(',').append(num(p.longitudinalSigma(i))).append('\n');
            }
            AtomicOutput.writeString(directory.resolve(longitudinal), b.toString());
        }
        AtomicOutput.writeString(directory.resolve(setName + ".yaml"), y.toString());
    }

    /** Writes index.yaml listing {@code sets} (file names, later ones override earlier ones). */
    public static void writeIndex(Path directory, String setup, String description, List<String> sets) {
        StringBuilder y = new StringBuilder();
        y.append("# na64 conditions of setup ").append(setup).append("; for a run, the last set covering it wins\n");
        y.append("setup: ").append(setup).append('\n');
        y.append("description: ").append(quote(description)).append('\n');
        y.append("sets:\n");
        for (String s : sets) {
            y.append("  - ").append(s).append('\n');
        }
        AtomicOutput.writeString(directory.resolve("index.yaml"), y.toString());
    }

    private static boolean uniform(CalorimeterCalibration c) {
        for (int ch = 1; ch < c.channels(); ch++) {
            if (c.gevPerAdc(ch) != c.gevPerAdc(0) || c.pedestal(ch) != c.pedestal(0) || c.noise(ch) != c.noise(0)
                    || c.timeOffset(ch) != c.timeOffset(0) || c.dead(ch) != c.dead(0)) {
                return false;
            }
        }
        return !c.dead(0);
    }

    private static <V> List<Map.Entry<String, V>> sorted(Map<String, V> map) {
        List<Map.Entry<String, V>> list = new ArrayList<>(map.entrySet());
        list.sort(Map.Entry.comparingByKey());
        return list;
    }

    /** Shortest text that reads back as the same double. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
