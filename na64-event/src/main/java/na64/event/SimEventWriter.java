package na64.event;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import na64.core.BuildInfo;
import na64.core.Config;
import na64.parquet.Compression;
import na64.parquet.ListWriter;
import na64.parquet.ParquetWriter;
import na64.parquet.StructListWriter;
import na64.parquet.ValueWriter;
import na64.parquet.WriteOptions;

/**
 * Writes simulated events to a Parquet file with the {@link EventSchema}. The file appears under
 * its name only after {@link #commit()} (temporary file + rename); closing without committing
 * leaves nothing. Not thread-safe: one writer, events in order.
 */
public final class SimEventWriter implements AutoCloseable {
    private final ParquetWriter out;
    private final List<DetectorInfo> detectors;
    private final ValueWriter[] truth;
    private final ValueWriter[] totals;
    private final ListWriter[] cells;
    private final ValueWriter[] groupTotals;
    private final int[][] groupMembers;
    private final StructListWriter hits;
    private final ValueWriter[] hitMembers;

    private SimEventWriter(ParquetWriter out, List<DetectorInfo> detectors) {
        this.out = out;
        this.detectors = List.copyOf(detectors);
        truth = new ValueWriter[EventSchema.TRUTH.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = out.value(EventSchema.TRUTH.get(i).name());
        }
        totals = new ValueWriter[detectors.size()];
        cells = new ListWriter[detectors.size()];
        for (int d = 0; d < detectors.size(); d++) {
            totals[d] = out.value(EventSchema.energyColumn(detectors.get(d).name()));
            cells[d] = detectors.get(d).channels() > 1 ? out.list(EventSchema.cellsColumn(detectors.get(d).name())) : null;
        }
        var groups = EventSchema.groups(detectors);
        groupTotals = new ValueWriter[groups.size()];
        groupMembers = new int[groups.size()][];
        int g = 0;
        for (var e : groups.entrySet()) {
            groupTotals[g] = out.value(EventSchema.energyColumn(e.getKey()));
            groupMembers[g] = e.getValue().stream().mapToInt(detectors::indexOf).toArray();
            g++;
        }
        hits = out.structList(EventSchema.HITS);
        hitMembers = EventSchema.HIT_MEMBERS.stream().map(c -> hits.field(c.name())).toArray(ValueWriter[]::new);
    }

    /**
     * Opens a writer.
     *
     * @param detectors the detectors, in the order of {@link SimEvent#deposits()}
     * @param trackers  names of the tracker planes (the {@code plane} index of a hit)
     * @param metadata  further key-value metadata (setup, run options, seed, biasing)
     */
    public static SimEventWriter create(Path path, List<DetectorInfo> detectors, List<String> trackers,
                                        Map<String, String> metadata) {
        return create(path, detectors, trackers, metadata, Compression.SNAPPY);
    }

    /** The same with a chosen compression (Snappy by default; NONE is faster, GZIP smaller). */
    public static SimEventWriter create(Path path, List<DetectorInfo> detectors, List<String> trackers,
                                        Map<String, String> metadata, Compression compression) {
        WriteOptions options = WriteOptions.defaults()
                .withCompression(compression)
                .withRowGroupBytes(16L << 20)
                .withMetadata(metadata)
                .withMetadata(EventSchema.KEY_FORMAT, EventSchema.FORMAT)
                .withMetadata(EventSchema.KEY_DETECTORS, Config.toJson(detectors))
                .withMetadata(EventSchema.KEY_TRACKERS, Config.toJson(trackers))
                .withMetadata(EventSchema.KEY_VERSION, BuildInfo.version());
        ParquetWriter writer = ParquetWriter.create(path, EventSchema.parquetSchema(detectors), options);
        try {
            return new SimEventWriter(writer, detectors);
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    public List<DetectorInfo> detectors() {
        return detectors;
    }

    /** Appends one event. */
    public void write(SimEvent e) {
        McTruth t = e.truth();
        int i = 0;
        truth[i++].set(e.event());
        truth[i++].set(t.weight());
        truth[i++].set(t.primaryPdg());
        truth[i++].set(t.primaryEnergy());
        truth[i++].set(t.primaryX());
        truth[i++].set(t.primaryY());
        truth[i++].set(t.primaryThetaX());
        truth[i++].set(t.primaryThetaY());
        truth[i++].set(t.incidentPdg());
        truth[i++].set(t.incidentEnergy());
        setOrNull(truth[i++], t.beamDecayZ());
        setOrNull(truth[i++], t.beamDecayChannel());
        truth[i++].set(t.synchrotronPhotons());
        truth[i++].set(t.synchrotronEnergy());
        truth[i++].set(t.upstreamBremsstrahlung());
        setOrNull(truth[i++], t.emission());
        truth[i++].set(t.emitterPdg());
        truth[i++].set(t.emitterEnergy());
        truth[i++].set(t.emissionEnergy());
        truth[i++].set(t.emissionX());
        truth[i++].set(t.emissionY());
        truth[i++].set(t.emissionZ());
        truth[i++].set(t.emissionTheta());
        truth[i++].set(t.emitterDirX());
        truth[i++].set(t.emitterDirY());
        truth[i++].set(t.emitterDirZ());
        truth[i++].set(t.emissionDirX());
        truth[i++].set(t.emissionDirY());
        truth[i++].set(t.emissionDirZ());
        setOrNull(truth[i++], t.decayZ());
        truth[i++].set(t.dimuon());
        truth[i++].set(t.photonuclear());
        truth[i++].set(t.depositedTrue());
        truth[i++].set(t.escapedInvisible());
        truth[i++].set(t.escapedLeakage());
        truth[i++].set(t.lostUpstream());
        if (e.deposits().length != detectors.size()) {
            throw new IllegalArgumentException("event " + e.event() + " has " + e.deposits().length
                    + " detectors, the file " + detectors.size());
        }
        double[] sums = new double[detectors.size()];
        for (int d = 0; d < detectors.size(); d++) {
            double[] ch = e.deposits()[d];
            if (ch.length != detectors.get(d).channels()) {
                throw new IllegalArgumentException("event " + e.event() + ": " + detectors.get(d).name() + " has "
                        + ch.length + " channels, expected " + detectors.get(d).channels());
            }
            sums[d] = e.total(d);
            totals[d].set(sums[d]);
            if (cells[d] != null) {
                cells[d].addAll(ch);
            }
        }
        for (int g = 0; g < groupTotals.length; g++) {
            double sum = 0;
            for (int d : groupMembers[g]) {
                sum += sums[d];
            }
            groupTotals[g].set(sum);
        }
        for (TrackerHit h : e.hits()) {
            hits.addElement();
            int m = 0;
            hitMembers[m++].set(h.plane());
            hitMembers[m++].set(h.track());
            hitMembers[m++].set(h.pdg());
            hitMembers[m++].set(h.x());
            hitMembers[m++].set(h.y());
            hitMembers[m++].set(h.z());
            hitMembers[m++].set(h.slopeX());
            hitMembers[m++].set(h.slopeY());
            hitMembers[m++].set(h.momentum());
            hitMembers[m++].set(h.time());
            hitMembers[m++].set(h.xMeasured());
            hitMembers[m++].set(h.yMeasured());
        }
        out.endRow();
    }

    private static void setOrNull(ValueWriter w, Double v) {
        if (v != null) {
            w.set(v);
        }
    }

    private static void setOrNull(ValueWriter w, String v) {
        if (v != null) {
            w.set(v);
        }
    }

    /** Events written so far. */
    public long count() {
        return out.rowCount();
    }

    /** Adds a metadata entry (before {@link #commit()}). */
    public void putMetadata(String key, String value) {
        out.putMetadata(key, value);
    }

    /** Writes the footer and renames the file into place. */
    public void commit() {
        out.putMetadata(EventSchema.KEY_EVENTS, Long.toString(out.rowCount()));
        out.commit();
    }

    @Override
    public void close() {
        out.close();
    }
}
