package na64.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The one CSV reader of na64 (Apache Commons CSV underneath), with one policy for every table the
 * toolkit reads: comma-separated, a header row of unique column names, lines starting with '#'
 * are comments (provenance, metadata) and blank lines are skipped, spaces around values are
 * trimmed, quotes follow RFC 4180. Every row must have as many values as the header; a bad row or
 * value is an {@link InputException} naming the file, the line and the column, never skipped.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();

    private final String source;
    private final String field;
    private final List<String> header;
    private final int headerLine;
    private final List<String> comments;
    private final List<String[]> cells;
    private final int[] lines;

    private CsvTable(String source, String field, List<String> header, int headerLine, List<String> comments, List<String[]> cells,
                     int[] lines) {
        this.source = source;
        this.field = field;
        this.header = header;
        this.headerLine = headerLine;
        this.comments = comments;
        this.cells = cells;
        this.lines = lines;
    }

    /**
     * Reads a file.
     *
     * @param field the option or configuration key the file was given by, for the errors
     */
    public static CsvTable read(Path file, String field) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(field, "file not found: " + file);
        } catch (IOException e) {
            throw new InputException(field, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.toString(), field);
    }

    /** Reads a table shipped as a class-path resource of {@code anchor}'s module; a missing one is a bug. */
    public static CsvTable readResource(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + resource, "resource");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /**
     * Parses the text of a table.
     *
     * @param source names the table in errors (its file)
     * @param field  the option or configuration key the table was given by, for the errors
     */
    public static CsvTable parse(String text, String source, String field) {
        List<String> comments = new ArrayList<>();
        List<String[]> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> header;
        int headerLine;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            header = List.copyOf(parser.getHeaderNames());
            headerLine = (int) parser.getCurrentLineNumber();
            if (header.isEmpty()) {
                throw new InputException(field, source + ": no header row (a CSV table starts with its column names)");
            }
            if (header.stream().allMatch(CsvTable::isNumber)) {
                // a file without a header would otherwise lose its first row to it
                throw new InputException(field, source + ":" + headerLine + ": the header row " + header
                        + " is numbers; a CSV table starts with its column names");
            }
            addComment(comments, parser.getHeaderComment());
            for (CSVRecord record : parser) {
                // the parser has just read the record's last line
                int line = (int) parser.getCurrentLineNumber();
                addComment(comments, record.getComment());
                if (record.size() != header.size()) {
                    throw new InputException(field, source + ":" + line + ": " + record.size() + " values, the header has "
                            + header.size() + " columns " + header);
                }
                cells.add(record.values());
                lines.add(line);
            }
            addComment(comments, parser.getTrailerComment());
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // duplicate or missing column names, an unterminated quote
            throw new InputException(field, source + ": not a valid CSV table: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(source, field, header, headerLine, List.copyOf(comments), cells, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void addComment(List<String> comments, String comment) {
        if (comment != null) {
            comments.addAll(Arrays.asList(comment.split("\n", -1)));
        }
    }

    /** The file (or resource) the table came from. */
    public String source() {
        return source;
    }

    /** The column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** The file line of the header row. */
    public int headerLine() {
        return headerLine;
    }

    /** The comment lines in file order, without the '#' and surrounding spaces. */
    public List<String> comments() {
        return comments;
    }

    /** The value of the first comment "key: value" (key compared ignoring case), or null. */
    public String comment(String key) {
        for (String c : comments) {
            int colon = c.indexOf(':');
            if (colon > 0 && c.substring(0, colon).strip().equalsIgnoreCase(key)) {
                return c.substring(colon + 1).strip();
            }
        }
        return null;
    }

    /** The number of data rows. */
    public int rows() {
        return cells.size();
    }

    /** The file line of data row {@code row} (counting from 1, comments and blank lines included). */
    public int line(int row) {
        return lines[row];
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** Requires exactly these columns, in any order. */
    public CsvTable requireColumns(String... names) {
        for (String n : names) {
            if (!header.contains(n)) {
                throw new InputException(field, source + ": missing column '" + n + "'; columns: " + header);
            }
        }
        for (String h : header) {
            if (!Arrays.asList(names).contains(h)) {
                throw new InputException(field, source + ": unknown column '" + h + "'; allowed: " + Arrays.toString(names));
            }
        }
        return this;
    }

    /** Requires one of the given numbers of columns; {@code meaning} says what they are, for the error. */
    public CsvTable requireColumnCount(String meaning, int... allowed) {
        for (int n : allowed) {
            if (header.size() == n) {
                return this;
            }
        }
        throw new InputException(field, source + ": " + header.size() + " columns " + header + ", expected " + meaning);
    }

    public String text(int row, int column) {
        return cells.get(row)[column];
    }

    public String text(int row, String column) {
        return text(row, index(column));
    }

    /** The finite number in a cell. */
    public double number(int row, int column) {
        String t = text(row, column);
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error(row, column, "'" + t + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw error(row, column, "'" + t + "' is not finite");
        }
        return v;
    }

    public double number(int row, String column) {
        return number(row, index(column));
    }

    /** A whole column of finite numbers. */
    public double[] column(int column) {
        double[] out = new double[rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = number(r, column);
        }
        return out;
    }

    public double[] column(String column) {
        return column(index(column));
    }

    /** An error located at a cell: "file:line: column name: message". */
    public InputException error(int row, int column, String message) {
        return new InputException(field, source + ":" + lines[row] + ": column " + header.get(column) + ": " + message);
    }

    public InputException error(int row, String column, String message) {
        return error(row, index(column), message);
    }

    /** An error located at a row: "file:line: message". */
    public InputException error(int row, String message) {
        return new InputException(field, source + ":" + lines[row] + ": " + message);
    }

    /** An error about the whole table: "file: message". */
    public InputException error(String message) {
        return new InputException(field, source + ": " + message);
    }

    private int index(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new InputException(field, source + ": missing column '" + column + "'; columns: " + header);
        }
        return i;
    }
}
