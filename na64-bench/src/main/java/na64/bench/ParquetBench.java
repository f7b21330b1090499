package na64.bench;

import na64.parquet.Column;
import na64.parquet.ColumnType;
import na64.parquet.Compression;
import na64.parquet.Field;
import na64.parquet.ListWriter;
import na64.parquet.ParquetReader;
import na64.parquet.ParquetWriter;
import na64.parquet.Schema;
import na64.parquet.StructListWriter;
import na64.parquet.ValueWriter;
import na64.parquet.WriteOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Write and read throughput on simulation-like events: 8 scalars, a list of 300 cell energies
 * and a list of 20 hits (x, y, z, energy, detector), i.e. 3184 bytes of column data per event.
 * Values are Gaussian doubles (as incompressible as real energies). Event contents are
 * generated before timing, so only Parquet work is measured; each case runs once to warm up
 * the JIT, then is timed.
 *
 * <p>Run: {@code java -cp na64-parquet/target/classes:na64-core/target/classes
 * na64.parquet.ParquetBench [events] [directory]}, or call {@link #run} (e.g. from {@code na64
 * bench}).
 */
public final class ParquetBench {
    static final int CELLS = 300;
    static final int HITS = 20;
    static final int SCALARS = 8;
    /** Bytes of column data per event: PLAIN-encoded values, without levels or headers. */
    static final int BYTES_PER_EVENT = 8 * SCALARS + 8 * CELLS + HITS * (4 * 8 + 4);

    static final Schema SCHEMA = Schema.builder()
            .required("event", ColumnType.INT64)
            .required("weight", ColumnType.DOUBLE)
            .required("e_ecal", ColumnType.DOUBLE)
            .required("e_hcal", ColumnType.DOUBLE)
            .required("e_veto", ColumnType.DOUBLE)
            .required("e_srd", ColumnType.DOUBLE)
            .required("e_missing", ColumnType.DOUBLE)
            .required("vertex_z", ColumnType.DOUBLE)
            .list("cells", ColumnType.DOUBLE)
            .structList("hits", Field.required("x", ColumnType.DOUBLE), Field.required("y", ColumnType.DOUBLE),
                    Field.required("z", ColumnType.DOUBLE), Field.required("energy", ColumnType.DOUBLE),
                    Field.required("detector", ColumnType.INT32))
            .build();

    /**
     * Figures of one case. Times are CPU seconds of the benchmark thread (per-core throughput,
     * insensitive to other load on the machine); wall-clock seconds are kept for comparison.
     */
    public record Result(String codec, long events, double writeSeconds, double readSeconds, double writeWallSeconds,
            double readWallSeconds, long columnBytes, long fileBytes) {
        public double writeEventsPerSecond() {
            return events / writeSeconds;
        }

        /** Column data written per CPU second, in MB (10^6 bytes). */
        public double writeMBPerSecond() {
            return columnBytes / writeSeconds / 1e6;
        }

        /** Column data read (all columns, columnar) per CPU second, in MB. */
        public double readMBPerSecond() {
            return columnBytes / readSeconds / 1e6;
        }

        public double compressionRatio() {
            return (double) columnBytes / fileBytes;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-13s %8d events | write %7.0f events/s %5.0f MB/s (wall %5.0f MB/s)"
                    + " | read %5.0f MB/s (wall %5.0f MB/s) | file %6.1f MB, ratio %.2f", codec, events,
                    writeEventsPerSecond(), writeMBPerSecond(), columnBytes / writeWallSeconds / 1e6,
                    readMBPerSecond(), columnBytes / readWallSeconds / 1e6, fileBytes / 1e6, compressionRatio());
        }
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private ParquetBench() {
    }

    /** Writes and reads {@code events} events with each codec in {@code directory}; returns the figures. */
    public static List<Result> run(Path directory, int events) {
        List<Result> results = new ArrayList<>();
        Object[][] cases = {{"UNCOMPRESSED", WriteOptions.defaults()},
            {"SNAPPY", WriteOptions.defaults().withCompression(Compression.SNAPPY)},
            {"GZIP level 1", WriteOptions.defaults().withCompression(Compression.GZIP).withGzipLevel(1)},
            {"GZIP level 6", WriteOptions.defaults().withCompression(Compression.GZIP)}};
        Events data = new Events(1024, 1);
        for (Object[] c : cases) {
            WriteOptions options = (WriteOptions) c[1];
            Path file = directory.resolve("na64-parquet-bench.parquet");
            measure(file, Math.max(1, events / 5), options, data); // warm-up
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            write(file, events, options, data);
            long c1 = CPU.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            readAll(file);
            long c2 = CPU.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            try {
                results.add(new Result((String) c[0], events, (c1 - c0) / 1e9, (c2 - c1) / 1e9, (t1 - t0) / 1e9,
                        (t2 - t1) / 1e9, (long) events * BYTES_PER_EVENT, Files.size(file)));
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return results;
    }

    private static void measure(Path file, int events, WriteOptions options, Events data) {
        write(file, events, options, data);
        readAll(file);
    }

    /** Pre-generated event contents, cycled through while writing. */
    private static final class Events {
        final double[][] scalars;
        final double[][] cells;
        final double[][][] hits;
        final int[][] detectors;

        Events(int n, long seed) {
            SplittableRandom rnd = new SplittableRandom(seed);
            scalars = new double[n][SCALARS - 1];
            cells = new double[n][CELLS];
            hits = new double[n][4][HITS];
            detectors = new int[n][HITS];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < SCALARS - 1; k++) {
                    scalars[i][k] = 50 + 20 * rnd.nextGaussian();
                }
                for (int k = 0; k < CELLS; k++) {
                    cells[i][k] = Math.abs(rnd.nextGaussian());
                }
                for (int f = 0; f < 4; f++) {
                    for (int k = 0; k < HITS; k++) {
                        hits[i][f][k] = rnd.nextGaussian() * 10;
                    }
                }
                for (int k = 0; k < HITS; k++) {
                    detectors[i][k] = rnd.nextInt(16);
                }
            }
        }
    }

    private static void write(Path file, int events, WriteOptions options, Events data) {
        try (ParquetWriter w = ParquetWriter.create(file, SCHEMA, options)) {
            ValueWriter event = w.value("event");
            ValueWriter[] scalars = new ValueWriter[SCALARS - 1];
            for (int k = 0; k < scalars.length; k++) {
                scalars[k] = w.value(SCHEMA.fields().get(k + 1).name());
            }
            ListWriter cells = w.list("cells");
            StructListWriter hits = w.structList("hits");
            ValueWriter x = hits.field("x");
            ValueWriter y = hits.field("y");
            ValueWriter z = hits.field("z");
            ValueWriter energy = hits.field("energy");
            ValueWriter detector = hits.field("detector");
            int pool = data.cells.length;
            for (int i = 0; i < events; i++) {
                int e = i % pool;
                event.set((long) i);
                for (int k = 0; k < scalars.length; k++) {
                    scalars[k].set(data.scalars[e][k]);
                }
                cells.addAll(data.cells[e]);
                double[][] h = data.hits[e];
                for (int k = 0; k < HITS; k++) {
                    hits.addElement();
                    x.set(h[0][k]);
                    y.set(h[1][k]);
                    z.set(h[2][k]);
                    energy.set(h[3][k]);
                    detector.set(data.detectors[e][k]);
                }
                w.endRow();
            }
            w.commit();
        }
    }

    private static void readAll(Path file) {
        try (ParquetReader r = ParquetReader.open(file)) {
            for (int g = 0; g < r.rowGroupCount(); g++) {
                for (Column c : r.schema().columns()) {
                    r.readColumn(g, c);
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("na64-parquet-bench");
        System.out.printf(Locale.ROOT, "na64-parquet benchmark: %d events of %d bytes of column data each, in %s%n",
                events, BYTES_PER_EVENT, dir);
        for (Result r : run(dir, events)) {
            System.out.println(r);
        }
    }
}
