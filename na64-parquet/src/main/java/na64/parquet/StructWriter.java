package na64.parquet;

import java.util.Map;

/**
 * Sets the fields of a (non-repeated) struct in the current row. Setting any field makes the
 * struct present; an optional struct with no field set is null.
 */
public final class StructWriter {
    private final ParquetWriter writer;
    private final String name;
    private final int nullDef;
    private final Map<String, ValueWriter> members;
    private boolean present;
    private boolean isNull;

    private final Owner owner = new Owner() {
        @Override
        int repetitionLevel() {
            return 0;
        }

        @Override
        void touch(String field) {
            if (isNull) {
                throw writer.fail(new IllegalStateException("struct '" + name + "' was set to null in this row"));
            }
            present = true;
        }
    };

    StructWriter(ParquetWriter writer, Field field, Map<String, ColumnBuffer> memberColumns) {
        this.writer = writer;
        this.name = field.name();
        this.nullDef = field.isNullable() ? 0 : -1;
        this.members = ValueWriter.members(writer, owner, name, memberColumns);
    }

    public String name() {
        return name;
    }

    /** The writer of one field of the struct. */
    public ValueWriter field(String member) {
        ValueWriter w = members.get(member);
        if (w == null) {
            throw new IllegalArgumentException("struct '" + name + "' has no field '" + member + "'; fields: "
                    + members.keySet());
        }
        return w;
    }

    /** Makes the struct present even if none of its (optional) fields is set. */
    public StructWriter setPresent() {
        owner.touch(null);
        return this;
    }

    /** Makes the struct null in the current row (optional structs only). */
    public StructWriter setNull() {
        if (nullDef < 0) {
            throw writer.fail(new IllegalStateException("struct '" + name + "' is required and cannot be null"));
        }
        if (present) {
            throw writer.fail(new IllegalStateException("struct '" + name + "' already has fields set in this row"));
        }
        isNull = true;
        return this;
    }

    boolean pending() {
        return present || isNull;
    }

    void endRow() {
        boolean exists = present || nullDef < 0;
        for (ValueWriter m : members.values()) {
            if (exists) {
                m.finish();
            } else {
                m.finishAbsent(0, nullDef);
            }
        }
        present = false;
        isNull = false;
    }
}
