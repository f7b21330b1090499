package na64.monitor.live;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import na64.core.InputException;
import na64.event.raw.RawEvent;
import na64.reco.raw.RawReader;
import na64.reco.raw.RawWriter;

/**
 * Replays a raw file at data-taking speed, for demonstrations and tests of the online monitor:
 * the records are written into the output file (visible at once, not renamed at the end), spill
 * after spill, each spill starting {@code 60 / spillsPerMinute} s after the previous one, in
 * blocks of a fixed size as a DAQ writes its buffers (so a follower sees partial records). The
 * run header, the events and their spill numbers are those of the input.
 */
public final class RawReplay {
    /** What a replay did. */
    public record Result(long events, int spills, long bytes, double seconds) {
    }

    /** Largest pace: one spill per millisecond. */
    public static final double MAX_PACE = 60_000;

    private RawReplay() {
    }

    /**
     * @param in              complete raw file
     * @param out             file to write (must not exist: a replay never overwrites data)
     * @param spillsPerMinute pace, (0, {@value #MAX_PACE}]
     * @param blockBytes      bytes per write, 1 .. 64 MiB
     * @return what was written
     */
    public static Result run(Path in, Path out, double spillsPerMinute, int blockBytes) {
        return run(in, out, spillsPerMinute, blockBytes, java.util.List.of());
    }

    /** As {@link #run(Path, Path, double, int)}, with channels made dead (option {@code --dead}). */
    public static Result run(Path in, Path out, double spillsPerMinute, int blockBytes, java.util.List<DeadChannel> dead) {
        if (!(spillsPerMinute > 0 && spillsPerMinute <= MAX_PACE)) {
            throw InputException.outOfRange("--pace", spillsPerMinute, "(0, " + (long) MAX_PACE + "] spills per minute");
        }
        if (blockBytes < 1 || blockBytes > (64 << 20)) {
            throw InputException.outOfRange("--block", blockBytes, "1 .. 67108864 bytes");
        }
        if (Files.exists(out)) {
            throw new InputException("--out", "--out: " + out + " exists; the replay writes a new file");
        }
        long periodNanos = (long) (60e9 / spillsPerMinute);
        long start = System.nanoTime();
        try (RawReader reader = RawReader.open(in)) {
            if (reader.runHeader() == null) {
                throw new InputException("IN", "IN.raw: " + in + " does not start with a run header: not a raw file of na64");
            }
            dead.forEach(d -> d.check("--dead", reader.runHeader()));
            try (OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 BlockOutputStream blocks = new BlockOutputStream(file, blockBytes)) {
                RawWriter writer = RawWriter.to(blocks);
                writer.write(reader.runHeader());
                long events = 0;
                int spills = 0;
                int spill = Integer.MIN_VALUE;
                var header = reader.runHeader();
                for (RawEvent e; (e = reader.next()) != null; ) {
                    if (reader.runHeader() != header) {
                        header = reader.runHeader();
                        writer.write(header);
                        for (DeadChannel d : dead) {
                            d.check("--dead", header);
                        }
                    }
                    for (DeadChannel d : dead) {
                        e = d.apply(e, header);
                    }
                    if (e.header().spill() != spill) {
                        if (spills > 0) {
                            blocks.drain();
                            sleepUntil(start + spills * periodNanos);
                        }
                        spill = e.header().spill();
                        spills++;
                    }
                    writer.write(e);
                    events++;
                }
                writer.finish();
                blocks.drain();
                return new Result(events, spills, writer.bytes(), (System.nanoTime() - start) * 1e-9);
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + out, ex);
            }
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("replay interrupted", ex);
            }
        }
    }
}
