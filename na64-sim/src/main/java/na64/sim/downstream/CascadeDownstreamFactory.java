package na64.sim.downstream;

import na64.sim.run.DownstreamSimulator;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;

/**
 * Makes {@link CascadeDownstream} simulators (registered as the "cascade" implementation of
 * {@link DownstreamSimulator.Factory}). The tables of a setup and options are built once and
 * shared by the simulators of all worker threads made by this factory.
 */
public final class CascadeDownstreamFactory implements DownstreamSimulator.Factory {
    private DownstreamModel cached;

    @Override
    public synchronized DownstreamSimulator create(Setup setup, SimulationOptions options) {
        if (cached == null || !cached.setup().equals(setup) || !cached.options().equals(options)) {
            cached = new DownstreamModel(setup, options);
        }
        return new CascadeDownstream(cached);
    }

    @Override
    public String name() {
        return "cascade";
    }
}
