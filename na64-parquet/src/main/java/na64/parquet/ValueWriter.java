package na64.parquet;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets one primitive value of the current row: a top-level column, a field of a struct, or a
 * field of the current element of a list of structs. Obtain it once from the
 * {@link ParquetWriter} (or from a {@link StructWriter} / {@link StructListWriter}) and reuse it
 * for every row.
 *
 * <p>A value may be set at most once per row (or list element). A value that is not set is
 * written as null if the field is optional; for a required field that is an error at
 * {@link ParquetWriter#endRow()}.
 *
 * <p>Setters accept the field's own type and exact widenings: {@code set(int)} also fills INT64
 * and DOUBLE fields, {@code set(float)} also DOUBLE fields.
 */
public final class ValueWriter {
    private final ParquetWriter writer;
    private final ColumnBuffer column;
    private final Owner owner;
    private final String name;
    private final int nullDef;
    private boolean set;

    ValueWriter(ParquetWriter writer, ColumnBuffer column, Owner owner, String name, int nullDef) {
        this.writer = writer;
        this.column = column;
        this.owner = owner;
        this.name = name;
        this.nullDef = nullDef;
    }

    /**
     * The writers of the member columns of a struct (or of the elements of a list of structs)
     * named {@code structName}, in schema order; a nullable member is written null by leaving
     * out its leaf's definition level.
     */
    static Map<String, ValueWriter> members(ParquetWriter writer, Owner owner, String structName,
            Map<String, ColumnBuffer> memberColumns) {
        Map<String, ValueWriter> members = new LinkedHashMap<>();
        memberColumns.forEach((member, buffer) -> {
            Column column = buffer.column;
            int nullDef = column.leaf().isNullable() ? column.defLevelWithout(column.depth() - 1) : -1;
            members.put(member, new ValueWriter(writer, buffer, owner, structName + "." + member, nullDef));
        });
        return members;
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return column.type;
    }

    public ValueWriter set(double v) {
        expect(ColumnType.DOUBLE);
        begin();
        column.addDouble(owner.repetitionLevel(), v);
        return this;
    }

    public ValueWriter set(float v) {
        if (column.type == ColumnType.DOUBLE) {
            return set((double) v);
        }
        expect(ColumnType.FLOAT);
        begin();
        column.addFloat(owner.repetitionLevel(), v);
        return this;
    }

    public ValueWriter set(long v) {
        expect(ColumnType.INT64);
        begin();
        column.addLong(owner.repetitionLevel(), v);
        return this;
    }

    public ValueWriter set(int v) {
        switch (column.type) {
            case INT64 -> {
                return set((long) v);
            }
            case DOUBLE -> {
                return set((double) v);
            }
            default -> {
                expect(ColumnType.INT32);
                begin();
                column.addInt(owner.repetitionLevel(), v);
                return this;
            }
        }
    }

    public ValueWriter set(boolean v) {
        expect(ColumnType.BOOLEAN);
        begin();
        column.addBoolean(owner.repetitionLevel(), v);
        return this;
    }

    /** A string (STRING fields); null sets null. */
    public ValueWriter set(String v) {
        if (v == null) {
            return setNull();
        }
        expect(ColumnType.STRING);
        begin();
        column.addString(owner.repetitionLevel(), v);
        return this;
    }

    /** Raw bytes (BINARY fields, or UTF-8 text for STRING fields); null sets null. */
    public ValueWriter set(byte[] v) {
        if (v == null) {
            return setNull();
        }
        if (column.type != ColumnType.STRING) {
            expect(ColumnType.BINARY);
        }
        begin();
        column.addBytes(owner.repetitionLevel(), v);
        return this;
    }

    /** Explicitly null (the same as not setting an optional value). */
    public ValueWriter setNull() {
        if (nullDef < 0) {
            throw writer.fail(new IllegalStateException("field '" + name + "' is required and cannot be null"));
        }
        begin();
        column.addNull(owner.repetitionLevel(), nullDef);
        return this;
    }

    private void begin() {
        if (set) {
            throw writer.fail(new IllegalStateException("field '" + name + "' set twice in row " + writer.rowCount()));
        }
        owner.touch(name);
        set = true;
    }

    private void expect(ColumnType type) {
        if (column.type != type) {
            throw writer.fail(new IllegalArgumentException("field '" + name + "' holds " + column.type
                    + " values, not " + type));
        }
    }

    boolean isSet() {
        return set;
    }

    /** Ends the row or list element: writes null for an unset optional value. */
    void finish() {
        if (!set) {
            if (nullDef < 0) {
                throw writer.fail(new IllegalStateException("required field '" + name + "' was not set in row "
                        + writer.rowCount()));
            }
            column.addNull(owner.repetitionLevel(), nullDef);
        }
        set = false;
    }

    /** The containing struct or list is absent: one entry at {@code defLevel}, and nothing may be set. */
    void finishAbsent(int repLevel, int defLevel) {
        column.addNull(repLevel, defLevel);
        set = false;
    }
}
