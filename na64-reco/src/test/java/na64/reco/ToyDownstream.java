package na64.reco;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.sim.run.DownstreamSimulator;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;
import na64.reco.geometry.ReadoutType;
import na64.reco.geometry.WaveformDetector;

/**
 * TEST ONLY: a stand-in for the downstream cascade in the reconstruction tests, so they do not
 * depend on the cascade's physics: electrons, positrons and photons make a {@link ShowerToy}
 * shower in the ECAL at their impact point; muons leave MIP signals in the ECAL, VETO and HCAL
 * cells they cross; other particles leak. Not physics.
 */
public final class ToyDownstream implements DownstreamSimulator.Factory {
    public ToyDownstream() {
    }

    @Override
    public String name() {
        return "reco-test";
    }

    @Override
    public DownstreamSimulator create(Setup setup, SimulationOptions options) {
        var geometry = na64.reco.geometry.SetupReadout.from(setup, na64.reco.digitize.DigitizerConfig.defaults().pitches());
        int ecal = geometry.ofType(ReadoutType.ECAL)[0];
        WaveformDetector det = geometry.detectors().get(ecal);
        ShowerToy toy = new ShowerToy(det, 0.09, 4.1);
        int[] hcal = geometry.group("HCAL");
        int veto = geometry.detectorIndex("VETO");
        return (List<Particle> incoming, RandomGenerator rng, EventRecord event) -> {
            for (Particle p : incoming) {
                if (p.type().isElectromagnetic() && p.energy() > 0.01) {
                    double[] d = toy.deposits(p.energy(), p.x(), p.y(), rng);
                    double sum = 0;
                    for (int c = 0; c < d.length; c++) {
                        event.deposits().add(ecal, c, d[c]);
                        sum += d[c];
                    }
                    event.truth().depositedTrue += sum;
                    event.truth().escapedLeakage += p.energy() - sum;
                } else if (p.type() == ParticleType.MUON || p.type() == ParticleType.ANTIMUON) {
                    int cell = cellAt(det, p.x(), p.y());
                    if (cell >= 0) {
                        event.deposits().add(ecal, cell, 0.12);
                        event.deposits().add(ecal, det.cells() + cell, 1.1);
                    }
                    if (veto >= 0) {
                        event.deposits().add(veto, 0, 0.008);
                    }
                    for (int h : hcal) {
                        int hc = cellAt(geometry.detectors().get(h), p.x(), p.y());
                        if (hc >= 0) {
                            event.deposits().add(h, hc, 1.9);
                        }
                    }
                    event.truth().escapedLeakage += p.energy();
                } else {
                    event.truth().escapedLeakage += p.energy();
                }
            }
        };
    }

    private static int cellAt(WaveformDetector d, double x, double y) {
        int ix = (int) Math.floor((x - d.x0()) / d.pitchX() + 0.5 * d.nx());
        int iy = (int) Math.floor((y - d.y0()) / d.pitchY() + 0.5 * d.ny());
        return ix < 0 || ix >= d.nx() || iy < 0 || iy >= d.ny() ? -1 : iy * d.nx() + ix;
    }
}
