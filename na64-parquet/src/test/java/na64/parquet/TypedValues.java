package na64.parquet;

/** Writes a boxed test value (Boolean, Integer, Long, Float, Double, String, byte[] or null) with the matching typed call. */
final class TypedValues {
    private TypedValues() {
    }

    static void set(ValueWriter w, Object v) {
        if (v == null) {
            w.setNull();
        } else if (v instanceof Boolean b) {
            w.set(b.booleanValue());
        } else if (v instanceof Integer i) {
            w.set(i.intValue());
        } else if (v instanceof Long l) {
            w.set(l.longValue());
        } else if (v instanceof Float f) {
            w.set(f.floatValue());
        } else if (v instanceof Double d) {
            w.set(d.doubleValue());
        } else if (v instanceof String s) {
            w.set(s);
        } else {
            w.set((byte[]) v);
        }
    }

    static void add(ListWriter list, Object v) {
        if (v == null) {
            list.addNull();
        } else if (v instanceof Boolean b) {
            list.add(b.booleanValue());
        } else if (v instanceof Integer i) {
            list.add(i.intValue());
        } else if (v instanceof Long l) {
            list.add(l.longValue());
        } else if (v instanceof Float x) {
            list.add(x.floatValue());
        } else if (v instanceof Double d) {
            list.add(d.doubleValue());
        } else if (v instanceof String s) {
            list.add(s);
        } else {
            list.add((byte[]) v);
        }
    }
}
