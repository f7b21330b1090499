package na64.analysis.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import na64.physics.Mediator;
import na64.reco.ReadoutFiles;
import na64.reco.process.RecoConfig;
import na64.analysis.chain.SimulationChain;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.conditions.ShowerProfile;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.geometry.SetupReadout;
import na64.sim.downstream.DownstreamModel;
import na64.physics.ParticleType;
import na64.sim.run.EventLoop;
import na64.sim.run.SimulationOptions;
import na64.detector.BeamSpec;
import na64.detector.Setup;
import na64.detector.Setups;
import na64.core.Progress;

/**
 * Produces a sample with the na64 libraries, in one process and without intermediate files: the
 * event loop of the simulation (beam line and downstream cascade, na64-sim) feeds the
 * digitisation and reconstruction (na64-reco {@link SimulationChain}), which writes the
 * reconstructed events.
 *
 * <p>The beam: the setup's own beam with its admixture for the pseudo-data, one species alone
 * otherwise. The "data" of the dimuon comparison is simulated with a detector whose calorimeter
 * gains differ from those the reconstruction assumes (the "true" conditions of the digitisation
 * are scaled by 1/scale, so the reconstructed energies come out scale times too high), as a
 * mis-calibrated detector would look in real data.
 */
public final class ChainProducer implements SampleProducer {
    /** Run number written into the samples (conditions are looked up with it). */
    private static final int RUN = 1;

    @Override
    public SampleSummary produce(SampleRequest r, Path file, ShowerProfile profile, int threads, Progress progress) {
        long start = System.nanoTime();
        produceRange(r, 0, r.events(), file, profile, threads, progress);
        return new SampleSummary(r, r.events(), file, (System.nanoTime() - start) * 1e-9);
    }

    /**
     * Events {@code first} .. {@code last}-1 of the sample into {@code file} (atomically): every
     * event's random streams derive from (sample seed, event number), so the ranges of a sample
     * produced apart (one per task of a cluster job) hold, range after range, the events of the
     * whole sample. Each call draws the sample's pile-up pool anew (the same pool: its own stream).
     */
    public void produceRange(SampleRequest r, long first, long last, Path file, ShowerProfile profile, int threads,
            Progress progress) {
        Setup base = Setups.loadOrRead(r.setup());
        ParticleType particle = BeamSpec.parseBeamParticle("particle", r.particle());
        BeamSpec beam = r.admixture() ? base.beam().with(particle, r.energy()) : pureBeam(base.beam(), particle, r.energy(), r.spot());
        Setup setup = base.withBeam(beam);
        SimulationOptions options = r.isSignal() ? signalOptions(setup, r) : new SimulationOptions(null, null, null, null, null,
                r.dimuonBias(), null, null);
        if (r.punchThrough() != null) {
            options = options.withForcedPunchThrough(r.punchThrough());
        }
        if (r.photonuclear() != null) {
            options = options.withPhotonuclearBias(r.photonuclear());
        }
        EventLoop loop = new EventLoop(setup, options, new na64.sim.downstream.CascadeDownstreamFactory(), r.forcedDecay(),
                r.upstreamNuclear() == null ? na64.sim.spectrometer.UpstreamNuclearOptions.NATURAL : r.upstreamNuclear());
        DigitizerConfig digitizer = DigitizerConfig.defaults();
        List<na64.event.SimEvent> pileupPool = List.of();
        if (r.pileup() != null && r.pileup().enabled()) {
            digitizer = digitizer.withPileup(true, r.pileup().intensity());
            pileupPool = pileupPool(base, r);
        }
        ConditionsProvider defaults = ReadoutFiles.defaultConditions(SetupReadout.from(setup, digitizer.pitches()));
        ConditionsProvider truth = trueConditions(defaults, r.variation());
        ConditionsProvider reco = profile == null ? null : run -> {
            Conditions c = defaults.forRun(run);
            return c.withShowerProfile(c.name() + " + ECAL shower profile of the study's calibration run", c.runs(), profile);
        };
        // the digitisation seed is derived from the sample seed, its own stream
        long digitizeSeed = na64.core.RandomStreams.forEvent(r.seed(), 0, na64.core.RandomStreams.label("digitize")).nextLong();
        java.util.Map<String, String> provenance = new java.util.LinkedHashMap<>(r.provenance());
        // the simulation's own options, the signal bias it chose among them
        options.metadata().forEach((k, v) -> provenance.put("na64.simulation." + k, v));
        if (first != 0 || last != r.events()) {
            provenance.put("na64.sample.part_events", "[" + first + ", " + last + ")");
        }
        try (SimulationChain chain = SimulationChain.open(setup, file, digitizeSeed, RUN, threads, digitizer, truth, reco,
                RecoConfig.defaults(), provenance, pileupPool)) {
            loop.run(first, last, r.seed(), threads, progress, chain);
            chain.commit();
        }
    }

    /**
     * The beam particles pile-up is drawn from: events of the setup's beam with its admixture at the
     * sample's energy, simulated on their own stream (derived from the sample's seed), independent
     * of the sample's events.
     */
    private static List<na64.event.SimEvent> pileupPool(Setup base, SampleRequest r) {
        BeamSpec beam = base.beam().with(base.beam().type(), r.energy());
        EventLoop loop = new EventLoop(base.withBeam(beam), new SimulationOptions(null, null, null, null, null, 1.0, null, null),
                new na64.sim.downstream.CascadeDownstreamFactory());
        long seed = na64.core.RandomStreams.forEvent(r.seed(), 0, na64.core.RandomStreams.label("pile-up pool")).nextLong();
        List<na64.event.SimEvent> pool = new ArrayList<>();
        loop.run(r.pileup().poolEvents(), seed, 1, Progress.silent(r.pileup().poolEvents()), pool::add);
        return pool;
    }

    /**
     * The signal, restricted to E_X above the request's minimum, with its bias chosen so that a
     * fraction {@code emitting} of the events emit:
     * B = -ln(1 - emitting) / depth, with the unbiased depth (expected emissions per beam particle)
     * from the simulation's pilot run. The weights of the biased events are exact for any B.
     */
    static SimulationOptions signalOptions(Setup setup, SampleRequest r) {
        Mediator mediator = Mediator.parse(r.signalModel());
        SimulationOptions unbiased = new SimulationOptions(mediator, r.signalDecay(), r.mass(), r.epsilon(),
                1.0, r.dimuonBias(), null, null, r.emissionMin(), null, null, null, null, r.darkSector(), r.photonCoupling());
        double depth = new DownstreamModel(setup, unbiased).signalDepth();
        double bias = depth > 0 ? Math.max(1, -Math.log(1 - r.emitting()) / depth) : 1;
        return new SimulationOptions(mediator, r.signalDecay(), r.mass(), r.epsilon(), bias, r.dimuonBias(),
                null, null, r.emissionMin(), null, null, r.signalDecayRegion(), null, r.darkSector(), r.photonCoupling());
    }

    /** The beam of one species only: the setup's optics and spread, its spot or a wider one, no admixture. */
    static BeamSpec pureBeam(BeamSpec b, ParticleType particle, double energy, Double spot) {
        BeamSpec.Sigma s = spot == null ? b.spot() : new BeamSpec.Sigma(spot, spot);
        return new BeamSpec(particle.cliName(), energy, b.momentumSpread(), b.tail(), s, b.divergence(), b.upstreamLength(), List.of());
    }

    /** The simulated detector's conditions: the defaults, with the HCAL and ECAL gains of the variation; null for none. */
    private static ConditionsProvider trueConditions(ConditionsProvider defaults, StudyConfig.Variation v) {
        if (v.hcalScale() == 1 && v.ecalScale() == 1) {
            return null;
        }
        return run -> {
            Conditions c = defaults.forRun(run);
            List<CalorimeterCalibration> changed = new ArrayList<>();
            for (CalorimeterCalibration cal : c.calorimeters().values()) {
                String name = cal.detector().toUpperCase(Locale.ROOT);
                double scale = name.startsWith("HCAL") ? v.hcalScale() : name.startsWith("ECAL") ? v.ecalScale() : 1;
                if (scale != 1) {
                    double[] gain = cal.gevPerAdc().clone();
                    for (int i = 0; i < gain.length; i++) {
                        gain[i] /= scale;
                    }
                    changed.add(cal.withGevPerAdc(gain));
                }
            }
            return c.with(c.name() + String.format(Locale.ROOT, " (HCAL x%.3g, ECAL x%.3g)", v.hcalScale(), v.ecalScale()),
                    c.runs(), changed);
        };
    }
}
