package na64.event;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import na64.core.Config;
import na64.core.InputException;
import na64.parquet.ColumnData;
import na64.parquet.ParquetReader;
import na64.parquet.Row;

/**
 * Reads simulated-event files written by {@link SimEventWriter}: the metadata, the detector and
 * tracker lists, the events one by one ({@link #events()}), or single columns over all events
 * ({@link #doubles(String)}) for fast summaries.
 */
public final class SimEventReader implements AutoCloseable {
    private final ParquetReader in;
    private final List<DetectorInfo> detectors;
    private final List<String> trackers;

    private SimEventReader(ParquetReader in) {
        this.in = in;
        Map<String, String> meta = in.metadata();
        String format = meta.get(EventSchema.KEY_FORMAT);
        if (!EventSchema.FORMAT.equals(format)) {
            throw new InputException("file", in.path() + ": not a simulated-event file of na64 (metadata "
                    + EventSchema.KEY_FORMAT + " = " + format + ", expected " + EventSchema.FORMAT + ")");
        }
        try {
            this.detectors = List.copyOf(Config.json().readValue(meta.get(EventSchema.KEY_DETECTORS),
                    new TypeReference<List<DetectorInfo>>() { }));
            this.trackers = List.copyOf(Config.json().readValue(meta.get(EventSchema.KEY_TRACKERS),
                    new TypeReference<List<String>>() { }));
        } catch (java.io.IOException | RuntimeException e) {
            throw new InputException("file", in.path() + ": cannot read the detector list in its metadata: " + e.getMessage(), e);
        }
    }

    /** Opens a file; a missing, damaged or foreign file is an {@link InputException} naming it. */
    public static SimEventReader open(Path path) {
        ParquetReader in = ParquetReader.open(path);
        try {
            return new SimEventReader(in);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public Map<String, String> metadata() {
        return in.metadata();
    }

    public List<DetectorInfo> detectors() {
        return detectors;
    }

    public List<String> trackers() {
        return trackers;
    }

    public long count() {
        return in.numRows();
    }

    /** The groups of two or more detectors (their columns {@code energy_G} exist). */
    public List<String> groups() {
        return List.copyOf(EventSchema.groups(detectors).keySet());
    }

    /** A scalar DOUBLE column (e.g. "energy_ecal", "weight") over all events, in event order. */
    public double[] doubles(String column) {
        if (in.schema().field(column) == null) {
            throw InputException.unknown("column", column,
                    in.schema().fields().stream().map(na64.parquet.Field::name).toList());
        }
        double[] out = new double[(int) in.numRows()];
        int pos = 0;
        for (int g = 0; g < in.rowGroupCount(); g++) {
            ColumnData c = in.readColumn(g, column);
            double[] v = c.doubles();
            System.arraycopy(v, 0, out, pos, c.rowCount());
            pos += c.rowCount();
        }
        return out;
    }

    /** All events, in file order, read row group by row group. */
    public Iterable<SimEvent> events() {
        return () -> new Iterator<>() {
            private final Iterator<Row> rows = in.rows().iterator();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SimEvent next() {
                return toEvent(rows.next());
            }
        };
    }

    /** All events in a list (for small files and tests). */
    public List<SimEvent> readAll() {
        List<SimEvent> list = new ArrayList<>();
        events().forEach(list::add);
        return list;
    }

    private SimEvent toEvent(Row r) {
        McTruth truth = new McTruth(r.getDouble(EventSchema.WEIGHT), r.getInt(EventSchema.PRIMARY_PDG),
                r.getDouble(EventSchema.PRIMARY_ENERGY), r.getDouble(EventSchema.PRIMARY_X),
                r.getDouble(EventSchema.PRIMARY_Y), r.getDouble(EventSchema.PRIMARY_THETA_X),
                r.getDouble(EventSchema.PRIMARY_THETA_Y), r.getInt(EventSchema.INCIDENT_PDG),
                r.getDouble(EventSchema.INCIDENT_ENERGY), (Double) r.get(EventSchema.BEAM_DECAY_Z),
                (String) r.get(EventSchema.BEAM_DECAY_CHANNEL), r.getInt(EventSchema.SYNCHROTRON_PHOTONS),
                r.getDouble(EventSchema.SYNCHROTRON_ENERGY), r.getDouble(EventSchema.UPSTREAM_BREMSSTRAHLUNG),
                (String) r.get(EventSchema.EMISSION), r.getInt(EventSchema.EMITTER_PDG),
                r.getDouble(EventSchema.EMITTER_ENERGY), r.getDouble(EventSchema.EMISSION_ENERGY),
                r.getDouble(EventSchema.EMISSION_X), r.getDouble(EventSchema.EMISSION_Y),
                r.getDouble(EventSchema.EMISSION_Z), r.getDouble(EventSchema.EMISSION_THETA),
                r.getDouble(EventSchema.EMITTER_DIR_X), r.getDouble(EventSchema.EMITTER_DIR_Y),
                r.getDouble(EventSchema.EMITTER_DIR_Z), r.getDouble(EventSchema.EMISSION_DIR_X),
                r.getDouble(EventSchema.EMISSION_DIR_Y), r.getDouble(EventSchema.EMISSION_DIR_Z),
                (Double) r.get(EventSchema.DECAY_Z), r.getBoolean(EventSchema.DIMUON),
                r.getBoolean(EventSchema.PHOTONUCLEAR), r.getDouble(EventSchema.DEPOSITED_TRUE),
                r.getDouble(EventSchema.ESCAPED_INVISIBLE), r.getDouble(EventSchema.ESCAPED_LEAKAGE),
                r.getDouble(EventSchema.LOST_UPSTREAM));
        double[][] deposits = new double[detectors.size()][];
        for (int d = 0; d < deposits.length; d++) {
            DetectorInfo info = detectors.get(d);
            if (info.channels() > 1) {
                List<Object> cells = r.getList(EventSchema.cellsColumn(info.name()));
                double[] ch = new double[cells.size()];
                for (int c = 0; c < ch.length; c++) {
                    ch[c] = (Double) cells.get(c);
                }
                deposits[d] = ch;
            } else {
                deposits[d] = new double[] {r.getDouble(EventSchema.energyColumn(info.name()))};
            }
        }
        List<Object> rawHits = r.getList(EventSchema.HITS);
        List<TrackerHit> hits = new ArrayList<>(rawHits.size());
        for (Object o : rawHits) {
            Row h = (Row) o;
            hits.add(new TrackerHit(h.getInt("plane"), h.getInt("track"), h.getInt("pdg"), h.getDouble("x"),
                    h.getDouble("y"), h.getDouble("z"), h.getDouble("slope_x"), h.getDouble("slope_y"),
                    h.getDouble("momentum"), h.getDouble("time"), h.getDouble("x_measured"), h.getDouble("y_measured")));
        }
        return new SimEvent(r.getLong(EventSchema.EVENT), truth, deposits, hits);
    }

    @Override
    public void close() {
        in.close();
    }
}
