package na64.monitor.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.reco.raw.RawDamage;
import na64.reco.raw.RawReader;

/**
 * Follows one raw file as a DAQ appends to it: each {@link #poll} reads the records completed
 * since the last one, from the offset just after the last complete record, so a record still
 * being written is read once it is whole. Whatever the reader reports beyond that offset (the
 * unfinished tail: TRUNCATED, or a false resynchronisation inside half a record) is provisional
 * and not reported; damage before it is real and is passed on once.
 */
final class FileCursor {
    private final Path file;
    private long position;
    private RunHeader header;
    private long reportedUpTo;
    private long tailBytes;

    FileCursor(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Offset just after the last complete record read. */
    long position() {
        return position;
    }

    /** Bytes after {@link #position()} at the last poll (a record being written, or a cut file). */
    long tailBytes() {
        return tailBytes;
    }

    /** Reads what was appended; returns the number of events passed to the sink. */
    long poll(RawSink sink) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;   // removed or renamed by the writer: nothing to read now
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
        if (size < position) {
            // the file was replaced by a shorter one (a new run written under the same name): start again
            position = 0;
            header = null;
            reportedUpTo = 0;
        }
        if (size == position) {
            tailBytes = 0;
            return 0;
        }
        long n = 0;
        try (RawReader in = RawReader.open(file, position)) {
            RunHeader seen = null;
            for (RawEvent e; (e = in.next()) != null; ) {
                if (in.runHeader() != null && in.runHeader() != seen) {
                    seen = in.runHeader();
                    header = seen;
                    sink.runHeader(header);
                }
                if (header == null) {
                    continue;   // events before any run header (a file joined mid-run) cannot be interpreted
                }
                sink.event(e);
                n++;
            }
            if (in.runHeader() != null && in.runHeader() != seen) {
                // a run header with no event yet
                header = in.runHeader();
                sink.runHeader(header);
            }
            long end = in.position();
            for (RawDamage d : in.damage()) {
                if (d.offset() < end && d.offset() >= reportedUpTo) {
                    sink.damage(file.toString(), d);
                }
            }
            reportedUpTo = Math.max(reportedUpTo, end);
            position = end;
            tailBytes = size - end;
        }
        return n;
    }
}
