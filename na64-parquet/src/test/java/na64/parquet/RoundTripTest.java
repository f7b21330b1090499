package na64.parquet;

import static na64.parquet.ColumnType.BINARY;
import static na64.parquet.ColumnType.BOOLEAN;
import static na64.parquet.ColumnType.DOUBLE;
import static na64.parquet.ColumnType.FLOAT;
import static na64.parquet.ColumnType.INT32;
import static na64.parquet.ColumnType.INT64;
import static na64.parquet.ColumnType.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import na64.core.BuildInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files written by ParquetWriter read back by ParquetReader hold exactly the values written. */
class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyPrimitiveTypeIncludingExtremesAndNulls() throws Exception {
        Schema schema = Schema.builder()
                .required("b", BOOLEAN).optional("ob", BOOLEAN)
                .required("i", INT32).optional("oi", INT32)
                .required("l", INT64).optional("ol", INT64)
                .required("f", FLOAT).optional("of", FLOAT)
                .required("d", DOUBLE).optional("od", DOUBLE)
                .required("s", STRING).optional("os", STRING)
                .required("y", BINARY).optional("oy", BINARY)
                .build();
        Object[][] rows = {
            {true, null, Integer.MIN_VALUE, null, Long.MIN_VALUE, null, Float.NEGATIVE_INFINITY, null,
                -Double.MAX_VALUE, null, "", null, new byte[0], null},
            {false, true, Integer.MAX_VALUE, 0, Long.MAX_VALUE, 0L, Float.MIN_VALUE, Float.NaN, Double.MIN_VALUE,
                Double.NaN, "ASCII", "Grüße, Ελλάδα, 日本語, 🚀", new byte[] {0, -1, 127, -128}, new byte[] {42}},
            {true, false, -1, 7, -1L, 1L << 40, -0.0f, Float.MAX_VALUE, -0.0, Double.POSITIVE_INFINITY,
                "tab\tnew\nline \u0000 nul", "", new byte[300], new byte[0]},
        };
        Path file = dir.resolve("types.parquet");
        try (ParquetWriter w = ParquetWriter.create(file, schema)) {
            String[] names = schema.fields().stream().map(Field::name).toArray(String[]::new);
            for (Object[] row : rows) {
                for (int c = 0; c < names.length; c++) {
                    TypedValues.set(w.value(names[c]), row[c]);
                }
                w.endRow();
            }
            w.commit();
        }
        try (ParquetReader r = ParquetReader.open(file)) {
            assertThat(r.numRows()).isEqualTo(3);
            List<Row> back = r.readRows();
            for (int i = 0; i < rows.length; i++) {
                List<Object> got = new ArrayList<>();
                for (int c = 0; c < rows[i].length; c++) {
                    got.add(back.get(i).get(c));
                }
                // List.equals uses Double.equals: NaN equals NaN, -0.0 differs from 0.0
                assertThat(DuckDb.canonical(got)).as("row %d", i).isEqualTo(DuckDb.canonical(Arrays.asList(rows[i])));
            }
            // bit-exact floating point, including -0.0 and NaN
            double[] d = r.readColumn(0, "d").doubles();
            assertThat(Double.doubleToRawLongBits(d[2])).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(r.readColumn(0, "od").isNull(0)).isTrue();
            assertThat(Double.isNaN(r.readColumn(0, "od").doubles()[1])).isTrue();
        }
    }

    @Test
    void listsKeepNullEmptyAndNullElementsApart() throws Exception {
        Schema schema = Schema.builder()
                .list("req", INT32)
                .optionalList("opt", STRING)
                .add(Field.list("nullable_elements", true, Field.optional("element", DOUBLE)))
                .optionalStructList("hits", Field.required("e", DOUBLE), Field.optional("det", INT32))
                .build();
        Path file = dir.resolve("lists.parquet");
        try (ParquetWriter w = ParquetWriter.create(file, schema)) {
            ListWriter req = w.list("req");
            ListWriter opt = w.list("opt");
            ListWriter ne = w.list("nullable_elements");
            StructListWriter hits = w.structList("hits");
            // row 0: everything untouched: required list empty, optional lists null
            w.endRow();
            // row 1: explicit empties
            opt.setEmpty();
            ne.setEmpty();
            hits.setEmpty();
            w.endRow();
            // row 2: values, null elements, struct with a null field
            req.add(1).add(2).add(3);
            opt.add("a").add("").add("ü");
            ne.add(1.5).addNull().add(2.5).addNull();
            hits.addElement().field("e").set(10.0);
            hits.addElement().field("e").set(20.0);
            hits.field("det").set(4);
            w.endRow();
            // row 3: explicit nulls
            req.addAll(new int[] {9});
            opt.setNull();
            ne.setNull();
            hits.setNull();
            w.endRow();
            w.commit();
        }
        try (ParquetReader r = ParquetReader.open(file)) {
            List<Row> rows = r.readRows();
            assertThat(rows.get(0).toMap()).containsExactly(Map.entry("req", List.of()), entry("opt", null),
                    entry("nullable_elements", null), entry("hits", null));
            assertThat(rows.get(1).toMap()).containsExactly(Map.entry("req", List.of()), Map.entry("opt", List.of()),
                    Map.entry("nullable_elements", List.of()), Map.entry("hits", List.of()));
            assertThat(rows.get(2).getList("req")).containsExactly(1, 2, 3);
            assertThat(rows.get(2).getList("opt")).containsExactly("a", "", "ü");
            assertThat(rows.get(2).getList("nullable_elements")).containsExactly(1.5, null, 2.5, null);
            assertThat(rows.get(2).toMap().get("hits")).isEqualTo(List.of(mapOf("e", 10.0, "det", null),
                    mapOf("e", 20.0, "det", 4)));
            assertThat(rows.get(3).toMap()).containsExactly(Map.entry("req", List.of(9)), entry("opt", null),
                    entry("nullable_elements", null), entry("hits", null));

            ColumnData ne = r.readColumn(0, "nullable_elements");
            assertThat(ne.offsets()).containsExactly(0, 0, 0, 4, 4);
            assertThat(ne.isListNull(0)).isTrue();
            assertThat(ne.isListNull(1)).isFalse();
            assertThat(ne.isNull(1)).isTrue();
            assertThat(ne.nullCount()).isEqualTo(2);
        }
    }

    private static Map.Entry<String, Object> entry(String k, Object v) {
        return new java.util.AbstractMap.SimpleEntry<>(k, v);
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void eventsRoundTripWithEveryCodecOverManyRowGroupsAndPages(Compression compression) throws Exception {
        Path file = dir.resolve("events-" + compression + ".parquet");
        WriteOptions options = WriteOptions.defaults().withCompression(compression)
                .withRowGroupBytes(40_000).withPageBytes(2_000).withMetadata("seed", "17");
        List<Map<String, Object>> expected = EventFixture.write(file, 1500, 17, options);
        try (ParquetReader r = ParquetReader.open(file)) {
            assertThat(r.numRows()).isEqualTo(1500);
            assertThat(r.rowGroupCount()).isGreaterThan(3);
            assertThat(r.codec(0, "hits.x")).isEqualTo(compression.name());
            assertThat(r.pageHeaders(0, r.column("ecal"))).hasSizeGreaterThan(3);
            long sum = 0;
            for (int g = 0; g < r.rowGroupCount(); g++) {
                sum += r.rowGroupRows(g);
            }
            assertThat(sum).isEqualTo(1500);
            assertThat(DuckDb.canonicalRows(r.rows())).isEqualTo(expected);
        }
    }

    @Test
    void pagesEndOnRowBoundaries() throws Exception {
        Path file = dir.resolve("pages.parquet");
        EventFixture.write(file, 400, 3, WriteOptions.defaults().withPageBytes(512));
        try (ParquetReader r = ParquetReader.open(file)) {
            Column hx = r.column("hits.x");
            ColumnData data = r.readColumn(0, hx);
            List<PageHeader> pages = r.pageHeaders(0, hx);
            assertThat(pages).hasSizeGreaterThan(5);
            // each page's level entries sum up to whole rows: rebuild from the row offsets
            int entriesPerRowTotal = 0;
            List<Integer> rowEnds = new ArrayList<>();
            int[] off = data.offsets();
            for (int row = 0; row < data.rowCount(); row++) {
                entriesPerRowTotal += Math.max(1, off[row + 1] - off[row]);
                rowEnds.add(entriesPerRowTotal);
            }
            int cumulative = 0;
            for (PageHeader p : pages) {
                cumulative += p.numValues();
                assertThat(rowEnds).contains(cumulative);
            }
            assertThat(cumulative).isEqualTo(entriesPerRowTotal);
        }
    }

    @Test
    void keyValueMetadataCreatedByAndSchemaSurvive() throws Exception {
        Path file = dir.resolve("meta.parquet");
        WriteOptions options = WriteOptions.defaults().withMetadata("config", "setup: 2021-2022\nbeam: e-\nenergy: 100 # GeV")
                .withMetadata("biasing", "dimuon ×1000");
        EventFixture.write(file, 10, 1, options);
        try (ParquetReader r = ParquetReader.open(file)) {
            assertThat(r.metadata()).containsExactly(Map.entry("config", "setup: 2021-2022\nbeam: e-\nenergy: 100 # GeV"),
                    Map.entry("biasing", "dimuon ×1000"), Map.entry("events", "10"));
            assertThat(r.createdBy()).isEqualTo("na64 version " + BuildInfo.version());
            assertThat(r.schema()).isEqualTo(EventFixture.SCHEMA);
            assertThat(r.schema().toString()).contains("optional binary process (STRING);",
                    "required group hits (LIST) {", "repeated group list {", "required group element {");
        }
    }

    @Test
    void columnarReadGivesOffsetsAndDenseValues() throws Exception {
        Path file = dir.resolve("columnar.parquet");
        List<Map<String, Object>> expected = EventFixture.write(file, 300, 5, WriteOptions.defaults());
        try (ParquetReader r = ParquetReader.open(file)) {
            ColumnData energy = r.readColumn(0, "hits.energy");
            ColumnData event = r.readColumn(0, "event");
            ColumnData process = r.readColumn(0, "process");
            assertThat(energy.column().path()).containsExactly("hits", "list", "element", "energy");
            double[] e = energy.doubles();
            int[] off = energy.offsets();
            for (int row = 0; row < 300; row++) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> hits = (List<Map<String, Object>>) expected.get(row).get("hits");
                assertThat(off[row + 1] - off[row]).isEqualTo(hits.size());
                for (int k = 0; k < hits.size(); k++) {
                    assertThat(e[off[row] + k]).isEqualTo(hits.get(k).get("energy"));
                }
                assertThat(event.longs()[row]).isEqualTo(expected.get(row).get("event"));
                assertThat(process.isNull(row)).isEqualTo(expected.get(row).get("process") == null);
            }
            assertThat(off[300]).isEqualTo(e.length);
            assertThatThrownBy(energy::longs).isInstanceOf(IllegalStateException.class).hasMessageContaining("DOUBLE");
        }
    }

    @Test
    void fileWithoutRowsIsValid() throws Exception {
        Path file = dir.resolve("empty.parquet");
        try (ParquetWriter w = ParquetWriter.create(file, EventFixture.SCHEMA)) {
            w.commit();
        }
        try (ParquetReader r = ParquetReader.open(file)) {
            assertThat(r.numRows()).isZero();
            assertThat(r.rowGroupCount()).isZero();
            assertThat(r.readRows()).isEmpty();
        }
    }

    @Test
    void rowGroupsBoundTheBufferedBytes() throws Exception {
        // 20k events of 300 doubles = 48 MB of values, in row groups of about 4 MB
        Path file = dir.resolve("big.parquet");
        Schema schema = Schema.builder().required("event", INT64).list("cells", DOUBLE).build();
        double[] cells = new double[300];
        try (ParquetWriter w = ParquetWriter.create(file, schema, WriteOptions.defaults().withRowGroupBytes(4 << 20))) {
            for (int i = 0; i < 20_000; i++) {
                Arrays.fill(cells, i);
                w.value("event").set((long) i);
                w.list("cells").addAll(cells);
                w.endRow();
            }
            w.commit();
        }
        try (ParquetReader r = ParquetReader.open(file)) {
            assertThat(r.numRows()).isEqualTo(20_000);
            // buffered per row: 300 values of 8 bytes + 2 level bytes each, and the 8-byte event id;
            // a group is written by the first row that reaches 4 MiB
            long perGroup = ((4L << 20) + 3007) / 3008;
            assertThat(r.rowGroupCount()).isEqualTo((int) ((20_000 + perGroup - 1) / perGroup));
            long row = 0;
            for (int g = 0; g < r.rowGroupCount() - 1; g++) {
                assertThat(r.rowGroupRows(g)).isEqualTo(perGroup);
            }
            for (int g = 0; g < r.rowGroupCount(); g++) {
                ColumnData c = r.readColumn(g, "cells");
                for (int k = 0; k < c.rowCount(); k++, row++) {
                    assertThat(c.doubles()[c.offsets()[k]]).isEqualTo(row);
                }
            }
            assertThat(Files.size(file)).isBetween(48_000_000L, 49_500_000L);
        }
    }
}
