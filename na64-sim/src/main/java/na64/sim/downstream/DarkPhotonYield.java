package na64.sim.downstream;

import java.util.Map;
import na64.core.Check;
import na64.core.InputException;
import na64.core.Progress;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.brem.Approximation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.model.DarkSectorModel;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Layout;
import na64.sim.event.EventTruth;
import na64.physics.ParticleType;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;
import na64.sim.signal.BiasedProcesses;
import na64.sim.signal.DarkBosonHandler;
import na64.sim.signal.DarkBremYield;
import na64.sim.signal.RareProcessModel;

/**
 * The number of dark bosons X with E_X above a threshold produced per beam particle on target and
 * per eps^2 by the full cascade in a setup (bremsstrahlung of every e+- of the shower, and resonant
 * annihilation of its positrons when E_R + m_e exceeds the threshold). Two estimates from the same
 * events:
 * <ul>
 * <li>biased emission (the simulation's own machinery): bremsstrahlung restricted to E_X above the
 *     threshold, bias B chosen from a pilot run so that about half of the events emit, yield =
 *     sum of the exact weights over events with an emission / events / eps^2 ({@link
 *     na64.sim.signal.BiasGroup});</li>
 * <li>track length: the expected number of emissions of each event computed from its e+- track
 *     lengths and the cross section above the threshold ({@link DarkBremYield}; bremsstrahlung only),
 *     in a second, unbiased run of as many events (an emission removes energy from the shower, so
 *     the track lengths of the biased run are not those of the unperturbed shower).</li>
 * </ul>
 * The coupling used internally is eps = 1e-4; yields scale with eps^2. The cascade's cut is at most
 * the threshold (every e+- that can emit above it is followed).
 */
public final class DarkPhotonYield {
    private static final double EPSILON = 1e-4;
    private static final int PILOT_EVENTS = 30;
    /** The biased optical depth aimed at per event: about half of the events emit. */
    private static final double TARGET_DEPTH = 0.7;

    /**
     * The result, per beam particle and per eps^2.
     *
     * @param yield              biased-emission estimate (bremsstrahlung + annihilation)
     * @param statUnc            its statistical uncertainty (1 sigma)
     * @param bremsstrahlung     the bremsstrahlung part
     * @param annihilation       the annihilation part (0 when E_R + m_e is below the threshold)
     * @param trackLength        track-length estimate of the bremsstrahlung part
     * @param trackLengthUnc     its statistical uncertainty
     * @param events             events simulated
     * @param emittingFraction   fraction of events with an (biased) emission
     * @param bias               the bias factor B used
     * @param cutEnergy          the cascade's cut energy [GeV]
     * @param resonanceEnergy    E_R of resonant annihilation [GeV]
     */
    public record Result(double yield, double statUnc, double bremsstrahlung, double annihilation,
                         double trackLength, double trackLengthUnc, long events, double emittingFraction,
                         double bias, double cutEnergy, double resonanceEnergy) {
    }

    private DarkPhotonYield() {
    }

    public static Result compute(Setup setup, ParticleType beam, double energy, Mediator mediator, double mass,
                                 double minEnergy, long events, long seed, Progress progress) {
        Check.positive("energy", energy);
        Check.positive("mass", mass);
        Check.positive("emiss-min", minEnergy);
        Check.positive("events", events);
        if (beam != ParticleType.ELECTRON && beam != ParticleType.POSITRON) {
            throw InputException.outOfRange("beam", beam.cliName(), "e- or e+");
        }
        if (!(minEnergy < energy)) {
            throw InputException.outOfRange("emiss-min", minEnergy, "< the beam energy " + energy + " GeV");
        }
        if (!(mass < minEnergy)) {
            throw InputException.outOfRange("mass", mass, "< emiss-min = " + minEnergy + " GeV");
        }
        DarkSectorModel model = DownstreamModel.signalModel(mediator, mass, EPSILON, SimulationOptions.SignalDecay.INVISIBLE);
        Layout layout = SetupLayout.of(setup);
        double cut = Math.min(CascadeConfig.DEFAULT_CUT, minEnergy);
        CascadePhysics physics = new CascadePhysics(layout, CascadeConfig.defaults().withCut(cut));
        double er = new ResonantAnnihilation(model).resonanceEnergy();
        boolean annihilation = er + PhysicalConstants.ELECTRON_MASS > minEnergy && er < energy;
        RareProcessModel unbiased = RareProcessModel.builder(physics).signal(model, annihilation, 1, minEnergy).build();
        double z = setup.handoverZ() - 1e-3;

        // pilot: the mean unbiased optical depth of the signal per event
        Run pilot = new Run(physics, unbiased, model);
        double depth = 0;
        for (int i = 0; i < PILOT_EVENTS; i++) {
            pilot.event(beam, energy, z, RandomStreams.forEvent(seed, i, RandomStreams.label("yield-pilot")));
            depth += pilot.processes.signalGroup().biasedDepth();
        }
        depth /= PILOT_EVENTS;
        if (!(depth > 0)) {
            return new Result(0, 0, 0, 0, 0, 0, events, 0, 1, cut, er);
        }
        double bias = Math.max(1, TARGET_DEPTH / depth);
        Run run = new Run(physics, unbiased.withSignalBias(bias), model);
        DarkBremYield expected = new DarkBremYield(physics, DarkBrem.of(Lepton.ELECTRON, mediator, Approximation.ETL,
                FluxModel.ELASTIC), mass, EPSILON, minEnergy, allVolumes(layout));
        Run reference = new Run(physics, unbiased, model);
        reference.context.setObserver(expected);
        long referenceStream = RandomStreams.label("yield-track-length");
        double sw = 0;
        double sw2 = 0;
        double brem = 0;
        double ann = 0;
        double st = 0;
        double st2 = 0;
        long emitting = 0;
        for (long i = 0; i < events; i++) {
            EventTruth t = run.event(beam, energy, z, RandomStreams.forEvent(seed, i));
            double w = t.emission != EventTruth.Emission.NONE && t.emissionEnergy > minEnergy ? t.weight : 0;
            if (t.emission != EventTruth.Emission.NONE) {
                emitting++;
            }
            sw += w;
            sw2 += w * w;
            if (t.emission == EventTruth.Emission.ANNIHILATION) {
                ann += w;
            } else {
                brem += w;
            }
            reference.event(beam, energy, z, RandomStreams.forEvent(seed, i, referenceStream));
            double y = expected.takeEvent();
            st += y;
            st2 += y * y;
            if (progress != null) {
                progress.advance(1);
            }
        }
        double eps2 = EPSILON * EPSILON;
        double mean = sw / events;
        double err = events > 1 ? Math.sqrt(Math.max(0, sw2 / events - mean * mean) / (events - 1)) : 0;
        double tl = st / events;
        double tlErr = events > 1 ? Math.sqrt(Math.max(0, st2 / events - tl * tl) / (events - 1)) : 0;
        return new Result(mean / eps2, err / eps2, brem / events / eps2, ann / events / eps2, tl / eps2, tlErr / eps2,
                events, (double) emitting / events, bias, cut, er);
    }

    private static int[] allVolumes(Layout layout) {
        int[] v = new int[layout.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return v;
    }

    /** One thread's cascade with the signal processes. */
    private static final class Run {
        final CascadeContext context;
        final Cascade cascade;
        final BiasedProcesses processes;
        final EventTruth truth = new EventTruth();

        Run(CascadePhysics physics, RareProcessModel rare, DarkSectorModel model) {
            context = new CascadeContext(physics);
            processes = rare.newProcesses(HadronicInteraction.LOCAL);
            context.setRare(processes);
            cascade = new Cascade(context, Map.of(ParticleType.DARK_BOSON,
                    new DarkBosonHandler(model, DarkBosonHandler.Fate.INVISIBLE)));
        }

        EventTruth event(ParticleType beam, double energy, double z, java.util.random.RandomGenerator rng) {
            truth.clear();
            context.startEvent(rng, truth);
            context.stack().push(beam, energy, 0, 0, z, 0, 0, 1);
            cascade.run();
            processes.endEvent(context);
            return truth;
        }
    }
}
