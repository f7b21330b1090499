package na64.sim.muon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import na64.core.RandomStreams;
import na64.physics.PhysicalConstants;
import na64.physics.material.IonisationLoss;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.sim.cascade.ParticleStack;
import na64.sim.cascade.Readout;
import na64.sim.cascade.Track;
import na64.sim.cascade.Volume;
import na64.detector.CellGrid;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

class MuonTransportTest {

    @Test
    void landauDistributionHasItsKnownModeAndTail() {
        LandauDistribution l = LandauDistribution.instance();
        // mode -0.2228 with density 0.1806 (Landau 1944; tabulated by Boersch-Supan 1961)
        double best = 0;
        double mode = 0;
        for (double x = -1; x < 1; x += 0.002) {
            double d = (l.cumulative(x + 0.001) - l.cumulative(x - 0.001)) / 0.002;
            if (d > best) {
                best = d;
                mode = x;
            }
        }
        assertThat(mode).isCloseTo(LandauDistribution.MODE, within(0.02));   // the table step
        assertThat(best).isCloseTo(0.1806, within(0.001));
        // tail phi ~ 1/lambda^2: 1 - F(lambda) ~ 1/lambda
        assertThat((1 - l.cumulative(150)) * 150).isCloseTo(1, within(0.05));
        // the truncated sampler reproduces the mean it was truncated for
        SplittableRandom rng = new SplittableRandom(1);
        double lmax = l.truncationFor(4.0);
        double s = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            s += l.sampleTruncated(lmax, rng);
        }
        assertThat(s / n).isCloseTo(4.0, within(0.05));
    }

    /** Energies lost by muons crossing a 139.2 cm Fe/Sc HCAL module (visible and true). */
    private static double[] crossHcal(double energy, int n) {
        Material hcal = Materials.get("hcal-fesc");
        Readout r = new Readout("HCAL1", CellGrid.of(1, 1, 200, 200), new double[] {139.2}, Readout.Response.IDEAL);
        Layout layout = new Layout(List.of(Volume.readOut(0, 139.2, hcal, r)));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        ChargedTransport transport = new ChargedTransport(layout, new HeavyMedia(layout));
        Track t = new Track();
        double[] lost = new double[n];
        for (int i = 0; i < n; i++) {
            ctx.startEvent(RandomStreams.forEvent(61, i), null);
            ParticleStack s = ctx.stack();
            s.push(ParticleType.MUON, energy, 0, 0, -1e-6, 0, 0, 1);
            s.pop();
            t.load(s);
            transport.follow(t, Double.POSITIVE_INFINITY, ctx);
            lost[i] = energy - t.energy;
        }
        return lost;
    }

    @Test
    void meanLossIsBethePlusRadiationAndThePeakIsLandaus() {
        double e = 20;
        double[] lost = crossHcal(e, 4000);
        Material hcal = Materials.get("hcal-fesc");
        double m = PhysicalConstants.MUON_MASS;
        double massThickness = hcal.density() * 139.2;
        double ionisation = IonisationLoss.bethe(hcal, Math.sqrt(e * e - m * m) / m, m) * massThickness;
        double radiation = RadiativeLoss.b(hcal) * e * massThickness;
        // the mean includes rare large radiative losses: compare the mean with losses above 5 GeV removed
        // against Bethe + the radiative part below that, and the median (robust) against the Landau peak region
        double sum = 0;
        for (double x : lost) {
            sum += x;
        }
        double mean = sum / lost.length;
        assertThat(mean).isCloseTo(ionisation + radiation, within(0.08 * (ionisation + radiation)));
        java.util.Arrays.sort(lost);
        double median = lost[lost.length / 2];
        // the most probable loss lies below the mean: Landau's asymmetry
        assertThat(median).isLessThan(mean).isGreaterThan(0.75 * ionisation);
    }

    @Test
    void muonsScatterWithTheHighlandWidth() {
        // 10 GeV mu- through 10 cm of lead (X0 = 0.5612 cm, PDG): theta0 from the Highland formula
        // (PDG eq. 34.16) = 13.6 MeV / (beta p) sqrt(x/X0) (1 + 0.038 ln(x/X0 beta^-2)) = 5.2 mrad;
        // the projected offset has rms L theta0 / sqrt 3 and correlation sqrt(3)/2 with the angle (eq. 34.19-34.20)
        double e = 10;
        double thickness = 10;
        Layout layout = new Layout(List.of(Volume.slab("Pb", 0, thickness, 100, Materials.get("lead"))));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        ChargedTransport transport = new ChargedTransport(layout, new HeavyMedia(layout));
        Track t = new Track();
        int n = 6000;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        double lostSum = 0;
        for (int i = 0; i < n; i++) {
            ctx.startEvent(RandomStreams.forEvent(62, i), null);
            ParticleStack s = ctx.stack();
            s.push(ParticleType.MUON, e, 0, 0, -1e-6, 0, 0, 1);
            s.pop();
            t.load(s);
            transport.follow(t, Double.POSITIVE_INFINITY, ctx);
            double slope = t.ux / t.uz;
            double offset = t.x - slope * (t.z - thickness);   // back to the slab's exit face
            sxx += slope * slope;
            syy += offset * offset;
            sxy += slope * offset;
            lostSum += e - t.energy;
        }
        double mass = PhysicalConstants.MUON_MASS;
        double p = Math.sqrt(e * e - mass * mass);
        double beta = p / e;
        double x = thickness / 0.5612;
        double theta0 = 0.0136 / (beta * p) * Math.sqrt(x) * (1 + 0.038 * Math.log(x / (beta * beta)));
        assertThat(lostSum / n).as("mean loss: the energy barely changes").isLessThan(0.03 * e);
        assertThat(Math.sqrt(sxx / n)).isCloseTo(theta0, within(0.04 * theta0));
        assertThat(Math.sqrt(syy / n)).isCloseTo(thickness * theta0 / Math.sqrt(3), within(0.05 * thickness * theta0 / Math.sqrt(3)));
        assertThat(sxy / Math.sqrt(sxx * syy)).isCloseTo(Math.sqrt(3) / 2, within(0.03));
        // neutral hadrons do not scatter
        ctx.startEvent(RandomStreams.forEvent(62, n), null);
        ParticleStack s = ctx.stack();
        s.push(ParticleType.NEUTRON, e, 0, 0, -1e-6, 0, 0, 1);
        s.pop();
        t.load(s);
        transport.follow(t, Double.POSITIVE_INFINITY, ctx);
        assertThat(t.ux).isZero();
        assertThat(t.uy).isZero();
    }
}
