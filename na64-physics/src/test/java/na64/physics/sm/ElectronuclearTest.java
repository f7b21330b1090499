package na64.physics.sm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.SplittableRandom;
import na64.physics.Lepton;
import na64.physics.PhysicalConstants;
import na64.physics.material.Element;
import na64.physics.material.Elements;
import na64.physics.material.Phase;
import org.junit.jupiter.api.Test;

class ElectronuclearTest {
    /** Standard rock as the muon tables define it: Z = 11, A = 22, 2.65 g/cm^3 (only A enters here). */
    private static final Element STANDARD_ROCK = new Element("Rk", "standard rock", 11, 22.0, 2.65, Phase.SOLID,
            136.4e-9, 0, null);

    /**
     * The same photon flux with the muon mass gives the photonuclear energy loss of muons:
     * b_nucl ~ 0.4e-6 cm^2/g in standard rock, nearly flat from 10 GeV to 1 TeV (Groom, Mokhov,
     * Striganov, At. Data Nucl. Data Tables 78 (2001) 183, standard-rock table; Dutta, Reno, Sarcevic,
     * Seckel, Phys. Rev. D 63 (2001) 094020, Fig. 2, Bezrukov-Bugaev).
     */
    @Test
    void muonPhotonuclearEnergyLossAsInTheMuonTables() {
        Electronuclear muon = Electronuclear.of(STANDARD_ROCK, Lepton.MUON);
        double atomsPerGram = PhysicalConstants.AVOGADRO / STANDARD_ROCK.atomicMass();
        for (double e : new double[] {10, 100, 1000}) {
            double b = atomsPerGram * muon.energyLossSigma(e) * PhysicalConstants.PB_CM2;
            assertThat(b).as("b_nucl at " + e + " GeV [cm^2/g]").isCloseTo(0.40e-6, withinPercentage(12));
        }
    }

    /** Small y: f(y) -> alpha/(pi y) [ln(Q2max/(m^2 y^2)) - 1], the leading-log Weizsaecker-Williams flux. */
    @Test
    void fluxAtSmallYIsTheLeadingLogWeizsaeckerWilliams() {
        Electronuclear e = Electronuclear.of(Elements.get("Pb"), Lepton.ELECTRON);
        double m = PhysicalConstants.ELECTRON_MASS;
        double q2max = PhysicalConstants.RHO_MASS * PhysicalConstants.RHO_MASS;
        for (double y : new double[] {1e-6, 1e-5}) {
            double leading = PhysicalConstants.ALPHA / (Math.PI * y) * (Math.log(q2max / (m * m * y * y)) - 1);
            assertThat(e.flux(y)).isCloseTo(leading, withinPercentage(0.01));
        }
        // no flux beyond y_max, where Q2min = Q2max
        double yMax = e.maxFraction();
        assertThat(m * m * yMax * yMax / (1 - yMax)).isCloseTo(q2max, withinPercentage(1e-6));
        assertThat(e.flux(yMax + 1e-9)).isZero();
        assertThat(e.flux(0.5 * yMax)).isPositive();
    }

    /**
     * Electrons on lead: the cross section grows with E (the log of the flux) and stays well below
     * the real-photon one; sigma_eA(E) exceeds the photonuclear cross section of its own photons
     * above threshold weighted by the flux only through that integral.
     */
    @Test
    void electronsOnLeadGrowWithEnergyAndStayBelowThePhotonCrossSection() {
        Electronuclear e = Electronuclear.of(Elements.get("Pb"), Lepton.ELECTRON);
        double s10 = e.sigma(10);
        double s100 = e.sigma(100);
        assertThat(s100).isGreaterThan(s10);
        assertThat(s100).isLessThan(0.5 * Photonuclear.of(Elements.get("Pb")).sigma(100));
        assertThat(e.sigma(0.1)).isZero(); // below the pion threshold
    }

    /**
     * The sampled energy transfers follow y f(y) sigma(y E): their mean over E is the ratio of the
     * two integrals, <nu>/E = energyLossSigma / sigma (independent: quadrature against rejection).
     */
    @Test
    void sampledTransfersHaveTheMeanOfTheIntegrals() {
        Electronuclear e = Electronuclear.of(Elements.get("Pb"), Lepton.ELECTRON);
        SplittableRandom rng = new SplittableRandom(11);
        double energy = 100;
        int n = 100_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double nu = e.sampleTransfer(energy, rng);
            assertThat(nu).isBetween(Photonuclear.threshold(), energy);
            sum += nu / energy;
            sum2 += nu * nu / (energy * energy);
        }
        double mean = sum / n;
        double error = Math.sqrt((sum2 / n - mean * mean) / n);
        assertThat(mean).isCloseTo(e.energyLossSigma(energy) / e.sigma(energy), within(4 * error));
    }
}
