package na64.parquet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Builds {@link Row}s of a row group from its columns. Supported top-level shapes: primitives,
 * lists of primitives, lists of structs of primitives, structs of primitives (the shapes the
 * writer produces, and the usual ones of other writers' files).
 */
final class RowAssembler {
    private final List<String> names;
    private final List<IntFunction<Object>> fieldReaders;

    /** {@code data} maps column index to its data in this row group. */
    RowAssembler(List<Field> fields, Schema schema, Map<Integer, ColumnData> data) {
        List<String> n = new ArrayList<>();
        fieldReaders = new ArrayList<>();
        for (Field f : fields) {
            n.add(f.name());
            fieldReaders.add(reader(f, columnsOf(schema, f), data));
        }
        names = Collections.unmodifiableList(n);
    }

    static List<Column> columnsOf(Schema schema, Field top) {
        List<Column> out = new ArrayList<>();
        for (Column c : schema.columns()) {
            if (c.topLevelField() == top) {
                out.add(c);
            }
        }
        return out;
    }

    /** Null if the row view supports the field's shape, else a description of the problem. */
    static String unsupported(Field f) {
        if (f.isPrimitive()) {
            return null;
        }
        Field element = f.listElement();
        if (element != null) {
            if (element.isPrimitive() || flatStruct(element)) {
                return null;
            }
            return "a list whose elements are nested groups or lists";
        }
        if (f.isStruct() && flatStruct(f)) {
            return null;
        }
        return f.isStruct() ? "a struct with nested groups or lists" : "a " + f.annotation() + " group";
    }

    private static boolean flatStruct(Field group) {
        if (group.isPrimitive()) {
            return false;
        }
        for (Field c : group.children()) {
            if (!c.isPrimitive() || c.repetition() == Field.Repetition.REPEATED) {
                return false;
            }
        }
        return true;
    }

    private static IntFunction<Object> reader(Field f, List<Column> cols, Map<Integer, ColumnData> data) {
        if (f.isPrimitive() && f.repetition() != Field.Repetition.REPEATED) {
            ColumnData d = data.get(cols.get(0).index());
            return d::get;
        }
        Field element = f.listElement();
        if (element != null && element.isPrimitive()) {
            ColumnData d = data.get(cols.get(0).index());
            int[] off = d.offsets();
            return row -> {
                if (d.isListNull(row)) {
                    return null;
                }
                List<Object> list = new ArrayList<>(off[row + 1] - off[row]);
                for (int k = off[row]; k < off[row + 1]; k++) {
                    list.add(d.get(k));
                }
                return list;
            };
        }
        List<String> memberNames = new ArrayList<>();
        ColumnData[] members = new ColumnData[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            memberNames.add(cols.get(i).leaf().name());
            members[i] = data.get(cols.get(i).index());
        }
        List<String> shared = Collections.unmodifiableList(memberNames);
        Column first = cols.get(0);
        // depth of the struct node on the path: the element (list of structs) or the field itself
        int structDepth = first.depth() - 2;
        int presentDef = first.defLevelAt(structDepth);
        boolean nullable = first.node(structDepth).isNullable();
        if (element != null) {
            ColumnData d0 = members[0];
            int[] off = d0.offsets();
            return row -> {
                if (d0.isListNull(row)) {
                    return null;
                }
                List<Object> list = new ArrayList<>(off[row + 1] - off[row]);
                for (int k = off[row]; k < off[row + 1]; k++) {
                    list.add(nullable && d0.definitionLevel(k) < presentDef ? null : struct(shared, members, k));
                }
                return list;
            };
        }
        return row -> nullable && members[0].definitionLevel(row) < presentDef ? null : struct(shared, members, row);
    }

    private static Row struct(List<String> names, ColumnData[] members, int slot) {
        Object[] v = new Object[members.length];
        for (int i = 0; i < members.length; i++) {
            v[i] = members[i].get(slot);
        }
        return new Row(names, v);
    }

    Row row(int index) {
        Object[] v = new Object[fieldReaders.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = fieldReaders.get(i).apply(index);
        }
        return new Row(names, v);
    }
}
