package na64.sim.spectrometer;

import na64.sim.event.EnergyDeposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.core.RandomStreams;
import na64.sim.beam.Track;
import na64.sim.event.EventRecord;
import na64.physics.ParticleType;
import na64.detector.Setup;
import org.junit.jupiter.api.Test;

class MagnetTransportTest {
    // two dipoles, 7 T m in total, set for 100 GeV e-
    static final Setup SETUP = TestSetups.of("e-", 100, "magnets: [{name: M1, zFront: 100, length: 200, field: 1.75, "
            + "aperture: {pitchX: 400, pitchY: 400}}, {name: M2, zFront: 400, length: 200, field: 1.75, "
            + "aperture: {pitchX: 400, pitchY: 400}}]\n");

    static Track transport(ParticleType type, double p) {
        BeamLineTransport transport = BeamLineTransport.upstream(SETUP);
        TransportState state = new TransportState();
        EventRecord event = new EventRecord(EnergyDeposits.forSetup(SETUP));
        event.reset(0);
        state.reset(RandomStreams.forEvent(1, 0), event, 1);
        // a heavy particle (no synchrotron loss) with the charge of interest
        Track t = Track.of(type, Math.sqrt(p * p + type.mass() * type.mass()), 0, 0, 0, 0, 0, 0, 0);
        transport.transport(t, state);
        return t;
    }

    @Test
    void nominalParticleStaysOnTheAxis() {
        Track t = transport(ParticleType.MUON, 100);
        assertThat(t.tx).isCloseTo(0, within(1e-5)); // muon at 100 GeV ~ the nominal e- (p differs by 1e-6)
        assertThat(t.x).isCloseTo(0, within(1e-2));
    }

    @Test
    void bendingAngleAndMomentumFromTheFieldIntegral() {
        double theta0 = MagnetOptics.bendingAngle(7.0, 100);   // the nominal deflection: 21 mrad
        assertThat(theta0).isCloseTo(0.020985, within(1e-5));
        for (double p : new double[] {20, 50, 80, 150}) {
            Track t = transport(ParticleType.MUON, p);
            // relative to the nominal axis the slope changes by theta(p) - theta0
            double expected = MagnetOptics.bendingAngle(7.0, p) - theta0;
            assertThat(t.tx).as("p = " + p).isCloseTo(expected, within(1e-9 + 1e-6 * Math.abs(expected)));
            // the spectrometer's measurement: momentum from the total bending angle
            assertThat(MagnetOptics.momentumFromAngle(7.0, t.tx + theta0)).isCloseTo(p, within(1e-6 * p));
        }
        // the opposite charge bends the other way: -theta(p) - theta0
        Track plus = transport(ParticleType.ANTIMUON, 100);
        assertThat(plus.tx).isCloseTo(-2 * theta0, within(1e-6));
        // a neutral particle goes straight: -theta0 relative to the axis
        BeamLineTransport transport = BeamLineTransport.upstream(SETUP);
        TransportState state = new TransportState();
        EventRecord event = new EventRecord(EnergyDeposits.forSetup(SETUP));
        event.reset(0);
        state.reset(RandomStreams.forEvent(1, 0), event, 1);
        Track photon = Track.of(ParticleType.PHOTON, 10, 0, 0, 0, 0, 0, 0, 0);
        transport.transport(photon, state);
        assertThat(photon.tx).isCloseTo(-theta0, within(1e-12));
        // its displacement: straight line while the axis bends (two 2 m arcs, 1 m apart, then 44 m drift)
        double k0 = theta0 / 400;
        double xEnd = -(0.5 * k0 * 200 * 200 + 0.5 * theta0 * 100 + (0.5 * theta0 * 200 + 0.5 * k0 * 200 * 200))
                - theta0 * (5000 - 600);
        assertThat(photon.x).isCloseTo(xEnd, within(1e-6));
    }

    @Test
    void particlesOutsideTheGapAreLost() {
        Setup narrow = TestSetups.of("e-", 100, "magnets: [{name: M, zFront: 100, length: 200, field: 1.75, "
                + "aperture: {pitchX: 10, pitchY: 4}}]\n");
        BeamLineTransport transport = BeamLineTransport.upstream(narrow);
        TransportState state = new TransportState();
        EventRecord event = new EventRecord(EnergyDeposits.forSetup(narrow));
        event.reset(0);
        state.reset(RandomStreams.forEvent(1, 0), event, 1);
        Track slow = Track.of(ParticleType.MUON, 1, 0, 0, 0, 0, 0, 0, 0); // bent by 1 rad... leaves the gap
        transport.transport(slow, state);
        assertThat(slow.alive).isFalse();
        assertThat(event.truth().lostUpstream).isCloseTo(1, within(1e-12));
    }
}
