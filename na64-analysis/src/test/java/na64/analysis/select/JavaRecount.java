package na64.analysis.select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import na64.parquet.ParquetReader;
import na64.parquet.Row;

/**
 * An independent recount for tests: reads the rows with na64's own Parquet reader and evaluates
 * each cut in plain Java from the column values, without the SQL compiler.
 */
final class JavaRecount {
    private JavaRecount() {
    }

    /** The value of a selection variable in a row, null when absent; written out by hand per variable. */
    static Double value(Row row, String variable) {
        switch (variable) {
            case "hcal1_energy", "hcal2_energy", "hcal3_energy", "hcal4_energy" -> {
                int k = variable.charAt(4) - '0';
                List<Object> list = row.getList("hcal_modules");
                return list == null || list.size() < k ? null : (Double) list.get(k - 1);
            }
            case "total_energy" -> {
                return row.getDouble("ecal_energy") + row.getDouble("hcal_energy");
            }
            case "track_angle" -> {
                Row up = row.getStruct("upstream");
                return up == null ? null : 1000 * Math.hypot(up.getDouble("tx"), up.getDouble("ty"));
            }
            case "downstream_hits", "downstream_chi2" -> {
                Row down = row.getStruct("downstream");
                return down == null ? null : variable.endsWith("hits") ? (double) down.getInt("hits") : down.getDouble("chi2");
            }
            case "downstream_extra_hits" -> {
                Row down = row.getStruct("downstream");
                return down == null ? null : (double) down.getInt("extra_hits");
            }
            case "weight" -> {
                Row truth = row.getStruct("truth");
                return truth == null ? 1.0 : truth.getDouble("weight");
            }
            case "truth_emission" -> {
                Row truth = row.getStruct("truth");
                return truth == null ? null : (double) truth.getInt("emission");
            }
            case "truth_dimuon" -> {
                Row truth = row.getStruct("truth");
                return truth == null ? null : truth.getBoolean("dimuon") ? 1.0 : 0.0;
            }
            default -> {
                Object v = row.get(variable);
                return v == null ? null : ((Number) v).doubleValue();
            }
        }
    }

    /** The meaning of a cut, written independently of its SQL. */
    static boolean passes(Row row, Cut cut) {
        Double x = value(row, cut.variable());
        if (x == null || x.isNaN()) {
            return false;
        }
        return switch (cut.op()) {
            case LT -> x < cut.value();
            case LE -> x <= cut.value();
            case GT -> x > cut.value();
            case GE -> x >= cut.value();
            case EQ -> x.doubleValue() == cut.value();
            case NE -> x.doubleValue() != cut.value();
            case BETWEEN -> x >= cut.lo() && x <= cut.hi();
            case OUTSIDE -> x < cut.lo() || x > cut.hi();
        };
    }

    static Predicate<Row> all(List<Cut> cuts) {
        return row -> cuts.stream().allMatch(c -> passes(row, c));
    }

    static List<Row> rows(List<Path> files) {
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            try (ParquetReader r = ParquetReader.open(f)) {
                rows.addAll(r.readRows());
            }
        }
        return rows;
    }

    /** The cut flow counted row by row. */
    static List<Count> cutFlow(List<Row> rows, List<Cut> cuts, List<Cut> filter) {
        List<Count> out = new ArrayList<>();
        for (int k = 0; k <= cuts.size(); k++) {
            out.add(count(rows, all(filter).and(all(cuts.subList(0, k)))));
        }
        return out;
    }

    static Count count(List<Row> rows, Predicate<Row> pass) {
        Count c = Count.ZERO;
        for (Row row : rows) {
            if (pass.test(row)) {
                double w = value(row, "weight");
                c = c.plus(new Count(1, w, w * w));
            }
        }
        return c;
    }
}
