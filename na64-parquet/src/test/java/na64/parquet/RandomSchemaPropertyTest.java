package na64.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: for random schemas (every supported shape, type and nullability), random rows
 * (extreme and special values, nulls, empty lists) and random options (codec, page and row group
 * sizes), both our reader and DuckDB read back exactly the rows written. Fixed seed.
 */
class RandomSchemaPropertyTest {
    private static final ColumnType[] TYPES = ColumnType.values();
    private static final String ALPHABET = "abcXYZ 019_-äöüßéλπ∑日本🙂🚀\t\n";

    @TempDir
    Path dir;

    @Test
    void randomSchemasAndRowsReadBackIdentically() throws Exception {
        SplittableRandom rnd = new SplittableRandom(20_240_601L);
        try (DuckDb duck = new DuckDb()) {
            for (int trial = 0; trial < 40; trial++) {
                Schema schema = randomSchema(rnd);
                WriteOptions options = WriteOptions.defaults()
                        .withCompression(Compression.values()[rnd.nextInt(3)])
                        .withGzipLevel(rnd.nextInt(1, 10))
                        .withPageBytes(rnd.nextInt(1, 5000))
                        .withRowGroupBytes(rnd.nextInt(100, 200_000))
                        .withMetadata("trial", Integer.toString(trial));
                int rows = rnd.nextInt(0, 400);
                Path file = dir.resolve("trial-" + trial + ".parquet");
                List<Map<String, Object>> expected = write(file, schema, rows, options, rnd);
                String context = "trial " + trial + ": " + schema;
                try (ParquetReader r = ParquetReader.open(file)) {
                    assertThat(r.schema()).as(context).isEqualTo(schema);
                    assertThat(DuckDb.canonicalRows(r.rows())).as(context).isEqualTo(expected);
                }
                assertThat(duck.readAll(file)).as(context).isEqualTo(expected);
                assertThat(duck.keyValueMetadata(file)).as(context).containsEntry("trial", Integer.toString(trial));
            }
        }
    }

    private static Schema randomSchema(SplittableRandom rnd) {
        Schema.Builder b = Schema.builder();
        int n = rnd.nextInt(1, 7);
        for (int i = 0; i < n; i++) {
            String name = (rnd.nextInt(8) == 0 ? "ü field " : "f") + i;
            ColumnType type = TYPES[rnd.nextInt(TYPES.length)];
            boolean nullable = rnd.nextBoolean();
            switch (rnd.nextInt(4)) {
                case 0 -> b.add(Field.primitive(name, nullable ? Field.Repetition.OPTIONAL : Field.Repetition.REQUIRED,
                        type));
                case 1 -> b.add(Field.list(name, nullable, rnd.nextBoolean() ? Field.required("element", type)
                        : Field.optional("element", type)));
                case 2 -> b.add(Field.list(name, nullable, Field.struct("element", false, members(rnd, 4))));
                default -> b.add(Field.struct(name, nullable, members(rnd, 3)));
            }
        }
        return b.build();
    }

    private static Field[] members(SplittableRandom rnd, int max) {
        Field[] m = new Field[rnd.nextInt(1, max + 1)];
        for (int i = 0; i < m.length; i++) {
            ColumnType type = TYPES[rnd.nextInt(TYPES.length)];
            m[i] = rnd.nextBoolean() ? Field.required("m" + i, type) : Field.optional("m" + i, type);
        }
        return m;
    }

    /** Writes random rows through the handles and returns them in DuckDb.canonical form. */
    private static List<Map<String, Object>> write(Path file, Schema schema, int rows, WriteOptions options,
            SplittableRandom rnd) throws SQLException {
        List<Map<String, Object>> expected = new ArrayList<>();
        try (ParquetWriter w = ParquetWriter.create(file, schema, options)) {
            for (int r = 0; r < rows; r++) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (Field f : schema.fields()) {
                    row.put(f.name(), writeField(w, f, rnd));
                }
                w.endRow();
                expected.add(row);
            }
            w.commit();
        }
        return expected;
    }

    private static Object writeField(ParquetWriter w, Field f, SplittableRandom rnd) {
        if (f.isPrimitive()) {
            return setValue(w.value(f.name()), f, rnd);
        }
        Field element = f.listElement();
        if (element != null && element.isPrimitive()) {
            ListWriter list = w.list(f.name());
            if (f.isNullable() && rnd.nextInt(5) == 0) {
                if (rnd.nextBoolean()) {
                    list.setNull();
                }
                return null;
            }
            int n = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1, 12);
            if (n == 0) {
                list.setEmpty();
            }
            List<Object> values = new ArrayList<>();
            if (element.type() == ColumnType.DOUBLE && !element.isNullable() && rnd.nextBoolean()) {
                double[] a = new double[n];
                for (int k = 0; k < n; k++) {
                    a[k] = randomDouble(rnd);
                    values.add(a[k]);
                }
                list.addAll(a);
                return values;
            }
            for (int k = 0; k < n; k++) {
                Object v = element.isNullable() && rnd.nextInt(4) == 0 ? null : randomValue(element.type(), rnd);
                TypedValues.add(list, v);
                values.add(canonical(v));
            }
            return values;
        }
        if (element != null) {
            StructListWriter list = w.structList(f.name());
            if (f.isNullable() && rnd.nextInt(5) == 0) {
                if (rnd.nextBoolean()) {
                    list.setNull();
                }
                return null;
            }
            int n = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1, 8);
            if (n == 0) {
                list.setEmpty();
            }
            List<Object> values = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                list.addElement();
                Map<String, Object> m = new LinkedHashMap<>();
                for (Field member : element.children()) {
                    m.put(member.name(), setValue(list.field(member.name()), member, rnd));
                }
                values.add(m);
            }
            return values;
        }
        StructWriter s = w.struct(f.name());
        if (f.isNullable() && rnd.nextInt(4) == 0) {
            if (rnd.nextBoolean()) {
                s.setNull();
            }
            return null;
        }
        s.setPresent();
        Map<String, Object> m = new LinkedHashMap<>();
        for (Field member : f.children()) {
            m.put(member.name(), setValue(s.field(member.name()), member, rnd));
        }
        return m;
    }

    /** Sets a random value (or leaves an optional one null) and returns it in canonical form. */
    private static Object setValue(ValueWriter w, Field f, SplittableRandom rnd) {
        if (f.isNullable() && rnd.nextInt(4) == 0) {
            if (rnd.nextBoolean()) {
                w.setNull();
            }
            return null;
        }
        Object v = randomValue(f.type(), rnd);
        TypedValues.set(w, v);
        return canonical(v);
    }

    private static Object canonical(Object v) {
        return v instanceof byte[] b ? "0x" + HexFormat.of().formatHex(b) : v;
    }

    private static Object randomValue(ColumnType type, SplittableRandom rnd) {
        return switch (type) {
            case BOOLEAN -> rnd.nextBoolean();
            case INT32 -> rnd.nextInt(10) == 0 ? (rnd.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE)
                    : rnd.nextInt();
            case INT64 -> rnd.nextInt(10) == 0 ? (rnd.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE) : rnd.nextLong();
            case FLOAT -> (float) randomDouble(rnd);
            case DOUBLE -> randomDouble(rnd);
            case STRING -> {
                StringBuilder s = new StringBuilder();
                for (int k = rnd.nextInt(0, 12); k > 0; k--) {
                    s.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                            rnd.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
                }
                yield s.toString();
            }
            case BINARY -> {
                byte[] b = new byte[rnd.nextInt(0, 10)];
                rnd.nextBytes(b);
                yield b;
            }
        };
    }

    private static double randomDouble(SplittableRandom rnd) {
        return switch (rnd.nextInt(20)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> -0.0;
            case 4 -> 0.0;
            default -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-5, 6));
        };
    }
}
