package na64.bench.validation;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.physics.ParticleType;
import na64.reco.digitize.TrueEvent;
import na64.reco.geometry.ReadoutGeometry;
import na64.sim.downstream.CascadeDownstreamFactory;
import na64.sim.event.EnergyDeposits;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.sim.run.DownstreamSimulator;
import na64.sim.run.SimulationOptions;

/**
 * Single particles shot along the axis into the simulation's downstream part (the cascade in the
 * calorimeters) from the handover plane, their deposits in the order of the read-out geometry:
 * real showers at a chosen energy and impact point, without the beam line. Not thread-safe.
 */
final class DownstreamShots {
    private final RecoSetting setting;
    private final DownstreamSimulator downstream;
    private final EventRecord record;
    /** For each simulated detector, its index in the read-out geometry. */
    private final int[] readoutIndex;

    DownstreamShots(RecoSetting setting) {
        this.setting = setting;
        downstream = new CascadeDownstreamFactory().create(setting.setup(), SimulationOptions.standardModel());
        record = new EventRecord(EnergyDeposits.forSetup(setting.setup()));
        List<String> names = record.deposits().detectorNames();
        readoutIndex = new int[names.size()];
        for (int i = 0; i < readoutIndex.length; i++) {
            readoutIndex[i] = setting.geometry().detectorIndex(names.get(i));
        }
    }

    /** The deposits [GeV] per read-out detector and channel of one particle hitting (x, y) [cm]. */
    double[][] deposits(ParticleType type, double energy, double x, double y, RandomGenerator rng) {
        record.reset(0);
        Particle p = Particle.of(type, energy, x, y, setting.setup().handoverZ() - 1e-3, 0, 0, 1, 0);
        downstream.simulate(List.of(p), rng, record);
        ReadoutGeometry g = setting.geometry();
        double[][] d = new double[g.detectors().size()][];
        for (int i = 0; i < readoutIndex.length; i++) {
            if (readoutIndex[i] >= 0) {
                d[readoutIndex[i]] = record.deposits().channels(i).clone();
            }
        }
        for (int k = 0; k < d.length; k++) {
            if (d[k] == null) {
                d[k] = new double[g.detectors().get(k).channels()];
            }
        }
        return d;
    }

    /** The digitisation input of deposits (no tracker hits, no truth link). */
    static TrueEvent event(long number, double[][] deposits) {
        return new TrueEvent(number, deposits, List.of(), null, true);
    }
}
