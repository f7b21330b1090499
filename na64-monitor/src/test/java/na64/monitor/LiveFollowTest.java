package na64.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import na64.core.InputException;
import na64.monitor.fill.OfflineHistograms;
import na64.monitor.hist.HistogramSet;
import na64.monitor.live.RawFollower;
import na64.monitor.live.RawReplay;
import na64.monitor.state.MonitorSettings;
import na64.monitor.state.MonitorState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live path (a file that grows in uneven chunks, cut inside records, followed poll after
 * poll) against the offline path (the finished file read in one pass).
 */
class LiveFollowTest {
    @TempDir
    static Path dir;
    static Path raw;
    static final int RUN = 7;
    static final int EVENTS = 400;
    static final int PER_SPILL = 100;

    @BeforeAll
    static void simulate() {
        raw = TestRuns.raw(dir, "run", RUN, 11, EVENTS, PER_SPILL);
    }

    @Test
    void theOfflineHistogramsAreFilledAndReconstructed() {
        Map<Integer, Map<Integer, HistogramSet>> offline = OfflineHistograms.read(raw, 15, true, null);
        assertThat(offline.keySet()).containsExactly(RUN);
        assertThat(offline.get(RUN).keySet()).containsExactly(1, 2, 3, 4);
        HistogramSet s1 = offline.get(RUN).get(1);
        assertThat(s1.events()).isEqualTo(PER_SPILL);
        // every event has an ECAL energy; the toy shower keeps ~92 % of 100 GeV
        assertThat(s1.h1("ecal_energy").entries()).isEqualTo(PER_SPILL);
        assertThat(s1.h1("ecal_energy").mean()).isBetween(75.0, 100.0);
        // the beam hits the central ECAL cells: some channel fires in (nearly) every event
        double[] occ = s1.h1("wf.ECAL.occupancy").contents();
        assertThat(java.util.Arrays.stream(occ).max().orElse(0)).isGreaterThan(0.5 * PER_SPILL);
        assertThat(s1.h1("trigger").entries()).isPositive();
    }

    @Test
    void theMonitorsReconstructedAndHitHistogramsAgreeWithNa64ReconstructAndAHitCount() {
        // an independent path for the content: na64 reconstruct writes Parquet, read back and binned here
        Path reco = dir.resolve("run.reco.parquet");
        na64.reco.ReconstructionJob.run(new na64.reco.ReconstructionJob.Options(raw, reco, null,
                na64.reco.process.RecoConfig.defaults(), 1, true), na64.core.Progress.silent(EVENTS));
        HistogramSet monitor = OfflineHistograms.sum(OfflineHistograms.read(raw, 15, true, null));
        var ecal = monitor.h1("ecal_energy").emptyCopy();
        var hcal = monitor.h1("hcal_energy").emptyCopy();
        var momentum = monitor.h1("momentum").emptyCopy();
        for (na64.event.reco.RecoEvent e : na64.event.reco.RecoEventReader.readAll(reco)) {
            ecal.fill(e.ecal().energy());
            hcal.fill(e.hcalEnergy());
            momentum.fill(e.momentum());
        }
        assertThat(monitor.h1("ecal_energy").sameContents(ecal)).isTrue();
        assertThat(monitor.h1("hcal_energy").sameContents(hcal)).isTrue();
        assertThat(monitor.h1("momentum").sameContents(momentum)).isTrue();
        assertThat(momentum.entries()).isGreaterThan(EVENTS / 2);
        // every straw and strip hit of the file is in a hit map, counted here from the raw events
        long straws = 0;
        long strips = 0;
        try (na64.reco.raw.RawReader in = na64.reco.raw.RawReader.open(raw)) {
            for (na64.event.raw.RawEvent e; (e = in.next()) != null; ) {
                straws += e.straws().size();
                strips += e.strips().size();
            }
        }
        double tubes = 0;
        double stripMaps = 0;
        for (var h : monitor.all()) {
            if (h.name().startsWith("trk.") && h.name().endsWith(".tubes")) {
                tubes += ((na64.monitor.hist.Histogram1D) h).sumWeights();
            } else if (h.name().startsWith("trk.") && (h.name().endsWith(".x") || h.name().endsWith(".y"))) {
                stripMaps += ((na64.monitor.hist.Histogram1D) h).sumWeights();
            }
        }
        assertThat(straws).isPositive();
        assertThat(tubes).isEqualTo(straws);
        assertThat(stripMaps).isEqualTo(strips);
    }

    @Test
    void followingAGrowingFileCutInsideRecordsGivesTheOfflineHistograms() throws IOException {
        byte[] bytes = Files.readAllBytes(raw);
        Path live = dir.resolve("live.raw");
        MonitorState state = new MonitorState(MonitorSettings.defaults(), null);
        RawFollower follower = RawFollower.of(live);
        Random rng = new Random(3);
        int written = 0;
        int cutInsideARecord = 0;
        try (OutputStream out = Files.newOutputStream(live, StandardOpenOption.CREATE_NEW, StandardOpenOption.APPEND)) {
            while (written < bytes.length) {
                int n = Math.min(bytes.length - written, 1 + rng.nextInt(40_000));
                out.write(bytes, written, n);
                out.flush();
                written += n;
                follower.poll(state);
                assertThat(state.events()).as("events after %d of %d bytes", written, bytes.length)
                        .isEqualTo(completeEvents(bytes, written));
                if (follower.tailBytes() > 0) {
                    cutInsideARecord++;
                }
            }
        }
        assertThat(cutInsideARecord).as("polls that saw a partial record").isGreaterThan(10);
        state.finishOpenSpill();
        Map<Integer, HistogramSet> offline = OfflineHistograms.read(raw, 15, true, null).get(RUN);
        for (var e : offline.entrySet()) {
            HistogramSet liveSpill = state.withRun(RUN, r -> r.spill(e.getKey()));
            assertThat(liveSpill).as("spill %d", e.getKey()).isNotNull();
            assertThat(liveSpill.differences(e.getValue())).as("spill %d", e.getKey()).isEmpty();
        }
        HistogramSet total = state.withRun(RUN, r -> r.total());
        assertThat(total.differences(OfflineHistograms.sum(Map.of(RUN, offline)))).isEmpty();
        assertThat(state.damage()).isEmpty();
    }

    @Test
    void followingAPacedReplayWhileItIsWrittenGivesTheOfflineHistograms() throws Exception {
        Path live = dir.resolve("replayed.raw");
        MonitorState state = new MonitorState(MonitorSettings.defaults(), null);
        RawFollower follower = RawFollower.of(live);
        // 1200 spills per minute: a spill every 50 ms, written in 1000-byte blocks (records straddle them)
        java.util.concurrent.CompletableFuture<RawReplay.Result> replay =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> RawReplay.run(raw, live, 1200, 1000));
        int polls = 0;
        int partial = 0;
        while (!replay.isDone()) {
            follower.poll(state);
            polls++;
            partial += follower.tailBytes() > 0 ? 1 : 0;
            Thread.sleep(2);
        }
        RawReplay.Result r = replay.get();
        follower.poll(state);
        assertThat(r.events()).isEqualTo(EVENTS);
        assertThat(r.spills()).isEqualTo(EVENTS / PER_SPILL);
        assertThat(Files.mismatch(raw, live)).as("the replay writes the same bytes").isEqualTo(-1);
        state.finishOpenSpill();
        Map<Integer, HistogramSet> offline = OfflineHistograms.read(raw, 15, true, null).get(RUN);
        for (var e : offline.entrySet()) {
            HistogramSet liveSpill = state.withRun(RUN, x -> x.spill(e.getKey()));
            assertThat(liveSpill.differences(e.getValue())).as("spill %d (%d polls, %d saw a partial record)", e.getKey(),
                    polls, partial).isEmpty();
        }
        assertThat(state.damage()).isEmpty();
    }

    @Test
    void theReplayRejectsABadPaceAnExistingOutputAndAFileThatIsNotRaw() throws IOException {
        assertThatThrownBy(() -> RawReplay.run(raw, dir.resolve("x.raw"), 0, 1000))
                .isInstanceOf(InputException.class).hasMessageContaining("--pace").hasMessageContaining("60000");
        assertThatThrownBy(() -> RawReplay.run(raw, dir.resolve("x.raw"), 10, 0))
                .isInstanceOf(InputException.class).hasMessageContaining("--block");
        assertThatThrownBy(() -> RawReplay.run(raw, raw, 10, 1000)).isInstanceOf(InputException.class)
                .hasMessageContaining("exists");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not raw data");
        assertThatThrownBy(() -> RawReplay.run(text, dir.resolve("y.raw"), 10, 1000)).isInstanceOf(InputException.class)
                .hasMessageContaining("not a raw file");
    }

    @Test
    void aCorruptRecordInTheMiddleIsReportedOnceAndTheFollowingEventsAreRead() throws IOException {
        byte[] bytes = Files.readAllBytes(raw);
        int victim = 0;
        int off = 0;
        int events = 0;
        while (off < bytes.length) {   // the 150th event record: flip a byte in its payload
            int type = bytes[off + 4] & 0xFF;
            int len = (bytes[off + 8] & 0xFF) | (bytes[off + 9] & 0xFF) << 8 | (bytes[off + 10] & 0xFF) << 16
                    | (bytes[off + 11] & 0xFF) << 24;
            if (type == 3 && ++events == 150) {
                victim = off;
                break;
            }
            off += len;
        }
        bytes[victim + 100] ^= 0x10;
        Path live = dir.resolve("damaged-live.raw");
        MonitorState state = new MonitorState(MonitorSettings.defaults(), null);
        RawFollower follower = RawFollower.of(live);
        try (OutputStream out = Files.newOutputStream(live, StandardOpenOption.CREATE_NEW, StandardOpenOption.APPEND)) {
            for (int written = 0; written < bytes.length; ) {
                int n = Math.min(bytes.length - written, 7777);
                out.write(bytes, written, n);
                out.flush();
                written += n;
                follower.poll(state);
            }
        }
        assertThat(state.events()).isEqualTo(EVENTS - 1);
        assertThat(state.damage()).singleElement().asString().contains("BAD_CRC at byte " + victim);
    }

    @Test
    void aSpillSplitOverTwoFilesOfADirectoryEndsUpWhole() throws IOException {
        // a.raw: the first half of spill 1, then spills 2-4; b.raw (read after a.raw): the rest of spill 1
        Path split = Files.createDirectory(dir.resolve("split"));
        AlarmTest.rewrite(raw, split.resolve("a.raw"), e -> e.header().spill() == 1 && e.header().event() % 2 == 1 ? null : e);
        AlarmTest.rewrite(raw, split.resolve("b.raw"), e -> e.header().spill() == 1 && e.header().event() % 2 == 1 ? e : null);
        MonitorState state = new MonitorState(MonitorSettings.defaults(), null);
        RawFollower.of(split).poll(state);
        state.finishOpenSpill();
        Map<Integer, HistogramSet> offline = OfflineHistograms.read(raw, 15, true, null).get(RUN);
        long late = state.withRun(RUN, r -> r.lateEvents());
        assertThat(late).isEqualTo(PER_SPILL / 2);
        // the spill's histograms are whole (summed in another order: equal counts, the floating sums to rounding)
        HistogramSet spill1 = state.withRun(RUN, r -> r.spill(1));
        assertThat(spill1.events()).isEqualTo(PER_SPILL);
        assertThat(spill1.h1("wf.ECAL.occupancy").contents()).containsExactly(offline.get(1).h1("wf.ECAL.occupancy").contents());
        assertThat(spill1.h1("ecal_energy").contents()).containsExactly(offline.get(1).h1("ecal_energy").contents());
        assertThat(state.withRun(RUN, r -> r.total()).events()).isEqualTo(EVENTS);
        List<Integer> kept = state.withRun(RUN, r -> r.keptSpills());
        assertThat(kept).containsExactly(1, 2, 3, 4);
    }

    /** Events whose record lies wholly in the first {@code length} bytes, from the record frames alone. */
    static long completeEvents(byte[] b, int length) {
        long n = 0;
        int off = 0;
        while (off + 16 <= length) {
            int type = (b[off + 4] & 0xFF) | (b[off + 5] & 0xFF) << 8;
            int len = (b[off + 8] & 0xFF) | (b[off + 9] & 0xFF) << 8 | (b[off + 10] & 0xFF) << 16 | (b[off + 11] & 0xFF) << 24;
            if (off + len > length) {
                break;
            }
            if (type == 3) {
                n++;
            }
            off += len;
        }
        return n;
    }
}
