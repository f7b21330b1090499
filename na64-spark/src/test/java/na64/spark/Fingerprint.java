package na64.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.types.StructField;

/**
 * What a reader made of a file, column by column: for every leaf path (lists as "name[]", struct
 * members as "name.member") the number of values, the number of nulls and the sum of the values
 * (NaN and infinities counted apart, booleans count as 1, strings and byte arrays by their length; a list adds its length). Two
 * readers that decode a file alike give equal fingerprints; a mis-decoded page, level or codec
 * changes a count or a sum.
 */
final class Fingerprint {
    /** Values, nulls and sum of one path. */
    static final class Stat {
        long values;
        long nulls;
        /** NaN or infinite values, kept out of the sum so that it still compares the others. */
        long nonFinite;
        double sum;

        @Override
        public String toString() {
            return values + " values, " + nulls + " nulls, " + nonFinite + " non-finite, sum " + sum;
        }
    }

    final Map<String, Stat> paths = new TreeMap<>();
    long rows;

    /** Adds a row read by na64's reader. */
    void addNa64(na64.parquet.Row row) {
        rows++;
        for (String name : row.fieldNames()) {
            addNa64(name, row.get(name));
        }
    }

    private void addNa64(String path, Object v) {
        if (v instanceof na64.parquet.Row r) {
            stat(path).values++;
            for (String name : r.fieldNames()) {
                addNa64(path + "." + name, r.get(name));
            }
        } else if (v instanceof List<?> list) {
            addList(path, list.size());
            for (Object e : list) {
                addNa64(path + "[]", e);
            }
        } else {
            addScalar(path, v);
        }
    }

    /** Adds a row read by Spark. */
    void addSpark(org.apache.spark.sql.Row row) {
        rows++;
        addSparkStruct(null, row);
    }

    private void addSparkStruct(String prefix, org.apache.spark.sql.Row row) {
        StructField[] fields = row.schema().fields();
        for (int i = 0; i < fields.length; i++) {
            String path = prefix == null ? fields[i].name() : prefix + "." + fields[i].name();
            addSpark(path, row.isNullAt(i) ? null : row.get(i));
        }
    }

    private void addSpark(String path, Object v) {
        if (v instanceof org.apache.spark.sql.Row r) {
            stat(path).values++;
            addSparkStruct(path, r);
        } else if (v instanceof scala.collection.Seq<?> seq) {
            List<?> list = scala.jdk.javaapi.CollectionConverters.asJava(seq);
            addList(path, list.size());
            for (Object e : list) {
                addSpark(path + "[]", e);
            }
        } else {
            addScalar(path, v);
        }
    }

    private void addList(String path, int size) {
        Stat s = stat(path);
        s.values++;
        s.sum += size;
    }

    private void addScalar(String path, Object v) {
        Stat s = stat(path);
        if (v == null) {
            s.nulls++;
            return;
        }
        s.values++;
        if (v instanceof Number n) {
            if (Double.isFinite(n.doubleValue())) {
                s.sum += n.doubleValue();
            } else {
                s.nonFinite++;
            }
        } else if (v instanceof Boolean b) {
            s.sum += b ? 1 : 0;
        } else if (v instanceof String text) {
            s.sum += text.length();
        } else if (v instanceof byte[] bytes) {
            s.sum += bytes.length;
        } else {
            throw new IllegalArgumentException(path + ": a value of type " + v.getClass().getName());
        }
    }

    private Stat stat(String path) {
        return paths.computeIfAbsent(path, p -> new Stat());
    }
}
