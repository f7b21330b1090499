package na64.analysis.select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import na64.core.InputException;

/**
 * The event files of a sample: a Parquet file, or a directory of parts (as a production on Spark
 * writes, one part per event range). In a directory the parts are its *.parquet files in name
 * order; names starting with "." or "_" are a writer's temporary or marker files, never parts.
 */
public final class EventFiles {
    private EventFiles() {
    }

    /** Every file and directory of {@code files} as its Parquet files; a missing one is an error naming it. */
    public static List<Path> expand(List<Path> files) {
        if (files.isEmpty()) {
            throw new InputException("files", "no event files to select from");
        }
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                List<Path> parts = parts(f);
                if (parts.isEmpty()) {
                    throw new InputException("files", "no event files (*.parquet) in the directory " + f);
                }
                out.addAll(parts);
            } else if (Files.isRegularFile(f)) {
                out.add(f);
            } else {
                throw new InputException("files", "event file not found: " + f);
            }
        }
        return out;
    }

    /** The parts of a directory, in name order. */
    public static List<Path> parts(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".parquet") && !name.startsWith(".") && !name.startsWith("_") && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new InputException("files", "cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
