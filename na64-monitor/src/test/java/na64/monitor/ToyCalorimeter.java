package na64.monitor;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.SetupReadout;
import na64.reco.geometry.WaveformDetector;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.sim.run.DownstreamSimulator;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;

/**
 * TEST ONLY, not physics: stands in for the cascade so the monitor tests simulate runs in a
 * second. An electron, positron or photon leaves 10 % of its energy in the pre-shower cell it
 * hits, 70 % in the main-section cell behind it and 3 % in each of the four neighbours; every
 * other particle escapes. The counters see nothing, which is enough for the monitor's histograms.
 */
final class ToyCalorimeter implements DownstreamSimulator.Factory {
    @Override
    public String name() {
        return "monitor-test";
    }

    @Override
    public DownstreamSimulator create(Setup setup, SimulationOptions options) {
        ReadoutGeometry g = SetupReadout.from(setup, DigitizerConfig.defaults().pitches());
        int ecal = g.detectorIndex("ECAL");
        WaveformDetector d = g.detectors().get(ecal);
        return (List<Particle> incoming, RandomGenerator rng, EventRecord event) -> {
            for (Particle p : incoming) {
                if (!p.type().isElectromagnetic() || p.energy() < 0.01) {
                    event.truth().escapedLeakage += p.energy();
                    continue;
                }
                int ix = (int) Math.floor((p.x() - d.x0()) / d.pitchX() + 0.5 * d.nx());
                int iy = (int) Math.floor((p.y() - d.y0()) / d.pitchY() + 0.5 * d.ny());
                if (ix < 0 || ix >= d.nx() || iy < 0 || iy >= d.ny()) {
                    event.truth().escapedLeakage += p.energy();
                    continue;
                }
                double e = p.energy();
                double kept = 0;
                kept += put(event, ecal, d, ix, iy, 0, 0.10 * e);
                kept += put(event, ecal, d, ix, iy, 1, 0.70 * e);
                kept += put(event, ecal, d, ix - 1, iy, 1, 0.03 * e);
                kept += put(event, ecal, d, ix + 1, iy, 1, 0.03 * e);
                kept += put(event, ecal, d, ix, iy - 1, 1, 0.03 * e);
                kept += put(event, ecal, d, ix, iy + 1, 1, 0.03 * e);
                event.truth().depositedTrue += kept;
                event.truth().escapedLeakage += e - kept;
            }
        };
    }

    private static double put(EventRecord event, int ecal, WaveformDetector d, int ix, int iy, int section, double e) {
        if (ix < 0 || ix >= d.nx() || iy < 0 || iy >= d.ny()) {
            return 0;
        }
        event.deposits().add(ecal, section * d.cells() + iy * d.nx() + ix, e);
        return e;
    }
}
