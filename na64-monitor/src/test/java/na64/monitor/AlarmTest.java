package na64.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import na64.event.raw.RawEvent;
import na64.event.raw.StrawHits;
import na64.event.raw.WaveformBlock;
import na64.monitor.alarm.Alarm;
import na64.monitor.fill.OfflineHistograms;
import na64.monitor.hist.HistogramSet;
import na64.core.InputException;
import na64.monitor.live.DeadChannel;
import na64.monitor.live.RawFollower;
import na64.monitor.live.RawReplay;
import na64.monitor.state.MonitorSettings;
import na64.monitor.state.MonitorState;
import na64.reco.raw.RawReader;
import na64.reco.raw.RawWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alarms of a replayed run: a good run raises none; a fault injected into the raw events from
 * spill 3 on (a dead ECAL channel, a noisy straw tube, pulses one sample late, most events of a
 * spill lost) raises its alarm in spills 3 and 4 only, and no other.
 */
class AlarmTest {
    @TempDir
    static Path dir;
    static Path good;
    static HistogramSet reference;
    static int ecal;
    static int beamCell;
    static final int RUN = 7;

    @BeforeAll
    static void simulate() {
        Path ref = TestRuns.raw(dir, "ref", 5, 21, 400, 100);
        good = TestRuns.raw(dir, "good", RUN, 11, 400, 100);
        reference = OfflineHistograms.sum(OfflineHistograms.read(ref, 15, true, null));
        double[] occ = reference.h1("wf.ECAL.occupancy").contents();
        beamCell = 0;
        for (int c = 0; c < occ.length; c++) {
            beamCell = occ[c] > occ[beamCell] ? c : beamCell;
        }
        try (RawReader in = RawReader.open(ref)) {
            ecal = in.runHeader().detectorId("ECAL");
        }
    }

    static List<Alarm> alarms(Path raw, boolean withReference) {
        MonitorState state = new MonitorState(MonitorSettings.defaults(), null);
        if (withReference) {
            state.reference(reference, "ref");
        }
        RawFollower.of(raw).poll(state);
        state.finishOpenSpill();
        return state.withRun(RUN, r -> r.alarms());
    }

    @Test
    void aGoodRunRaisesNoAlarmAgainstTheReferenceNorAgainstItsOwnSpills() {
        assertThat(alarms(good, true)).isEmpty();
        assertThat(alarms(good, false)).isEmpty();
    }

    @Test
    void aDeadEcalChannelRaisesItsAlarmFromTheSpillItDied() {
        Path dead = rewrite("dead.raw", e -> e.header().spill() < 3 ? e : withWaveforms(e, b -> b.detector() != ecal ? b
                : flatten(b, beamCell)));
        for (boolean withReference : new boolean[] {true, false}) {
            List<Alarm> a = alarms(dead, withReference);
            assertThat(a).as("with reference: %s", withReference).isNotEmpty()
                    .allSatisfy(x -> {
                        assertThat(x.kind()).isEqualTo(Alarm.Kind.DEAD_CHANNEL);
                        assertThat(x.detector()).isEqualTo("ECAL");
                        assertThat(x.channel()).isEqualTo(beamCell);
                    });
            assertThat(a.stream().map(Alarm::spill)).containsExactly(3, 4);
        }
    }

    @Test
    void aChannelMadeDeadInTheReplayRaisesItsAlarm() {
        Path ecalDead = dir.resolve("replay-ecal-dead.raw");
        RawReplay.run(good, ecalDead, RawReplay.MAX_PACE, 1 << 16, List.of(new DeadChannel("ECAL", beamCell, 3)));
        assertThat(alarms(ecalDead, true)).extracting(Alarm::kind, Alarm::detector, Alarm::channel, Alarm::spill)
                .containsExactly(tuple(Alarm.Kind.DEAD_CHANNEL, "ECAL", beamCell, 3),
                        tuple(Alarm.Kind.DEAD_CHANNEL, "ECAL", beamCell, 4));
        // the busiest tube of the first straw plane, from spill 2
        double[] tubes = reference.h1("trk.ST1X.tubes").contents();
        int busiest = 0;
        for (int t = 0; t < tubes.length; t++) {
            busiest = tubes[t] > tubes[busiest] ? t : busiest;
        }
        Path tubeDead = dir.resolve("replay-tube-dead.raw");
        RawReplay.run(good, tubeDead, RawReplay.MAX_PACE, 1 << 16, List.of(DeadChannel.parse("--dead", "ST1X:" + busiest + "@2")));
        assertThat(alarms(tubeDead, true)).extracting(Alarm::kind, Alarm::detector, Alarm::channel, Alarm::spill)
                .containsExactly(tuple(Alarm.Kind.DEAD_CHANNEL, "ST1X", busiest, 2),
                        tuple(Alarm.Kind.DEAD_CHANNEL, "ST1X", busiest, 3), tuple(Alarm.Kind.DEAD_CHANNEL, "ST1X", busiest, 4));
    }

    @Test
    void aBadDeadChannelIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> DeadChannel.parse("--dead", "ECAL")).isInstanceOf(InputException.class)
                .hasMessageContaining("NAME:CHANNEL[@SPILL]");
        assertThatThrownBy(() -> RawReplay.run(good, dir.resolve("never.raw"), 10, 100, List.of(new DeadChannel("ECAL", 9999, 1))))
                .isInstanceOf(InputException.class).hasMessageContaining("--dead").hasMessageContaining("0 .. ");
        assertThatThrownBy(() -> RawReplay.run(good, dir.resolve("never.raw"), 10, 100, List.of(new DeadChannel("XCAL", 1, 1))))
                .isInstanceOf(InputException.class).hasMessageContaining("XCAL").hasMessageContaining("ECAL");
    }

    @Test
    void aNoisyStrawTubeIsHot() {
        Path noisy = rewrite("noisy.raw", e -> e.header().spill() < 3 ? e : withStraw(e, 2, 0, 17, 150));
        List<Alarm> a = alarms(noisy, true);
        assertThat(a).isNotEmpty().allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Alarm.Kind.HOT_CHANNEL);
            assertThat(x.channel()).isEqualTo(17);
        });
        assertThat(a.stream().map(Alarm::spill)).containsExactly(3, 4);
    }

    @Test
    void pulsesOneSampleLateShiftTheTiming() {
        Path late = rewrite("late.raw", e -> e.header().spill() < 3 ? e : withWaveforms(e, b -> b.detector() != ecal ? b
                : delay(b)));
        List<Alarm> a = alarms(late, true);
        assertThat(a).isNotEmpty().allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Alarm.Kind.TIMING_SHIFT);
            assertThat(x.detector()).isEqualTo("ECAL");
            assertThat(x.observed() - x.expected()).isBetween(8.0, 17.0);   // one sample: 12.5 ns
        });
        assertThat(a.stream().map(Alarm::spill)).containsExactly(3, 4);
    }

    @Test
    void aSpillWithMostEventsLostIsARateDrop() {
        Path lossy = rewrite("lossy.raw", e -> e.header().spill() == 4 && e.header().event() % 4 != 0 ? null : e);
        List<Alarm> a = alarms(lossy, true);
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Alarm.Kind.RATE_DROP);
            assertThat(x.spill()).isEqualTo(4);
            assertThat(x.observed()).isEqualTo(25);
            assertThat(x.expected()).isEqualTo(100);
        });
    }

    /** The good run with every event transformed (null: dropped). */
    static Path rewrite(String name, UnaryOperator<RawEvent> f) {
        return rewrite(good, dir.resolve(name), f);
    }

    /** A raw file with every event transformed (null: dropped). */
    static Path rewrite(Path from, Path out, UnaryOperator<RawEvent> f) {
        try (RawReader in = RawReader.open(from); RawWriter w = RawWriter.create(out)) {
            w.write(in.runHeader());
            for (RawEvent e; (e = in.next()) != null; ) {
                RawEvent t = f.apply(e);
                if (t != null) {
                    w.write(t);
                }
            }
            w.finish();
        }
        return out;
    }

    static RawEvent withWaveforms(RawEvent e, UnaryOperator<WaveformBlock> f) {
        return new RawEvent(e.header(), e.waveforms().stream().map(f).toList(), e.strips(), e.straws(), e.truth());
    }

    /** The channel reads its first sample in every sample: no pulse. */
    static WaveformBlock flatten(WaveformBlock b, int channel) {
        short[] s = b.samples().clone();
        for (int i = 0; i < b.channelCount(); i++) {
            if (b.channels()[i] == channel) {
                int n = b.samplesPerChannel();
                Arrays.fill(s, i * n, (i + 1) * n, s[i * n]);
            }
        }
        return new WaveformBlock(b.detector(), b.samplesPerChannel(), b.channels(), s);
    }

    /** Every channel one sample later (the first sample repeated). */
    static WaveformBlock delay(WaveformBlock b) {
        short[] s = b.samples().clone();
        int n = b.samplesPerChannel();
        for (int i = 0; i < b.channelCount(); i++) {
            System.arraycopy(b.samples(), i * n, s, i * n + 1, n - 1);
        }
        return new WaveformBlock(b.detector(), n, b.channels(), s);
    }

    static RawEvent withStraw(RawEvent e, int plane, int layer, int tube, int tdc) {
        StrawHits h = e.straws();
        int n = h.size();
        int[] p = Arrays.copyOf(h.plane(), n + 1);
        int[] l = Arrays.copyOf(h.layer(), n + 1);
        int[] t = Arrays.copyOf(h.tube(), n + 1);
        int[] d = Arrays.copyOf(h.tdc(), n + 1);
        p[n] = plane;
        l[n] = layer;
        t[n] = tube;
        d[n] = tdc;
        return new RawEvent(e.header(), e.waveforms(), e.strips(), new StrawHits(p, l, t, d), e.truth());
    }

}
