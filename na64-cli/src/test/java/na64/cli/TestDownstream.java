package na64.cli;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.sim.run.DownstreamSimulator;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;

/**
 * TEST ONLY: a stand-in for the downstream cascade in command-line tests: every incoming particle
 * deposits its energy in the first target cell it points at (or leaks). Not physics.
 */
public final class TestDownstream implements DownstreamSimulator.Factory {
    public TestDownstream() {
    }

    @Override
    public String name() {
        return "cli-test";
    }

    @Override
    public DownstreamSimulator create(Setup setup, SimulationOptions options) {
        var target = setup.targetCalorimeter();
        int index = setup.detectors().stream().map(Setup.Detector::name).toList().indexOf(target.name());
        var grid = target.cellGrid();
        return (List<Particle> incoming, RandomGenerator rng, EventRecord event) -> {
            for (Particle p : incoming) {
                int cell = grid.cellAt(p.x(), p.y());
                if (cell >= 0) {
                    event.deposits().add(index, cell, p.energy());
                    event.truth().depositedTrue += p.energy();
                } else {
                    event.truth().escapedLeakage += p.energy();
                }
            }
        };
    }
}
