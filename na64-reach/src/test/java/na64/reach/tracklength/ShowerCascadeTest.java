package na64.reach.tracklength;

import na64.physics.tracklength.TsaiPrimaryElectron;

import na64.physics.tracklength.TrackLengthSpectrum;

import static na64.reach.tracklength.AnalyticTrackLengthTest.integrateLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class ShowerCascadeTest {
    private static final double E0 = 100;
    private static final double X0 = 0.56;
    private static final double EC = 7.43e-3;

    private static double chargedAbove(TrackLengthSpectrum s, double energy) {
        return integrateLog(e -> s.electron(e) + s.positron(e), energy, E0, 20000);
    }

    @Test
    void approximationAReproducesRossisIntegralTrackLengths() {
        // Rossi (1952), Tsai RMP 46 (1974) eq. 3.96: above E << E0 the e+- track length is
        // 0.437 X0 E0/E and the photon track length 0.572 X0 E0/E (both ~1 % approximations).
        ShowerCascade a = ShowerCascade.approximationA(E0, X0, false);
        for (double e : new double[] {0.1, 0.01}) {
            double charged = chargedAbove(a, e);
            double photons = integrateLog(a::photon, e, E0, 20000);
            assertThat(charged).as("e+- above %s GeV", e).isCloseTo(0.437 * X0 * E0 / e, Percentage.withPercentage(2));
            assertThat(photons).as("photons above %s GeV", e).isCloseTo(0.572 * X0 * E0 / e, Percentage.withPercentage(2));
            // exact in approximation A for an E^-2 spectrum: sigma_pair T_gamma = int_0^1 (4/3 - 4/3 y + y^2) dy T_e = T_e
            assertThat(photons / charged).isCloseTo(9.0 / 7.0, within(0.005));
        }
    }

    @Test
    void approximationBDepositsTheBeamEnergyByIonisation() {
        // with a constant loss E_c per X0 every GeV ends in ionisation: total e+- track = X0 E0/E_c
        ShowerCascade b = ShowerCascade.approximationB(E0, X0, EC, false);
        double total = integrateLog(e -> b.electron(e) + b.positron(e), b.minEnergy() * 1.0001, E0, 40000);
        assertThat(total).isCloseTo(X0 * E0 / EC, Percentage.withPercentage(1.5));
        // and it agrees with Rossi's closed-form approximation B wherever E >> E_c
        RossiApproximationB closed = new RossiApproximationB(E0, 40, X0, EC, false);
        assertThat(chargedAbove(b, 0.5)).isCloseTo(closed.integralAbove(0.5) - closed.integralAbove(E0), Percentage.withPercentage(3));
    }

    @Test
    void nearTheBeamEnergyTheElectronIsTheBeamParticleAsInTsaisFormula() {
        // Tsai's primary-electron spectrum is an approximation (b = 4/3) of the same equation
        // without secondaries; above 60 GeV secondaries are a few per cent.
        ShowerCascade b = ShowerCascade.approximationB(E0, X0, EC, false);
        TsaiPrimaryElectron tsai = new TsaiPrimaryElectron(E0, 40, X0, false);
        for (double e : new double[] {60, 70, 80, 90, 95}) {
            assertThat(b.electron(e)).as("E = %s", e).isCloseTo(tsai.electron(e), Percentage.withPercentage(6));
        }
    }

    @Test
    void positronsFollowTheBeamCharge() {
        ShowerCascade electrons = ShowerCascade.approximationB(E0, X0, EC, false);
        ShowerCascade positrons = ShowerCascade.approximationB(E0, X0, EC, true);
        for (double e : new double[] {0.05, 1, 30, 70}) {
            assertThat(positrons.positron(e)).isCloseTo(electrons.electron(e), within(1e-12 * electrons.electron(e)));
            assertThat(positrons.photon(e)).isCloseTo(electrons.photon(e), within(1e-12 * electrons.photon(e)));
        }
        // secondaries come in pairs: far below E0 the e+ and e- spectra meet; near E0 only the beam particle is left
        assertThat(electrons.positron(0.01) / electrons.electron(0.01)).isCloseTo(1, within(0.01));
        assertThat(electrons.positron(50) / electrons.electron(50)).isBetween(0.05, 0.5);
        assertThat(electrons.positron(95) / electrons.electron(95)).isLessThan(0.01);
        assertThat(electrons.electron(E0 * 1.0001)).isZero();
    }

    @Test
    void theGridIsConverged() {
        // positron track 60-100 GeV (resonant annihilation at 0.25-0.32 GeV): halving the step changes it by < 0.5 %
        ShowerCascade coarse = ShowerCascade.withStep(E0, X0, EC, false, ShowerCascade.DEFAULT_STEP, 1e-3);
        ShowerCascade fine = ShowerCascade.withStep(E0, X0, EC, false, ShowerCascade.DEFAULT_STEP / 2, 1e-3);
        double a = integrateLog(coarse::positron, 60, E0, 4000);
        double b = integrateLog(fine::positron, 60, E0, 4000);
        assertThat(a).isCloseTo(b, Percentage.withPercentage(0.5));
    }
}
