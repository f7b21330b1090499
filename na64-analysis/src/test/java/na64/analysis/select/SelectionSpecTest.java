package na64.analysis.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import na64.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionSpecTest {
    private static final String GOOD = """
            name: test
            beamEnergy: 100
            cuts:
              - {variable: momentum, op: between, range: [90, 110]}
              - name: no veto
                variable: veto_energy
                op: "<"
                value: 0.004
            signalBox:
              - {variable: ecal_energy, op: "<", value: 50}
            controlRegions:
              - {name: I, cuts: [{variable: hcal1_energy, op: ">", value: 3}]}
            """;

    @Test
    void readsCutsInOrderAndNamesThem() {
        SelectionSpec s = Config(GOOD);
        assertThat(s.cutFlowCuts()).extracting(Cut::name)
                .containsExactly("90 <= momentum <= 110 GeV", "no veto", "ecal_energy < 50 GeV");
        assertThat(s.region("I").cuts()).hasSize(1);
    }

    private static final String IN_E0 = """
            name: relative
            cuts:
              - {variable: momentum, op: between, range: [0.96, 1.04], unit: E0}
              - {variable: veto_energy, op: "<", value: 0.004}
            signalBox:
              - {variable: ecal_energy, op: "<", value: 0.5, unit: E0}
            controlRegions:
              - {name: III, cuts: [{variable: total_energy, op: ">", value: 1.15, unit: E0}]}
            """;

    @Test
    void cutsInUnitsOfTheBeamEnergyFollowTheStudysEnergy() {
        SelectionSpec raw = Config(IN_E0);
        SelectionSpec at150 = raw.atBeamEnergy(150, "study", "test");
        assertThat(at150.beamEnergy()).isEqualTo(150);
        assertThat(at150.cuts().get(0).range()).containsExactly(144.0, 156.0);
        assertThat(at150.cuts().get(1).value()).isEqualTo(0.004);   // absolute cuts stay
        assertThat(at150.signalBox().get(0).value()).isEqualTo(75.0);
        assertThat(at150.region("III").cuts().get(0).value()).isEqualTo(172.5);
        // 1.15 x 100 is 115 as written, not the binary product 114.99999999999999
        assertThat(raw.atBeamEnergy(100, "study", "test").region("III").cuts().get(0).value()).isEqualTo(115.0);
        assertThatThrownBy(() -> raw.signalBox().get(0).sql(Dialect.DUCKDB)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("beam energy");
    }

    @Test
    void aSelectionMadeForAnotherEnergyIsAnErrorNamingBoth() {
        SelectionSpec for100 = Config(GOOD);
        assertThat(for100.atBeamEnergy(100, "study's beamEnergy", "sel.yaml").beamEnergy()).isEqualTo(100);
        assertThatThrownBy(() -> for100.atBeamEnergy(150, "study's beamEnergy", "sel.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("beamEnergy")
                .hasMessageContaining("100").hasMessageContaining("150").hasMessageContaining("sel.yaml");
    }

    @Test
    void theBeamEnergyUnitNeedsAnEnergyVariable() {
        assertThatThrownBy(() -> new Cut(null, "track_angle", Op.LT, 0.5, null, "E0")).isInstanceOf(InputException.class)
                .hasMessageContaining("track_angle").hasMessageContaining("mrad");
        assertThatThrownBy(() -> new Cut(null, "ecal_energy", Op.LT, 0.5, null, "TeV")).isInstanceOf(InputException.class)
                .hasMessageContaining("TeV").hasMessageContaining("E0");
    }

    @Test
    void theBuiltInSelectionParses() {
        SelectionSpec s = SelectionSpec.builtin();
        assertThat(s.signalBox()).extracting(Cut::variable).containsExactly("ecal_energy", "hcal_energy");
        assertThat(s.controlRegions()).extracting(Region::name).containsExactly("I", "II", "III");
    }

    @Test
    void unknownKeyIsNamedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sel.yaml");
        Files.writeString(f, GOOD.replace("    value: 0.004", "    value: 0.004\n    units: GeV"));
        assertThatThrownBy(() -> SelectionSpec.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("units").hasMessageContaining(f + ":9").hasMessageContaining("allowed keys");
    }

    @Test
    void unknownVariableListsTheAllowedOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sel.yaml");
        Files.writeString(f, GOOD.replace("variable: veto_energy", "variable: veto_enrgy"));
        assertThatThrownBy(() -> SelectionSpec.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("cuts[1].variable 'veto_enrgy' is unknown").hasMessageContaining(f + ":6")
                .hasMessageContaining("allowed: ecal_energy, ecal_preshower_energy");
    }

    @Test
    void badOperatorNamesTheAllowedOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sel.yaml");
        Files.writeString(f, GOOD.replace("op: \"<\"\n    value: 0.004", "op: \"=<\"\n    value: 0.004"));
        assertThatThrownBy(() -> SelectionSpec.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("cuts[1].op").hasMessageContaining("=<").hasMessageContaining(f + ":7")
                .hasMessageContaining("between");
    }

    @Test
    void rangeOperatorsNeedARange() {
        assertThatThrownBy(() -> Config(GOOD.replace("range: [90, 110]", "value: 90")))
                .isInstanceOf(InputException.class).hasMessageContaining("range");
        assertThatThrownBy(() -> Config(GOOD.replace("range: [90, 110]", "range: [110, 90]")))
                .isInstanceOf(InputException.class).hasMessageContaining("lo <= hi");
        assertThatThrownBy(() -> Config(GOOD.replace("op: \"<\"\n    value: 0.004", "op: \"<\"\n    range: [0, 1]")))
                .isInstanceOf(InputException.class).hasMessageContaining("takes 'value'");
    }

    @Test
    void aSignalBoxIsRequiredAndCutNamesMustDiffer() {
        assertThatThrownBy(() -> Config(GOOD.replace("signalBox:\n  - {variable: ecal_energy, op: \"<\", value: 50}\n", "")))
                .isInstanceOf(InputException.class).hasMessageContaining("signalBox");
        assertThatThrownBy(() -> Config(GOOD.replace("name: no veto", "name: \"90 <= momentum <= 110 GeV\"")))
                .isInstanceOf(InputException.class).hasMessageContaining("two cuts are named");
    }

    private static SelectionSpec Config(String yaml) {
        return na64.core.Config.parse(yaml, "test.yaml", SelectionSpec.class);
    }
}
