package na64.sim.downstream;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.ParticleHandler;
import na64.sim.event.EventRecord;
import na64.sim.event.EventTruth;
import na64.sim.hadron.HadronHandler;
import na64.sim.hadron.ForcedPunchThrough;
import na64.sim.hadron.HadronShower;
import na64.sim.muon.ChargedTransport;
import na64.sim.muon.MuonHandler;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.sim.run.DownstreamSimulator;
import na64.sim.signal.BiasedProcesses;
import na64.sim.signal.DarkBosonHandler;

/**
 * The downstream simulation of na64 (one instance per worker thread): the electromagnetic cascade
 * with parameterised sub-showers, muons, hadrons, the dark-sector signal and biased rare processes
 * through the calorimeters and counters of the setup ({@link DownstreamModel}), and the detector
 * response. Per event: the incoming particles are followed to the end, the bias weight goes to the
 * truth, and the calorimetry adds the signals to the event's deposits and the energy bookkeeping
 * to its truth: depositedTrue (energy left in the material, including the rest energy of particles
 * that stop: the beam electron, pair electrons, stopped muons and nucleons; minus that of atomic
 * electrons that annihilate), escapedLeakage, escapedInvisible. Their sum equals the energy of the
 * incoming particles.
 */
public final class CascadeDownstream implements DownstreamSimulator {
    private final DownstreamModel model;
    private final CascadeContext context;
    private final Cascade cascade;
    private final BiasedProcesses processes;
    /** Forced punch-through of the options (null: natural). */
    private final ForcedPunchThrough.Event punchThrough;

    public CascadeDownstream(DownstreamModel model) {
        this(model, model.rare());
    }

    /** With another set of rare processes (the unbiased pilot run). */
    CascadeDownstream(DownstreamModel model, na64.sim.signal.RareProcessModel rare) {
        this.model = model;
        this.context = new CascadeContext(model.physics());
        ChargedTransport transport = new ChargedTransport(model.physics().layout(), model.heavyMedia());
        HadronShower shower = new HadronShower(model.physics().layout(), model.hadronParameters());
        this.punchThrough = model.options().forcePunchThrough() == null ? null
                : new ForcedPunchThrough.Event(model.options().forcePunchThrough());
        shower.force(punchThrough);
        HadronHandler hadrons = new HadronHandler(transport, shower);
        MuonHandler muons = new MuonHandler(transport);
        Map<ParticleType, ParticleHandler> handlers = new EnumMap<>(ParticleType.class);
        handlers.put(ParticleType.MUON, muons);
        handlers.put(ParticleType.ANTIMUON, muons);
        for (ParticleType t : ParticleType.values()) {
            if (t.isHadron()) {
                handlers.put(t, hadrons);
            }
        }
        if (model.signal() != null) {
            handlers.put(ParticleType.DARK_BOSON, new DarkBosonHandler(model.signal(), model.fate(), model.options().signalDecayRegion()));
        }
        this.cascade = new Cascade(context, handlers);
        // photons absorbed by nuclei (real, or virtual from electronuclear interactions) give explicit hadrons
        this.processes = rare.newProcesses(new na64.sim.hadron.PhotonuclearProducts(model.physics().layout(),
                model.options().photonuclearBias().leadingShortKaon()));
        context.setRare(processes);
    }

    /** This thread's cascade context (for observers in validation runs). */
    public CascadeContext context() {
        return context;
    }

    public BiasedProcesses processes() {
        return processes;
    }

    @Override
    public void simulate(List<Particle> incoming, RandomGenerator rng, EventRecord event) {
        EventTruth truth = event.truth();
        context.setHits(event.hits());
        run(incoming, rng, truth);
        context.setHits(null);
        context.calorimetry().finish(event.deposits(), null, rng);
        truth.depositedTrue += context.calorimetry().deposited() + context.restEnergyKept();
        truth.escapedLeakage += context.calorimetry().leaked();
    }

    /** Follows the incoming particles (without detector response); the truth may be null. */
    public void run(List<Particle> incoming, RandomGenerator rng, EventTruth truth) {
        context.startEvent(rng, truth);
        if (punchThrough != null) {
            punchThrough.startEvent();
        }
        for (Particle p : incoming) {
            context.stack().push(p.type(), p.energy(), p.mass(), p.x(), p.y(), p.z(), p.ux(), p.uy(), p.uz());
        }
        cascade.run();
        processes.endEvent(context);
        if (punchThrough != null && truth != null) {
            truth.weight *= punchThrough.weight();
        }
    }

    @Override
    public Map<String, String> metadata() {
        return model.metadata();
    }
}
