package na64.sim.spectrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.core.RandomStreams;
import na64.detector.Setup;
import na64.physics.Lepton;
import na64.physics.ParticleType;
import na64.physics.PhysicalConstants;
import na64.physics.material.Element;
import na64.physics.material.Elements;
import na64.physics.material.Materials;
import na64.physics.sm.Electronuclear;
import na64.sim.beam.Track;
import na64.sim.event.EnergyDeposits;
import na64.sim.event.EventRecord;
import org.junit.jupiter.api.Test;

class UpstreamInteractionsTest {
    private static final double E0 = 100;

    /** Weighted interaction rate, its standard error, the mean weight and the raw number of interactions. */
    record Rate(double rate, double error, double meanWeight, int interactions, double minZ, double maxZ, double maxElectron) {
    }

    static Rate run(Setup setup, double zStart, double zEnd, UpstreamNuclearOptions options, int n, long seed) {
        BeamLineTransport transport = BeamLineTransport.between(setup, zStart, zEnd, E0, -1, options);
        TransportState state = new TransportState();
        EventRecord event = new EventRecord(EnergyDeposits.forSetup(setup));
        double sum = 0;
        double sum2 = 0;
        double weights = 0;
        int interactions = 0;
        double minZ = Double.POSITIVE_INFINITY;
        double maxZ = Double.NEGATIVE_INFINITY;
        double maxElectron = 0;
        for (int i = 0; i < n; i++) {
            event.reset(i);
            state.reset(RandomStreams.forEvent(seed, i), event, 1);
            UpstreamInteractions u = state.startInteractions(options);
            Track t = Track.of(ParticleType.ELECTRON, E0, 0, 0, zStart, 0, 0, 0, 0);
            transport.transport(t, state);
            double w = u.weight();
            weights += w;
            if (u.occurred()) {
                interactions++;
                sum += w;
                sum2 += w * w;
                minZ = Math.min(minZ, event.truth().upstreamInteractionZ);
                maxZ = Math.max(maxZ, event.truth().upstreamInteractionZ);
                maxElectron = Math.max(maxElectron, t.energy);
            }
        }
        double mean = sum / n;
        return new Rate(mean, Math.sqrt(Math.max(sum2 / n - mean * mean, 0) / n), weights / n, interactions, minZ, maxZ,
                maxElectron);
    }

    /** n sigma t for a thin carbon slab, from the physics library's cross section per atom. */
    private static double analytic(double thicknessCm, double nuMin) {
        Element carbon = Elements.get("C");
        double atomsPerCm3 = Materials.get("C").atomsPerCm3();
        return atomsPerCm3 * Electronuclear.of(carbon, Lepton.ELECTRON).sigmaAbove(E0, nuMin) * PhysicalConstants.PB_CM2
                * thicknessCm;
    }

    /**
     * A 5 cm graphite slab: the natural rate (~1e-4 per electron, measured with 600,000 electrons)
     * and the rate of a sample biased x2000 (a third of the electrons interact) agree; the weights of the
     * biased sample average 1 (they undo the bias for the events without an interaction too).
     */
    @Test
    void biasedAndNaturalRatesAgree() {
        Setup setup = TestSetups.of("e-", E0, "windows: [{name: C, zFront: 100, thickness: 5.0, material: C}]\n");
        Rate natural = run(setup, 99, 106, UpstreamNuclearOptions.NATURAL, 600_000, 1);
        Rate biased = run(setup, 99, 106, new UpstreamNuclearOptions(2000, 0, -1e9, 1e9), 20_000, 2);
        assertThat(natural.interactions()).isGreaterThan(30);
        assertThat(biased.interactions()).isGreaterThan(5_000); // B tau ~ 0.4
        double sigma = Math.hypot(natural.error(), biased.error());
        assertThat(biased.rate()).isCloseTo(natural.rate(), within(3 * sigma));
        assertThat(biased.meanWeight()).isCloseTo(1.0, within(0.02));
        // the slab is 0.24 X0: radiation lowers the electron's energy only a little for this rate (log-flat in E)
        assertThat(biased.rate()).isCloseTo(analytic(5.0, 0), within(0.1 * analytic(5.0, 0)));
    }

    /** In a thin slab the biased rate is n sigma t of the physics library, also above a minimum transfer. */
    @Test
    void thinSlabRateIsTheCrossSectionTimesTheAtomsCrossed() {
        Setup setup = TestSetups.of("e-", E0, "windows: [{name: C, zFront: 100, thickness: 0.2, material: C}]\n");
        for (double nuMin : new double[] {0, 50}) {
            double expected = analytic(0.2, nuMin);
            Rate r = run(setup, 99, 101, new UpstreamNuclearOptions(0.3 / expected, nuMin, -1e9, 1e9), 20_000, 3);
            assertThat(r.rate()).as("nu > " + nuMin).isCloseTo(expected, within(4 * r.error() + 0.01 * expected));
            if (nuMin > 0) {
                assertThat(r.maxElectron()).as("the electron keeps at most E0 - nu_min").isLessThanOrEqualTo(E0 - nuMin);
            }
        }
    }

    /** Outside the region nothing interacts; inside it the rate is that slab's alone. */
    @Test
    void onlyTheChosenRegionInteracts() {
        Setup setup = TestSetups.of("e-", E0, "windows: [{name: A, zFront: 100, thickness: 0.2, material: C}, "
                + "{name: B, zFront: 200, thickness: 0.2, material: C}]\n");
        double expected = analytic(0.2, 0);
        Rate r = run(setup, 99, 201, new UpstreamNuclearOptions(0.3 / expected, 0, 150, 250), 20_000, 4);
        assertThat(r.minZ()).isGreaterThanOrEqualTo(150);
        assertThat(r.maxZ()).isLessThanOrEqualTo(250);
        assertThat(r.rate()).isCloseTo(expected, within(4 * r.error() + 0.01 * expected));
    }
}
