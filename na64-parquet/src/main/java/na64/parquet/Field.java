package na64.parquet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node of a Parquet schema: a primitive leaf (with a {@link ColumnType}) or a group of child
 * fields, each with a repetition (required, optional or repeated).
 *
 * <p>Lists follow the standard three-level LIST layout of the Parquet LogicalTypes
 * specification, which DuckDB and Spark (both tested) map to a list type:
 * <pre>
 *   &lt;required|optional&gt; group name (LIST) {
 *     repeated group list {
 *       &lt;required|optional&gt; &lt;element type or group&gt; element;
 *     }
 *   }
 * </pre>
 */
public final class Field {
    /** How often a field occurs in its parent. */
    public enum Repetition { REQUIRED, OPTIONAL, REPEATED }

    /** Annotations of groups and strings that this module interprets. */
    enum Annotation { NONE, LIST, MAP, OTHER }

    private final String name;
    private final Repetition repetition;
    private final ColumnType type;
    private final int physicalType;
    private final int typeLength;
    private final Annotation annotation;
    private final List<Field> children;

    Field(String name, Repetition repetition, ColumnType type, int physicalType, int typeLength,
            Annotation annotation, List<Field> children) {
        this.name = Objects.requireNonNull(name, "name");
        this.repetition = Objects.requireNonNull(repetition, "repetition");
        this.type = type;
        this.physicalType = physicalType;
        this.typeLength = typeLength;
        this.annotation = annotation;
        this.children = List.copyOf(children);
    }

    /** A required primitive column. */
    public static Field required(String name, ColumnType type) {
        return primitive(name, Repetition.REQUIRED, type);
    }

    /** An optional (nullable) primitive column. */
    public static Field optional(String name, ColumnType type) {
        return primitive(name, Repetition.OPTIONAL, type);
    }

    public static Field primitive(String name, Repetition repetition, ColumnType type) {
        checkName(name);
        Objects.requireNonNull(type, "type");
        if (repetition == Repetition.REPEATED) {
            throw new IllegalArgumentException("field '" + name + "': use Field.list for repeated values");
        }
        return new Field(name, repetition, type, type.physical, 0, Annotation.NONE, List.of());
    }

    /**
     * A standard three-level list. {@code element} gives the element's type and repetition
     * (required elements are never null); its name is replaced by "element".
     */
    public static Field list(String name, boolean nullable, Field element) {
        checkName(name);
        if (element.repetition == Repetition.REPEATED) {
            throw new IllegalArgumentException("list '" + name + "': the element cannot itself be repeated");
        }
        Field renamed = new Field("element", element.repetition, element.type, element.physicalType,
                element.typeLength, element.annotation, element.children);
        Field repeated = new Field("list", Repetition.REPEATED, null, -1, 0, Annotation.NONE, List.of(renamed));
        return new Field(name, nullable ? Repetition.OPTIONAL : Repetition.REQUIRED, null, -1, 0, Annotation.LIST,
                List.of(repeated));
    }

    /** A group of named fields (a struct), required or optional. */
    public static Field struct(String name, boolean nullable, Field... members) {
        checkName(name);
        if (members.length == 0) {
            throw new IllegalArgumentException("struct '" + name + "' needs at least one field");
        }
        checkUnique(name, List.of(members));
        return new Field(name, nullable ? Repetition.OPTIONAL : Repetition.REQUIRED, null, -1, 0, Annotation.NONE,
                List.of(members));
    }

    public String name() {
        return name;
    }

    public Repetition repetition() {
        return repetition;
    }

    public boolean isNullable() {
        return repetition == Repetition.OPTIONAL;
    }

    public boolean isPrimitive() {
        return type != null || physicalType >= 0;
    }

    /** The value type of a primitive field (null for groups). */
    public ColumnType type() {
        return type;
    }

    public List<Field> children() {
        return children;
    }

    public Field child(String childName) {
        for (Field c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    int physicalType() {
        return physicalType;
    }

    int typeLength() {
        return typeLength;
    }

    Annotation annotation() {
        return annotation;
    }

    /** True for a group annotated LIST (or a bare repeated field, the legacy list form). */
    public boolean isList() {
        return listElement() != null;
    }

    /**
     * The element of a list, following the LIST backward-compatibility rules of the Parquet
     * LogicalTypes specification: the repeated child itself is the element when it is primitive,
     * has several fields, or is named "array" or "&lt;name&gt;_tuple"; otherwise its single child is.
     * A bare repeated field (not in a LIST group) is its own element. Null if not a list.
     */
    public Field listElement() {
        if (repetition == Repetition.REPEATED) {
            return this;
        }
        if (annotation != Annotation.LIST || children.size() != 1) {
            return null;
        }
        Field repeated = children.get(0);
        if (repeated.repetition != Repetition.REPEATED) {
            return null;
        }
        return elementIsRepeatedNode() ? repeated : repeated.children.get(0);
    }

    /** For a LIST group: true when the repeated node is itself the element (two-level form). */
    boolean elementIsRepeatedNode() {
        Field repeated = children.get(0);
        return repeated.isPrimitive() || repeated.children.size() != 1 || repeated.name.equals("array")
                || repeated.name.equals(name + "_tuple");
    }

    /** True for a non-repeated group that is not a LIST or MAP: a struct. */
    public boolean isStruct() {
        return !isPrimitive() && repetition != Repetition.REPEATED && annotation == Annotation.NONE;
    }

    /** Parquet's schema text for this field, e.g. {@code optional double energy;}. */
    void appendTo(StringBuilder out, String indent) {
        out.append(indent).append(repetition.name().toLowerCase()).append(' ');
        if (isPrimitive()) {
            out.append(physicalName()).append(' ').append(name);
            if (type == ColumnType.STRING) {
                out.append(" (STRING)");
            }
            out.append(";\n");
        } else {
            out.append("group ").append(name);
            if (annotation == Annotation.LIST || annotation == Annotation.MAP) {
                out.append(" (").append(annotation).append(')');
            }
            out.append(" {\n");
            for (Field c : children) {
                c.appendTo(out, indent + "  ");
            }
            out.append(indent).append("}\n");
        }
    }

    private String physicalName() {
        String base = physicalType == 6 ? "binary" : ColumnType.physicalName(physicalType).toLowerCase();
        return physicalType == ColumnType.PHYSICAL_FIXED ? "fixed_len_byte_array(" + typeLength + ")" : base;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out, "");
        return out.toString().trim();
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("field name '" + name + "' must be non-empty and contain no '.'");
        }
    }

    static void checkUnique(String parent, List<Field> fields) {
        List<String> seen = new ArrayList<>();
        for (Field f : fields) {
            if (seen.contains(f.name)) {
                throw new IllegalArgumentException("'" + parent + "' has two fields named '" + f.name + "'");
            }
            seen.add(f.name);
        }
    }
}
