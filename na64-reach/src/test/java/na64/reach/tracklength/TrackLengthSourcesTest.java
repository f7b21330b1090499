package na64.reach.tracklength;

import na64.physics.tracklength.TsaiPrimaryElectron;

import na64.physics.tracklength.TrackLengthTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import na64.core.InputException;
import na64.physics.Lepton;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackLengthSourcesTest {
    private static final Material ECAL = Materials.get("ecal-pbsc");

    @Test
    void namesSelectTheApproximations() {
        assertThat(TrackLengthSources.resolve("tsai", Lepton.ELECTRON, 100, ECAL, 40, null)).isInstanceOf(TsaiPrimaryElectron.class);
        assertThat(TrackLengthSources.resolve("rossi-a", Lepton.ELECTRON, 100, ECAL, 40, null)).isInstanceOf(RossiApproximationA.class);
        assertThat(TrackLengthSources.resolve("rossi-b", Lepton.ELECTRON, 100, ECAL, 40, null)).isInstanceOf(RossiApproximationB.class);
        assertThat(TrackLengthSources.resolve("cascade", Lepton.POSITRON, 100, ECAL, 40, null)).isInstanceOf(ShowerCascade.class);
        // without a built-in table of this target, beam and energy, "default" is the cascade solution
        assertThat(TrackLengthSources.builtInName(ECAL, Lepton.ELECTRON, 100)).isEqualTo("/na64/reach/tracklength/ecal-pbsc_e-_100GeV.csv");
        assertThat(TrackLengthSources.resolve("default", Lepton.ELECTRON, 77, ECAL, 40, null)).isInstanceOf(ShowerCascade.class);
    }

    @Test
    void aTableOfAnotherBeamOrEnergyIsRefused(@TempDir Path dir) {
        ShowerCascade shower = ShowerCascade.approximationB(100, ECAL.radiationLengthCm(), ECAL.criticalEnergy(), false);
        TrackLengthTable.tabulate(shower, 0.01, 100, 50, Map.of("beam", "e-", "beam_energy_GeV", "100")).write(dir.resolve("t.csv"));
        assertThat(TrackLengthSources.resolve("t.csv", Lepton.ELECTRON, 100, ECAL, 40, dir).positron(60)).isPositive();
        assertThatThrownBy(() -> TrackLengthSources.resolve("t.csv", Lepton.ELECTRON, 150, ECAL, 40, dir))
                .isInstanceOf(InputException.class).hasMessageContaining("100.0 GeV");
        assertThatThrownBy(() -> TrackLengthSources.resolve("t.csv", Lepton.POSITRON, 100, ECAL, 40, dir))
                .isInstanceOf(InputException.class).hasMessageContaining("beam e-");
    }

    @Test
    void binningKeepsTheTrackLength() {
        // the table holds bin means: its integral over a bin range equals the spectrum's
        ShowerCascade shower = ShowerCascade.approximationB(100, ECAL.radiationLengthCm(), ECAL.criticalEnergy(), false);
        TrackLengthTable table = TrackLengthTable.tabulate(shower, 1, 100, 40, Map.of());
        double fromTable = 0;
        for (int i = 0; i < table.bins(); i++) {
            fromTable += table.value(TrackLengthTable.Species.POSITRON, i) * (table.highEdge(i) - table.lowEdge(i));
        }
        double direct = AnalyticTrackLengthTest.integrateLog(shower::positron, 1, 100, 20000);
        assertThat(fromTable).isCloseTo(direct, org.assertj.core.data.Percentage.withPercentage(0.5));
    }
}
