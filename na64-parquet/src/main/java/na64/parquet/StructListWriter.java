package na64.parquet;

import java.util.Map;

/**
 * Fills a list of structs in the current row, e.g. the hits of an event:
 * <pre>{@code
 * StructListWriter hits = writer.structList("hits");
 * ValueWriter x = hits.field("x"), e = hits.field("energy");
 * for (Hit h : event.hits()) {
 *     hits.addElement();
 *     x.set(h.x());
 *     e.set(h.energy());
 * }
 * writer.endRow();
 * }</pre>
 * Each {@link #addElement()} starts a new element; its required fields must be set before the
 * next element or the end of the row, unset optional fields are null. A list with no elements is
 * empty if the field is required or {@link #setEmpty()} was called, null otherwise.
 */
public final class StructListWriter {
    private final ParquetWriter writer;
    private final String name;
    private final int nullListDef;
    private final int emptyDef;
    private final Map<String, ValueWriter> members;
    private int count;
    private boolean elementOpen;
    private boolean present;
    private boolean isNull;

    private final Owner owner = new Owner() {
        @Override
        int repetitionLevel() {
            return count <= 1 ? 0 : 1;
        }

        @Override
        void touch(String field) {
            if (!elementOpen) {
                throw writer.fail(new IllegalStateException("call addElement() on '" + name + "' before setting "
                        + field));
            }
        }
    };

    StructListWriter(ParquetWriter writer, Field field, Map<String, ColumnBuffer> memberColumns, int nullListDef,
            int emptyDef) {
        this.writer = writer;
        this.name = field.name();
        this.nullListDef = nullListDef;
        this.emptyDef = emptyDef;
        this.members = ValueWriter.members(writer, owner, name, memberColumns);
    }

    public String name() {
        return name;
    }

    /** The writer of one field of the list's elements. */
    public ValueWriter field(String member) {
        ValueWriter w = members.get(member);
        if (w == null) {
            throw new IllegalArgumentException("list '" + name + "' has no element field '" + member + "'; fields: "
                    + members.keySet());
        }
        return w;
    }

    /** Starts a new element (closing the previous one). */
    public StructListWriter addElement() {
        if (isNull) {
            throw writer.fail(new IllegalStateException("list '" + name + "' was set to null in this row"));
        }
        if (elementOpen) {
            finishElement();
        }
        count++;
        elementOpen = true;
        return this;
    }

    /** Elements started in the current row. */
    public int size() {
        return count;
    }

    /** Marks the list present (empty unless elements are added). */
    public StructListWriter setEmpty() {
        if (isNull) {
            throw writer.fail(new IllegalStateException("list '" + name + "' was set to null in this row"));
        }
        present = true;
        return this;
    }

    /** Makes the current row's list null (optional lists only, and only before adding elements). */
    public StructListWriter setNull() {
        if (nullListDef < 0) {
            throw writer.fail(new IllegalStateException("list '" + name + "' is required and cannot be null"));
        }
        if (count > 0 || present) {
            throw writer.fail(new IllegalStateException("list '" + name + "' already has elements in this row"));
        }
        isNull = true;
        return this;
    }

    private void finishElement() {
        for (ValueWriter m : members.values()) {
            m.finish();
        }
        elementOpen = false;
    }

    boolean pending() {
        return count > 0 || present || isNull;
    }

    void endRow() {
        if (elementOpen) {
            finishElement();
        }
        if (count == 0) {
            boolean empty = !isNull && (present || nullListDef < 0);
            for (ValueWriter m : members.values()) {
                if (m.isSet()) {
                    throw writer.fail(new IllegalStateException("field " + m.name() + " set outside an element"));
                }
                m.finishAbsent(0, empty ? emptyDef : nullListDef);
            }
        }
        count = 0;
        present = false;
        isNull = false;
    }
}
