package na64.physics.brem.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import na64.physics.brem.Approximation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.material.Element;
import na64.physics.material.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * na64's ETL totals against DMG4's own reference tables at all 8 beam energies and 62 masses of each mediator
 * (docs/validation.md, "Dark bremsstrahlung against published cross sections", table A).
 */
class Dmg4EtlTableTest {
    private static final Element PB = Elements.get("Pb");

    /**
     * DMG4's regression test accepts 0.5 %. Away from the K-table edges (where DMG4 shifts E0 by 0.5 % and m = 3 GeV
     * by -0.5 % before interpolating, na64 does not) the only differences are constant conventions: (hbar c)^2
     * (-0.005 %) and, for the pseudoscalar table, alpha = 1/137 in DMG4's reference run (-0.08 %), hence 0.1 %.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Mediator.class)
    void reproducesDmg4AtEveryEnergyAndMass(Mediator mediator) {
        Dmg4EtlTable table = Dmg4EtlTable.load(mediator);
        DarkBrem etl = DarkBrem.of(Lepton.ELECTRON, mediator, Approximation.ETL, FluxModel.ELASTIC);
        assertThat(table.massesGeV()).hasSize(62);
        assertThat(table.energies()).containsExactly(20, 40, 60, 80, 100, 120, 140, 160);
        for (int i = 0; i < table.massesGeV().length; i++) {
            for (int j = 0; j < table.energies().length; j++) {
                double dmg4 = table.sigmaPb()[i][j];
                double na64 = etl.totalPb(PB, table.massesGeV()[i], table.energies()[j], Dmg4EtlTable.EPSILON);
                double tolerance = table.onKFactorEdge(i, j) ? 5e-3 : 1e-3;
                assertThat(na64).as("m = %s GeV, E0 = %s GeV", table.massesGeV()[i], table.energies()[j])
                        .isCloseTo(dmg4, within(tolerance * dmg4));
            }
        }
    }

    @Test
    void independentFullWwIntegrationReproducesNa64MuonCrossSection() {
        // same ingredients as na64's MuonDarkBrem (elastic Tsai flux, theta < 0.3), different quadrature and chi
        FullWeizsaeckerWilliams ww = new FullWeizsaeckerWilliams(Mediator.VECTOR, PhysicalConstants.MUON_MASS,
                AtomicFormFactor.tsai(PB, false), PB.atomicMass() * PhysicalConstants.ATOMIC_MASS_UNIT, 0.3, 1);
        DarkBrem na64 = DarkBrem.of(Lepton.MUON, Mediator.VECTOR, Approximation.WW, FluxModel.ELASTIC);
        double own = ww.totalPb(0.1, 160);
        assertThat(na64.totalPb(PB, 0.1, 160, 1)).isCloseTo(own, within(5e-4 * own));
    }
}
