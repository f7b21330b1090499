package na64.sim.spectrometer;

import na64.sim.event.EnergyDeposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.core.RandomStreams;
import na64.physics.material.Materials;
import na64.sim.beam.Track;
import na64.sim.event.EventRecord;
import na64.physics.ParticleType;
import na64.detector.Setup;
import org.junit.jupiter.api.Test;

class MaterialTransportTest {

    @Test
    void multipleScatteringWidthFollowsHighland() {
        // 10 GeV muons through 2 cm of aluminium (0.225 X0), then a 10 m drift in vacuum
        Setup setup = TestSetups.of("mu-", 10, "windows: [{name: W, zFront: 100, thickness: 2.0, material: Al}]\n");
        BeamLineTransport transport = BeamLineTransport.between(setup, 0, 102, 10, -1);
        TransportState state = new TransportState();
        EventRecord event = new EventRecord(EnergyDeposits.forSetup(setup));
        int n = 40_000;
        double s2 = 0;
        double x2 = 0;
        double xt = 0;
        double p = 10;
        for (int i = 0; i < n; i++) {
            event.reset(i);
            state.reset(RandomStreams.forEvent(5, i), event, 1);
            Track t = Track.of(ParticleType.MUON, Math.sqrt(p * p + ParticleType.MUON.mass() * ParticleType.MUON.mass()),
                    0, 0, 100, 0, 0, 0, 0);
            transport.transport(t, state);
            s2 += t.tx * t.tx;
            x2 += t.x * t.x;
            xt += t.x * t.tx;
        }
        double x0 = Materials.get("Al").radiationLengthCm();
        double beta = p / Math.sqrt(p * p + ParticleType.MUON.mass() * ParticleType.MUON.mass());
        double t = 2.0 / x0;
        // Highland (PDG eq. 34.16), written out independently here
        double theta0 = 0.0136 / (beta * p) * Math.sqrt(t) * (1 + 0.038 * Math.log(t / (beta * beta)));
        double rms = Math.sqrt(s2 / n);
        double tol = 4 / Math.sqrt(2.0 * n);
        assertThat(rms / theta0).isBetween(1 - tol - 0.01, 1 + tol + 0.01); // 1 % for the ionisation loss on the way
        // displacement after the slab: rms L theta0 / sqrt 3, correlation with the angle sqrt(3)/2 (PDG eq. 34.20)
        assertThat(Math.sqrt(x2 / n) / (2.0 * theta0 / Math.sqrt(3))).isBetween(1 - tol - 0.01, 1 + tol + 0.01);
        assertThat(xt / Math.sqrt(x2 * s2)).isCloseTo(Math.sqrt(3) / 2, within(0.02));
    }

    @Test
    void trackerPlanesRecordHitsWithTheirResolutionAndEfficiency() {
        Setup setup = TestSetups.of("mu-", 100, "trackers: [{name: A, technology: micromegas, zFront: 100, grid: {pitch: 8}, "
                + "resolution: 0.01, efficiency: 0.9, materialBudget: 0.001}, {name: B, technology: straw, measures: x, "
                + "zFront: 200, grid: {pitch: 20}, resolution: 0.02, efficiency: 0.97, materialBudget: 0.0016}]\n");
        BeamLineTransport transport = BeamLineTransport.upstream(setup);
        TransportState state = new TransportState();
        EventRecord event = new EventRecord(EnergyDeposits.forSetup(setup));
        int n = 20_000;
        int[] count = new int[2];
        double[] r2 = new double[2];
        double ry2 = 0;
        for (int i = 0; i < n; i++) {
            event.reset(i);
            state.reset(RandomStreams.forEvent(6, i), event, 1);
            Track t = Track.of(ParticleType.MUON, 100, 0.3, -0.2, -100, 0, 0, 0, 0);
            transport.transport(t, state);
            var hits = event.hits();
            for (int h = 0; h < hits.size(); h++) {
                int plane = hits.plane(h);
                count[plane]++;
                r2[plane] += Math.pow(hits.xMeasured(h) - hits.x(h), 2);
                if (plane == 0) {
                    ry2 += Math.pow(hits.yMeasured(h) - hits.y(h), 2);
                } else {
                    assertThat(hits.yMeasured(h)).isNaN();
                }
                assertThat(hits.z(h)).isEqualTo(plane == 0 ? 100.0 : 200.0);
            }
        }
        double[] eff = {0.9, 0.97};
        double[] sigma = {0.01, 0.02};
        for (int p = 0; p < 2; p++) {
            double e = n * eff[p];
            assertThat((double) count[p]).isCloseTo(e, within(4 * Math.sqrt(n * eff[p] * (1 - eff[p]))));
            double tol = 4 / Math.sqrt(2.0 * count[p]);
            assertThat(Math.sqrt(r2[p] / count[p]) / sigma[p]).isBetween(1 - tol, 1 + tol);
        }
        assertThat(Math.sqrt(ry2 / count[0]) / 0.01).isBetween(1 - 4 / Math.sqrt(2.0 * count[0]), 1 + 4 / Math.sqrt(2.0 * count[0]));
    }

    @Test
    void electronsRadiateTheirBremsstrahlungShareInThinMaterial() {
        // mean energy radiated in t X0 (complete screening): t E (photons above the cut and the soft part)
        Setup setup = TestSetups.of("e-", 100, "windows: [{name: W, zFront: 100, thickness: 0.2, material: Al}]\n");
        BeamLineTransport transport = BeamLineTransport.upstream(setup);
        TransportState state = new TransportState();
        EventRecord event = new EventRecord(EnergyDeposits.forSetup(setup));
        int n = 40_000;
        double radiated = 0;
        double radiated2 = 0;
        for (int i = 0; i < n; i++) {
            event.reset(i);
            state.reset(RandomStreams.forEvent(7, i), event, 1);
            Track t = Track.of(ParticleType.ELECTRON, 100, 0, 0, 0, 0, 0, 0, 0);
            transport.transport(t, state);
            double photons = 0;
            for (int k = 0; k < state.photons().size(); k++) {
                photons += state.photons().energy(k);
            }
            double loss = 100 - t.energy - photons - event.truth().lostUpstream;
            assertThat(loss).isCloseTo(0, within(1e-9)); // every GeV accounted for
            double r = photons;
            radiated += r;
            radiated2 += r * r;
        }
        double t = 0.2 / Materials.get("Al").radiationLengthCm();
        double yMin = MaterialEffects.PHOTON_CUT / 100;
        // energy in photons above the cut: t E int_{yMin}^1 (4/3 - 4/3 y + y^2) dy (thin target)
        double expected = t * 100 * ((4.0 / 3) * (1 - yMin) - (2.0 / 3) * (1 - yMin * yMin) + (1 - Math.pow(yMin, 3)) / 3);
        double mean = radiated / n;
        double sd = Math.sqrt(radiated2 / n - mean * mean);
        // the thin-target formula ignores that a radiating electron has less energy for the next photon
        // (a t/2 effect, 1 % here)
        assertThat(mean).isCloseTo(expected, within(4 * sd / Math.sqrt(n) + 0.02 * expected));
    }
}
