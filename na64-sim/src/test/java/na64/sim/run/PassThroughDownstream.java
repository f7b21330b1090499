package na64.sim.run;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.sim.event.EventRecord;
import na64.detector.CellGrid;
import na64.sim.particle.Particle;
import na64.detector.Calorimeter;
import na64.detector.Setup;

/**
 * TEST ONLY: a trivial downstream simulation that puts the whole energy of every incoming
 * particle into the target-calorimeter cell it points at (first section), and books particles
 * missing the target as leakage. It conserves energy exactly and uses the random stream, which
 * is what the event-loop tests need; it is not physics.
 */
public final class PassThroughDownstream implements DownstreamSimulator {
    private final int target;
    private final CellGrid grid;
    private final double zTarget;

    PassThroughDownstream(Setup setup) {
        Calorimeter t = setup.targetCalorimeter();
        this.target = setup.detectors().stream().map(Setup.Detector::name).toList().indexOf(t.name());
        this.grid = t.cellGrid();
        this.zTarget = t.zFront();
    }

    @Override
    public void simulate(List<Particle> incoming, RandomGenerator rng, EventRecord event) {
        for (Particle p : incoming) {
            double dz = zTarget - p.z();
            int cell = grid.cellAt(p.x() + p.ux() / p.uz() * dz, p.y() + p.uy() / p.uz() * dz);
            if (cell >= 0) {
                // a random split between the two first channels exercises the stream
                double f = rng.nextDouble();
                event.deposits().add(target, cell, f * p.energy());
                event.deposits().add(target, cell, (1 - f) * p.energy());
                event.truth().depositedTrue += p.energy();
            } else {
                event.truth().escapedLeakage += p.energy();
            }
        }
    }

    @Override
    public Map<String, String> metadata() {
        return Map.of("model", "pass-through (test only)");
    }

    /** Its factory (registered for the tests through META-INF/services). */
    public static final class Factory implements DownstreamSimulator.Factory {
        public Factory() {
        }

        @Override
        public DownstreamSimulator create(Setup setup, SimulationOptions options) {
            return new PassThroughDownstream(setup);
        }

        @Override
        public String name() {
            return "test-pass-through";
        }
    }
}
