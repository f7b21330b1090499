package na64.monitor.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import na64.core.InputException;

/**
 * A live source of raw data: a raw file that grows while a DAQ writes it, or a directory into
 * which spill or run files ({@code *.raw}) appear, read in name order. Each {@link #poll} hands
 * the events completed since the previous poll to the sink; a partial last event is read at the
 * next poll once it is complete. Memory per file is a few numbers, whatever its size.
 */
public final class RawFollower {
    private final Path source;
    private final boolean directory;
    private final Map<Path, FileCursor> cursors = new LinkedHashMap<>();

    private RawFollower(Path source, boolean directory) {
        this.source = source;
        this.directory = directory;
    }

    /** Follows a file, or the {@code *.raw} files of a directory. */
    public static RawFollower of(Path source) {
        if (Files.isDirectory(source)) {
            return new RawFollower(source, true);
        }
        if (Files.isRegularFile(source) || source.getParent() == null || Files.isDirectory(source.getParent())) {
            // a file that does not exist yet is fine: the DAQ will create it
            return new RawFollower(source, false);
        }
        throw new InputException("RAWDIR", "RAWDIR: no such file or directory: " + source);
    }

    public Path source() {
        return source;
    }

    /** Reads what is new everywhere; returns the number of events passed to the sink. */
    public long poll(RawSink sink) {
        long n = directory ? pollDirectory(sink) : cursors.computeIfAbsent(source, FileCursor::new).poll(sink);
        if (n > 0) {
            sink.pollDone();
        }
        return n;
    }

    private long pollDirectory(RawSink sink) {
        long n = 0;
        List<Path> present = files();
        // files removed from the directory (moved to storage after their spill) are forgotten: bounded memory
        cursors.keySet().retainAll(new java.util.HashSet<>(present));
        for (Path f : present) {
            n += cursors.computeIfAbsent(f, FileCursor::new).poll(sink);
        }
        return n;
    }

    /** Bytes of records still being written, over all files (0 when every file ends on a record). */
    public long tailBytes() {
        return cursors.values().stream().mapToLong(FileCursor::tailBytes).sum();
    }

    /** Files followed so far. */
    public int fileCount() {
        return cursors.size();
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(source)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".raw") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + source, e);
        }
    }
}
