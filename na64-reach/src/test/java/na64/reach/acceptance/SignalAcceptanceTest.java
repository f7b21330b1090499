package na64.reach.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.physics.PhysicalConstants;
import na64.physics.model.DarkMatterType;
import na64.physics.model.DarkPhoton;
import na64.physics.model.DarkSectorSpec;
import na64.physics.model.Visibility;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class SignalAcceptanceTest {
    private static final ProductionDepth FRONT = ProductionDepth.atFrontFace();

    @Test
    void invisibleIsTheInvisibleBranchingRatioPlusEscapingVisibleDecays() {
        DarkPhoton a = new DarkPhoton(0.1, 1e-3, DarkSectorSpec.ofRatio(1e-9, DarkMatterType.COMPLEX_SCALAR, 3).at(0.1));
        double brInv = a.decays().branchingRatio(Visibility.INVISIBLE);
        assertThat(brInv).isBetween(0.0, 1.0);
        assertThat(SignalAcceptance.invisible(null, FRONT).probability(a, 50)).isCloseTo(brInv, within(1e-15));
        double lambda = a.decays().labDecayLength(50);
        double escape = 500;
        assertThat(SignalAcceptance.invisible(DecayWindow.beyond(escape), FRONT).probability(a, 50))
                .isCloseTo(brInv + (1 - brInv) * Math.exp(-escape / lambda), within(1e-12));
    }

    @Test
    void semiVisibleUsesTheExcitedStateLifetimeAtHalfTheEnergy() {
        // chi2 -> chi1 e+e-: Gamma = 4 eps^2 alpha alpha_D Delta^5 / (15 pi m_A'^4) (Izaguirre, Krnjaic, Shuve 2016)
        double m = 0.3;
        double eps = 1e-3;
        double alphaD = 0.1;
        DarkSectorSpec spec = new DarkSectorSpec(alphaD, DarkMatterType.PSEUDO_DIRAC, 3, 0, 0.4);
        DarkPhoton a = new DarkPhoton(m, eps, spec.at(m));
        double chi1 = m / 3;
        double delta = 0.4 * chi1;
        double chi2 = chi1 + delta;
        double width = 4 * eps * eps * PhysicalConstants.ALPHA * alphaD * Math.pow(delta, 5) / (15 * Math.PI * Math.pow(m, 4));
        double energy = 60;
        double e2 = energy / 2;
        double lambda = Math.sqrt(e2 * e2 - chi2 * chi2) / chi2 * PhysicalConstants.HBAR_C / width;
        double br = a.decays().branchingRatio(Visibility.SEMI_VISIBLE);
        assertThat(br).isGreaterThan(0.99);
        DecayWindow window = new DecayWindow(100, 600);
        assertThat(SignalAcceptance.semiVisible(window, FRONT).probability(a, energy))
                .isCloseTo(br * (Math.exp(-100 / lambda) - Math.exp(-600 / lambda)), Percentage.withPercentage(1e-6));
    }

    @Test
    void efficiencyTablesAreReadFromCsvAndBadRowsNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("eff.csv");
        java.nio.file.Files.writeString(f, "# signal MC\nmass_GeV,efficiency\n0.001,0.8\n0.1,0.4\n");
        assertThat(Efficiency.read(f).at(0.01)).isCloseTo(0.6, within(1e-12));
        java.nio.file.Files.writeString(f, "mass_GeV,efficiency\n0.001,0.8\n0.1,1.4\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Efficiency.read(f))
                .isInstanceOf(na64.core.InputException.class).hasMessageContaining("eff.csv").hasMessageContaining("(0, 1]");
        // a short row is an error at its line, not skipped
        java.nio.file.Files.writeString(f, "mass_GeV,efficiency\n0.001,0.8\n0.01\n0.1,0.4\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Efficiency.read(f))
                .isInstanceOf(na64.core.InputException.class).hasMessageContaining("eff.csv:3: 1 values");
    }

    @Test
    void efficiencyTablesInterpolateInLogMassAndHoldBeyondTheirEnds() {
        Efficiency e = Efficiency.table(new double[] {0.001, 0.1}, new double[] {0.8, 0.4}, "test");
        assertThat(e.at(0.01)).isCloseTo(0.6, within(1e-12));
        assertThat(e.at(1e-5)).isEqualTo(0.8);
        assertThat(e.at(3)).isEqualTo(0.4);
    }
}
