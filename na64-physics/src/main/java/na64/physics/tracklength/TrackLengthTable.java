package na64.physics.tracklength;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.core.AtomicOutput;
import na64.core.CsvTable;
import na64.core.GaussLegendre;
import na64.core.InputException;

/**
 * Track-length spectra tabulated in energy bins, as written by the shower simulation and read
 * by the reach calculation. The format is documented in docs/formats.md ("Track-length tables"):
 *
 * <pre>
 * # na64 track-length table v1
 * # setup: na64e-2022            (free-form key: value header lines)
 * # beam: e-
 * # beam_energy_GeV: 100
 * # target: ECAL
 * # material: ecal-shashlik
 * # events: 20000
 * E_low_GeV,E_high_GeV,T_electron,T_electron_err,T_positron,T_positron_err,T_photon,T_photon_err
 * 0.01,0.0112,...
 * </pre>
 *
 * T columns are dT/dE in cm of target material per GeV per primary particle, averaged over the
 * bin; errors are statistical (1 sigma). Bins are contiguous and increasing. Within a bin the
 * spectrum is taken as constant (the bin average), so integrals over whole bins are exact.
 */
public final class TrackLengthTable implements TrackLengthSpectrum {
    private static final GaussLegendre SIXTEEN_POINTS = GaussLegendre.of(16);
    public static final String MAGIC = "# na64 track-length table v1";
    private static final String FIELD = "track-length table";
    static final String HEADER = "E_low_GeV,E_high_GeV,T_electron,T_electron_err,T_positron,T_positron_err,T_photon,T_photon_err";

    private final Map<String, String> metadata;
    private final double[] edges;
    private final double[][] values; // [species][bin]
    private final double[][] errors;

    /** Species order in the arrays. */
    public enum Species { ELECTRON, POSITRON, PHOTON }

    /**
     * @param metadata header key/values (setup, beam, beam_energy_GeV, target, material, events, ...)
     * @param edges    bin edges [GeV], strictly increasing, length n+1
     * @param values   dT/dE per species [3][n] in cm/GeV per primary
     * @param errors   statistical errors per species [3][n]
     */
    public TrackLengthTable(Map<String, String> metadata, double[] edges, double[][] values, double[][] errors) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("a track-length table needs at least one bin");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1]) || !(edges[i - 1] > 0)) {
                throw new IllegalArgumentException("bin edges must be positive and increasing at bin " + i);
            }
        }
        int n = edges.length - 1;
        if (values.length != 3 || errors.length != 3) {
            throw new IllegalArgumentException("values and errors need 3 species (electron, positron, photon)");
        }
        for (int s = 0; s < 3; s++) {
            if (values[s].length != n || errors[s].length != n) {
                throw new IllegalArgumentException("species " + Species.values()[s] + " has " + values[s].length + " bins, edges give " + n);
            }
        }
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.edges = edges.clone();
        this.values = new double[][] {values[0].clone(), values[1].clone(), values[2].clone()};
        this.errors = new double[][] {errors[0].clone(), errors[1].clone(), errors[2].clone()};
    }

    /**
     * Bins a spectrum into a table of {@code bins} logarithmic bins from lo to hi: each value is
     * the spectrum's mean over the bin (16-point Gauss-Legendre in ln E per bin); errors are 0.
     * Used to store an analytic or numerical spectrum in the simulation's format.
     */
    public static TrackLengthTable tabulate(TrackLengthSpectrum s, double lo, double hi, int bins, Map<String, String> metadata) {
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = i == bins ? hi : lo * Math.pow(hi / lo, (double) i / bins);
        }
        double[][] values = new double[3][bins];
        for (int i = 0; i < bins; i++) {
            double a = Math.log(edges[i]);
            double b = Math.log(edges[i + 1]);
            double width = edges[i + 1] - edges[i];
            values[0][i] = SIXTEEN_POINTS.integrate(t -> Math.exp(t) * s.electron(Math.exp(t)), a, b) / width;
            values[1][i] = SIXTEEN_POINTS.integrate(t -> Math.exp(t) * s.positron(Math.exp(t)), a, b) / width;
            values[2][i] = SIXTEEN_POINTS.integrate(t -> Math.exp(t) * s.photon(Math.exp(t)), a, b) / width;
        }
        return new TrackLengthTable(metadata, edges, values, new double[3][bins]);
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** A header value, or null. */
    public String meta(String key) {
        return metadata.get(key);
    }

    public int bins() {
        return edges.length - 1;
    }

    public double lowEdge(int bin) {
        return edges[bin];
    }

    public double highEdge(int bin) {
        return edges[bin + 1];
    }

    public double value(Species species, int bin) {
        return values[species.ordinal()][bin];
    }

    public double error(Species species, int bin) {
        return errors[species.ordinal()][bin];
    }

    @Override
    public double electron(double energy) {
        return lookup(0, energy);
    }

    @Override
    public double positron(double energy) {
        return lookup(1, energy);
    }

    @Override
    public double photon(double energy) {
        return lookup(2, energy);
    }

    @Override
    public double maxEnergy() {
        return edges[edges.length - 1];
    }

    @Override
    public double minEnergy() {
        return edges[0];
    }

    @Override
    public String description() {
        return "shower-simulation table (" + metadata.getOrDefault("setup", "?") + ", "
                + metadata.getOrDefault("beam", "?") + " " + metadata.getOrDefault("beam_energy_GeV", "?") + " GeV, "
                + metadata.getOrDefault("events", "?") + " events)";
    }

    private double lookup(int species, double energy) {
        if (!(energy >= edges[0]) || energy >= edges[edges.length - 1]) {
            return 0;
        }
        int lo = 0;
        int hi = edges.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= energy) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return values[species][lo];
    }

    /** The table as text in the documented format. */
    public String format() {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            out.append("# ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        out.append(HEADER).append('\n');
        for (int i = 0; i < bins(); i++) {
            out.append(num(edges[i])).append(',').append(num(edges[i + 1]));
            for (int s = 0; s < 3; s++) {
                out.append(',').append(num(values[s][i])).append(',').append(num(errors[s][i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes the table atomically. */
    public void write(Path file) {
        AtomicOutput.writeString(file, format());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6e", v);
    }

    /** Reads a table file; errors name the file and line. */
    public static TrackLengthTable read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(FIELD, "track-length table not found: " + file);
        } catch (IOException e) {
            throw new InputException(FIELD, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a table shipped as a class-path resource. */
    public static TrackLengthTable readResource(String resource) {
        try (InputStream in = TrackLengthTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in track-length table " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** Parses the text of a table; {@code source} names it in error messages. */
    public static TrackLengthTable parse(String text, String source) {
        // the format line first: a table of another kind is named as such, not as a bad CSV
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || !lines.get(first).strip().equals(MAGIC)) {
            throw bad(source, first + 1, "the first line must be '" + MAGIC + "'");
        }
        CsvTable table = CsvTable.parse(text, source, FIELD);
        Map<String, String> meta = new LinkedHashMap<>();
        for (String comment : table.comments()) {
            int colon = comment.indexOf(':');
            if (colon > 0) {
                meta.put(comment.substring(0, colon).strip(), comment.substring(colon + 1).strip());
            }
        }
        if (!String.join(",", table.header()).equals(HEADER)) {
            throw bad(source, table.headerLine(), "expected the column header '" + HEADER + "'");
        }
        if (table.rows() == 0) {
            throw table.error("no bins found");
        }
        int n = table.rows();
        double[] edges = new double[n + 1];
        double[][] values = new double[3][n];
        double[][] errors = new double[3][n];
        for (int r = 0; r < n; r++) {
            double low = table.number(r, 0);
            double high = table.number(r, 1);
            if (r > 0 && edges[r] != low) {
                throw table.error(r, "bins must be contiguous: E_low_GeV = " + low + " but the previous bin ends at " + edges[r]);
            }
            if (!(high > low) || !(low > 0)) {
                throw table.error(r, "need 0 < E_low_GeV < E_high_GeV");
            }
            edges[r] = low;
            edges[r + 1] = high;
            for (int s = 0; s < 3; s++) {
                values[s][r] = nonNegative(table, r, 2 + 2 * s);
                errors[s][r] = nonNegative(table, r, 3 + 2 * s);
            }
        }
        return new TrackLengthTable(meta, edges, values, errors);
    }

    private static double nonNegative(CsvTable table, int row, int column) {
        double v = table.number(row, column);
        if (v < 0) {
            throw table.error(row, column, table.text(row, column) + " must be >= 0");
        }
        return v;
    }

    private static InputException bad(String source, int line, String message) {
        return new InputException(FIELD, message).in(source, line);
    }
}
