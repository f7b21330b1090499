package na64.physics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the whitespace-separated data tables shipped with na64-physics ('#' starts a comment line). */
public final class DataFiles {
    private DataFiles() {
    }

    /** The non-comment lines of a resource in the package of {@code owner}, split into tokens. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        String path = owner.getPackageName().replace('.', '/') + "/" + resource;
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing data file " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    rows.add(trimmed.split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return rows;
    }

    /** Tokens from index {@code from} on, as numbers. */
    public static double[] numbers(String[] tokens, int from) {
        double[] values = new double[tokens.length - from];
        for (int i = from; i < tokens.length; i++) {
            values[i - from] = Double.parseDouble(tokens[i]);
        }
        return values;
    }
}
