package na64.monitor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.core.Check;
import na64.core.InputException;
import na64.event.raw.EventHeader;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.monitor.live.RawFollower;
import na64.monitor.state.MonitorState;
import na64.reco.raw.RawReader;
import na64.reco.raw.RawWriter;

/**
 * An accelerated replay of many spills through the live path, to show that the monitor's memory
 * does not grow with the length of a run: the events of a sample file are written again and
 * again, renumbered into spills 1..N, one spill file per spill into a directory (the two most
 * recent are kept, older ones deleted as a DAQ moves them to storage); the monitor follows the
 * directory. After every {@code every} spills the heap in use after a full collection is recorded.
 */
public final class MemoryReplay {
    /** Heap in use after spill {@code spill}. */
    public record Point(int spill, long events, double heapMegabytes) {
    }

    /** The run of the replay. */
    public record Result(int spills, int eventsPerSpill, long events, double seconds, List<Point> heap) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("spills", spills);
            m.put("events_per_spill", eventsPerSpill);
            m.put("events", events);
            m.put("seconds", seconds);
            m.put("events_per_second", events / seconds);
            List<Map<String, Object>> h = new ArrayList<>();
            for (Point p : heap) {
                h.add(Map.of("spill", p.spill(), "heap_MB", p.heapMegabytes()));
            }
            m.put("heap_after_gc", h);
            return m;
        }
    }

    private MemoryReplay() {
    }

    /**
     * @param sample         raw file whose events are replayed (read once into memory: keep it small)
     * @param dir            empty directory for the spill files
     * @param state          the monitor to feed
     * @param spills         spills to replay
     * @param eventsPerSpill events per spill
     * @param every          spills between heap measurements
     */
    public static Result run(Path sample, Path dir, MonitorState state, int spills, int eventsPerSpill, int every) {
        Check.positive("--spills", spills);
        Check.positive("--events-per-spill", eventsPerSpill);
        Check.positive("every", every);
        List<RawEvent> events = new ArrayList<>();
        RunHeader header;
        try (RawReader in = RawReader.open(sample)) {
            header = in.runHeader();
            if (header == null) {
                throw new InputException("--sample", "--sample: " + sample + " is not a raw file of na64");
            }
            for (RawEvent e; (e = in.next()) != null && events.size() < 5000; ) {
                events.add(e);
            }
        }
        if (events.isEmpty()) {
            throw new InputException("--sample", "--sample: " + sample + " has no events");
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        RawFollower follower = RawFollower.of(dir);
        List<Point> heap = new ArrayList<>();
        long n = 0;
        long start = System.nanoTime();
        for (int s = 1; s <= spills; s++) {
            Path file = dir.resolve(String.format("run%06d-spill%06d.raw", header.run(), s));
            try (RawWriter w = RawWriter.create(file)) {
                w.write(header);
                for (int i = 0; i < eventsPerSpill; i++) {
                    RawEvent e = events.get((int) (n % events.size()));
                    EventHeader h = e.header();
                    w.write(new RawEvent(new EventHeader(h.run(), s, n, h.timeInSpill(), h.triggerWord(), h.triggerPhase()),
                            e.waveforms(), e.strips(), e.straws(), e.truth()));
                    n++;
                }
                w.finish();
            }
            follower.poll(state);
            delete(dir.resolve(String.format("run%06d-spill%06d.raw", header.run(), s - 2)));
            if (s % every == 0 || s == 1) {
                memory.gc();
                heap.add(new Point(s, n, memory.getHeapMemoryUsage().getUsed() / 1e6));
            }
        }
        state.finishOpenSpill();
        return new Result(spills, eventsPerSpill, n, (System.nanoTime() - start) * 1e-9, heap);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
