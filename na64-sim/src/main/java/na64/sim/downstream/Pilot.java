package na64.sim.downstream;

import java.util.List;
import na64.core.RandomStreams;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.detector.BeamSpec;

/**
 * A short unbiased run of the nominal beam particle into the setup, to measure the mean optical
 * depth of the signal processes per event (the expected number of emissions without bias), from
 * which the signal bias is chosen. Fixed seed, so the choice is reproducible.
 */
final class Pilot {
    private final DownstreamModel model;

    Pilot(DownstreamModel model) {
        this.model = model;
    }

    double meanSignalDepth(int events) {
        CascadeDownstream sim = new CascadeDownstream(model, model.unbiasedRare());
        BeamSpec beam = model.setup().beam();
        ParticleType type = beam.type();
        double z = model.setup().handoverZ() - 1e-3;
        double sum = 0;
        for (int i = 0; i < events; i++) {
            Particle p = Particle.of(type, beam.energy(), 0, 0, z, 0, 0, 1, 0);
            sim.run(List.of(p), RandomStreams.forEvent(0x9170L, i), null);
            sum += sim.processes().signalGroup().biasedDepth();
        }
        return sum / events;
    }
}
