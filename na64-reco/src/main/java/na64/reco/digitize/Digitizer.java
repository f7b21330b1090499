package na64.reco.digitize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.core.BuildInfo;
import na64.core.PoissonSampler;
import na64.core.RandomStreams;
import na64.event.raw.EventHeader;
import na64.event.raw.TruthLink;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.raw.StrawHits;
import na64.event.raw.StripHits;
import na64.event.raw.WaveformBlock;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.TrackerCalibration;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.Technology;
import na64.reco.geometry.TrackerReadout;
import na64.reco.geometry.WaveformDetector;

/**
 * From simulated deposits and true tracker crossings to raw events: the entry point of the
 * digitisation, for {@code na64 digitize} and for the one-process chain {@code na64 simulate --reco}.
 *
 * <pre>{@code
 * Digitizer digitizer = new Digitizer(geometry, trueConditions, DigitizerConfig.defaults(), pileup, seed, run);
 * RunHeader header = digitizer.runHeader(Map.of("input", "sim.parquet"));
 * RawEvent raw = digitizer.digitize(trueEvent);       // thread-safe; any order, any thread
 * }</pre>
 *
 * <p>Each event draws from its own random stream, {@code RandomStreams.forEvent(seed, event,
 * label("digitize"))}, so the result does not depend on threads or order. The spill structure:
 * event n is trigger (n mod eventsPerSpill) of spill 1 + n / eventsPerSpill, at a time in the
 * spill growing with n. With pile-up on, beam particles arrive as a Poisson process of rate
 * intensity / spill duration; those whose signals can reach the read-out windows are taken from
 * the {@link PileupSource} and overlaid at their arrival time.
 */
public final class Digitizer {
    private static final long STREAM = RandomStreams.label("digitize");

    private final ReadoutGeometry geometry;
    private final Conditions truth;
    private final DigitizerConfig config;
    private final PileupSource pileup;
    private final long seed;
    private final int run;
    private final RunHeader.WaveformBoard board;
    private final List<PmtDigitizer> pmts = new ArrayList<>();
    private final TrackerDigitizer trackers;
    private final TriggerLogic trigger;
    private final double pileupFrom;
    private final double pileupTo;

    /**
     * @param geometry       the setup's read-out
     * @param trueConditions the TRUE state of the simulated detector (gains, pedestals, r-t, ...)
     * @param config         digitisation parameters
     * @param pileup         pool of beam events for pile-up (may be null if pile-up is off)
     * @param seed           run seed of the digitisation
     * @param run            run number written into the headers
     */
    public Digitizer(ReadoutGeometry geometry, Conditions trueConditions, DigitizerConfig config, PileupSource pileup,
                     long seed, int run) {
        trueConditions.checkAgainst(geometry);
        if (config.pileup().enabled() && pileup == null) {
            throw new IllegalArgumentException("pile-up is on but no pile-up source was given");
        }
        this.geometry = geometry;
        this.truth = trueConditions;
        this.config = config;
        this.pileup = pileup;
        this.seed = seed;
        this.run = run;
        this.board = config.selectedBoard().toHeader();
        double longestTail = 0;
        for (int d = 0; d < geometry.detectors().size(); d++) {
            WaveformDetector det = geometry.detectors().get(d);
            var cal = trueConditions.calorimeter(det.name());
            pmts.add(new PmtDigitizer(d, det, cal, config.photoelectrons().get(det.type()), config.excessNoiseFactor(),
                    config.timeJitter(), board, config.zeroSuppression()));
            longestTail = Math.max(longestTail, cal.pulse().tailLength(1e-3));
        }
        this.trackers = new TrackerDigitizer(geometry, trueConditions, config);
        this.trigger = new TriggerLogic(geometry, config.trigger());
        double maxDrift = 0;
        for (TrackerReadout t : geometry.trackers()) {
            if (t.technology() == Technology.STRAW) {
                TrackerCalibration c = trueConditions.tracker(t.name());
                maxDrift = Math.max(maxDrift, c.t0() + c.rt().maxTime());
            }
        }
        double stripMin = Double.MAX_VALUE;
        double stripMax = -Double.MAX_VALUE;
        for (DigitizerConfig.StripResponse s : config.strips().values()) {
            stripMin = Math.min(stripMin, s.window().min());
            stripMax = Math.max(stripMax, s.window().max());
        }
        this.pileupFrom = Math.min(Math.min(-board.triggerSample() * board.period() - longestTail,
                config.straws().window().min() - maxDrift), stripMin);
        this.pileupTo = Math.max(Math.max((board.samples() - board.triggerSample()) * board.period(),
                config.straws().window().max()), stripMax);
    }

    /** The header of the run this digitiser writes. */
    public RunHeader runHeader(Map<String, String> provenance) {
        List<RunHeader.DetectorInfo> detectors = new ArrayList<>();
        for (WaveformDetector d : geometry.detectors()) {
            detectors.add(new RunHeader.DetectorInfo(d.name(), d.type().name(), d.channels()));
        }
        List<RunHeader.PlaneInfo> planes = new ArrayList<>();
        for (TrackerReadout t : geometry.trackers()) {
            planes.add(new RunHeader.PlaneInfo(t.name(), t.technology().cliName(), t.views(), t.channels()));
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("code", BuildInfo.describe());
        p.put("digitize.seed", Long.toString(seed));
        p.put("digitize.board", config.board());
        p.put("digitize.true_conditions", truth.name());
        p.put("digitize.pileup", config.pileup().enabled() ? "on, " + config.pileup().intensity() + " per spill" : "off");
        p.putAll(provenance);
        return new RunHeader(run, geometry.setup(), geometry.beamParticle(), geometry.beamMomentum(), 0, board,
                trackers.tdcLsb(), detectors, planes, p);
    }

    /** Mean number of pile-up particles overlaid per event. */
    public double meanPileup() {
        return config.pileup().enabled() ? config.pileup().ratePerNs() * (pileupTo - pileupFrom) : 0;
    }

    /** A beam particle overlaid on an event: its simulated event and arrival time relative to the trigger [ns]. */
    public record Overlay(TrueEvent event, double time) {
    }

    /** Digitises one event, with pile-up drawn from the pile-up source if pile-up is on. Thread-safe. */
    public RawEvent digitize(TrueEvent event) {
        SplittableRandom rng = RandomStreams.forEvent(seed, event.eventNumber(), STREAM);
        List<Overlay> overlays = new ArrayList<>();
        if (config.pileup().enabled()) {
            long extra = PoissonSampler.sample(rng, meanPileup());
            for (long i = 0; i < extra; i++) {
                TrueEvent e = pileup.pick(rng, event.eventNumber());
                overlays.add(new Overlay(e, pileupFrom + rng.nextDouble() * (pileupTo - pileupFrom)));
            }
        }
        return digitize(event, overlays, rng);
    }

    /**
     * Digitises one event with the given overlaid particles (for pile-up studies with chosen
     * arrival times). Thread-safe; the random stream is the event's.
     */
    public RawEvent digitize(TrueEvent event, List<Overlay> overlays) {
        return digitize(event, overlays, RandomStreams.forEvent(seed, event.eventNumber(), STREAM));
    }

    private RawEvent digitize(TrueEvent event, List<Overlay> overlays, SplittableRandom rng) {
        int perSpill = config.pileup().eventsPerSpill();
        long n = event.eventNumber();
        int spill = (int) (1 + Math.floorDiv(n, perSpill));
        long inSpill = Math.floorMod(n, perSpill);
        long timeInSpill = (long) ((inSpill + rng.nextDouble()) * config.pileup().spillSeconds() * 1e9 / perSpill);
        double phase = rng.nextDouble() * board.period();

        List<TrueEvent> sources = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        sources.add(event);
        times.add(0.0);
        for (Overlay o : overlays) {
            sources.add(o.event());
            times.add(o.time());
        }
        List<WaveformBlock> blocks = new ArrayList<>(pmts.size());
        for (int d = 0; d < pmts.size(); d++) {
            List<PmtDigitizer.Contribution> contributions = new ArrayList<>(sources.size());
            for (int s = 0; s < sources.size(); s++) {
                contributions.add(new PmtDigitizer.Contribution(sources.get(s).deposits()[d], times.get(s)));
            }
            WaveformBlock b = pmts.get(d).digitize(contributions, phase, rng);
            if (b.channelCount() > 0) {
                blocks.add(b);
            }
        }
        List<TrackerDigitizer.TimedHit> hits = new ArrayList<>();
        boolean applyEfficiency = !event.efficiencyApplied();
        for (int s = 0; s < sources.size(); s++) {
            for (TrueHit h : sources.get(s).hits()) {
                hits.add(new TrackerDigitizer.TimedHit(h, times.get(s)));
            }
            applyEfficiency &= !sources.get(s).efficiencyApplied();
        }
        StripHits strips = trackers.digitizeStrips(hits, applyEfficiency, rng);
        StrawHits straws = trackers.digitizeStraws(hits, applyEfficiency, rng);
        TruthLink truthRecord = event.truth() == null ? null : event.truth().withPileup(overlays.size());
        EventHeader header = new EventHeader(run, spill, n, timeInSpill, trigger.word(event), phase);
        return new RawEvent(header, blocks, strips, straws, truthRecord);
    }
}
