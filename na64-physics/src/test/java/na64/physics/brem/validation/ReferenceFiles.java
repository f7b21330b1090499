package na64.physics.brem.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference data next to this package in the test resources ('#' starts a comment line). */
final class ReferenceFiles {
    private ReferenceFiles() {
    }

    /** The non-comment, non-blank lines of a resource of this package. */
    static List<String> lines(String resource) {
        InputStream in = ReferenceFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing reference file na64/physics/brem/validation/" + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read na64/physics/brem/validation/" + resource, e);
        }
        return lines;
    }
}
