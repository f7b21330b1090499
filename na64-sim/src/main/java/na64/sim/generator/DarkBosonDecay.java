package na64.sim.generator;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.physics.model.Channel;
import na64.physics.model.DarkSectorModel;
import na64.sim.signal.DecayChannels;
import na64.sim.signal.TwoBodyDecay;

/**
 * Adds the decay of X to an event when X decays visibly: it flies a distance drawn from its
 * model's total width ({@link DecayChannels#flight}), then decays isotropically in its rest frame
 * ({@link TwoBodyDecay}) into a channel chosen by partial width, as in the cascade. An invisible X
 * (or one without a visible channel) is left in the final state.
 */
public final class DarkBosonDecay {
    private static final double CM_TO_MM = 10;

    private final DarkSectorModel model;
    private final DecayChannels channels;
    private final boolean visible;
    private final TwoBodyDecay decay = new TwoBodyDecay();

    /**
     * @param visible whether X decays into SM particles (false: X -> invisible, X stays in the final state)
     */
    public DarkBosonDecay(DarkSectorModel model, boolean visible) {
        this.model = model;
        this.channels = new DecayChannels(model, true);
        this.visible = visible && channels.any();
    }

    /** Whether this X gets decay products. */
    public boolean visible() {
        return visible;
    }

    /** The model X follows. */
    public DarkSectorModel model() {
        return model;
    }

    /** If X (particle {@code x} of the event, produced at vertex {@code from}) decays visibly, adds the decay. */
    public void attach(GeneratorEvent.Builder event, int x, RandomGenerator rng) {
        if (!visible) {
            return;
        }
        GeneratorParticle boson = event.particle(x);
        GeneratorVertex from = event.vertexAt(boson.productionVertex());
        double p = boson.momentum();
        double d = CM_TO_MM * DecayChannels.flight(boson.e(), boson.mass(), model.decays().total(), rng);
        if (!Double.isFinite(d)) {
            return;
        }
        double ux = boson.px() / p;
        double uy = boson.py() / p;
        double uz = boson.pz() / p;
        // c t = d / beta = d E / p
        int vertex = event.vertex(from.x() + d * ux, from.y() + d * uy, from.z() + d * uz, from.t() + d * boson.e() / p,
                List.of(x));
        event.decayed(x);
        Channel c = channels.pick(rng);
        double m = DecayChannels.daughterMass(c);
        var types = DecayChannels.daughters(c);
        decay.decay(boson.e(), boson.mass(), m, m, ux, uy, uz, rng);
        double[] o = decay.out;
        for (int k = 0; k < 2; k++) {
            double e = o[4 * k];
            double q = Math.sqrt(Math.max(0, (e - m) * (e + m)));
            event.outgoing(vertex, types[k].pdg(), q * o[4 * k + 1], q * o[4 * k + 2], q * o[4 * k + 3], e, m);
        }
    }
}
