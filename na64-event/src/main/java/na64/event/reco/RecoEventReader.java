package na64.event.reco;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import na64.core.InputException;
import na64.event.raw.TruthLink;
import na64.parquet.ParquetReader;
import na64.parquet.Row;

/** Reads reconstructed-event files written by {@link RecoEventWriter} back into {@link RecoEvent}s. */
public final class RecoEventReader {
    private RecoEventReader() {
    }

    /** True if the file's metadata marks it as a reconstructed-event file. */
    public static boolean isRecoFile(Map<String, String> metadata) {
        return RecoEventSchema.VERSION.equals(metadata.get(RecoEventSchema.SCHEMA_KEY));
    }

    /** Calls {@code sink} for every event of the file, in file order. */
    public static void forEach(Path path, Consumer<RecoEvent> sink) {
        try (ParquetReader r = ParquetReader.open(path)) {
            if (!isRecoFile(r.metadata())) {
                throw new InputException("file", path + " is not a reconstructed-event file (metadata "
                        + RecoEventSchema.SCHEMA_KEY + " = " + r.metadata().get(RecoEventSchema.SCHEMA_KEY)
                        + ", expected " + RecoEventSchema.VERSION + ")");
            }
            for (Row row : r.rows()) {
                sink.accept(toEvent(row));
            }
        }
    }

    /** All events of a file (for small files and tests). */
    public static List<RecoEvent> readAll(Path path) {
        List<RecoEvent> out = new ArrayList<>();
        forEach(path, out::add);
        return out;
    }

    /** The key-value metadata of a file. */
    public static Map<String, String> metadata(Path path) {
        try (ParquetReader r = ParquetReader.open(path)) {
            return r.metadata();
        }
    }

    static RecoEvent toEvent(Row r) {
        RecoEvent.EcalShower ecal = new RecoEvent.EcalShower(r.getDouble("ecal_energy"),
                r.getDouble("ecal_preshower_energy"), orNaN(r, "ecal_x"), orNaN(r, "ecal_y"), r.getInt("ecal_max_cell"),
                orNaN(r, "ecal_time"), orNaN(r, "ecal_lateral_chi2"), orNaN(r, "ecal_longitudinal_chi2"),
                doubles(r.getList("ecal_cells")));
        List<RecoEvent.DetectorSignal> detectors = new ArrayList<>();
        for (Object o : r.getList("detectors")) {
            Row d = (Row) o;
            detectors.add(new RecoEvent.DetectorSignal(d.getString("name"), d.getDouble("energy"), orNaN(d, "time")));
        }
        return new RecoEvent(r.getInt("run"), r.getInt("spill"), r.getLong("event"), r.getInt("trigger"), ecal,
                r.getDouble("hcal_energy"), doubles(r.getList("hcal_modules")), r.getDouble("veto_energy"),
                orNaN(r, "veto_time"), r.getDouble("srd_energy"), orNaN(r, "srd_time"), doubles(r.getList("srd_cells")),
                detectors, r.getInt("pileup_pulses"), segment(r.getStruct("upstream")),
                segment(r.getStruct("downstream")), orNaN(r, "momentum"), truth(r.getStruct("truth")));
    }

    private static RecoEvent.TrackSegment segment(Row s) {
        if (s == null) {
            return null;
        }
        return new RecoEvent.TrackSegment(s.getDouble("z"), s.getDouble("x"), s.getDouble("y"), s.getDouble("tx"),
                s.getDouble("ty"), s.getDouble("chi2"), s.getInt("ndf"), s.getInt("hits"), s.getInt("extra_hits"));
    }

    private static TruthLink truth(Row t) {
        if (t == null) {
            return null;
        }
        return new TruthLink(t.getLong("sim_event"), t.getInt("primary_pdg"), t.getDouble("primary_energy"),
                t.getInt("incident_pdg"), t.getDouble("incident_energy"), t.getInt("emission"),
                t.getDouble("emission_energy"), t.getDouble("emission_z"), t.getDouble("weight"),
                t.getBoolean("dimuon"), t.getBoolean("photonuclear"), t.getDouble("ecal_deposit"),
                t.getDouble("hcal_deposit"), t.getInt("pileup_particles"));
    }

    private static double orNaN(Row r, String name) {
        Object v = r.get(name);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    private static double[] doubles(List<Object> list) {
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) list.get(i)).doubleValue();
        }
        return out;
    }
}
