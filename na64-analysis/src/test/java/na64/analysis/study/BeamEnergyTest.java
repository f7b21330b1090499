package na64.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.select.SelectionSpec;
import na64.core.Config;
import na64.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's beamEnergy is the one source of the beam energy: everything energy-dependent follows it. */
class BeamEnergyTest {

    private static StudyConfig builtinWith(Path dir, String replacement) throws Exception {
        return builtinWith(dir, replacement, "builtin");
    }

    private static StudyConfig builtinWith(Path dir, String replacement, String selection) throws Exception {
        String yaml = new String(StudyConfig.class.getResourceAsStream(StudyConfig.DEFAULT_RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String changed = yaml.replaceFirst("(?m)^beamEnergy: 100 ", replacement)
                .replaceFirst("(?m)^selection: builtin ", "selection: " + selection + " ");
        assertThat(changed).isNotEqualTo(yaml);
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, changed);
        return Config.read(f, StudyConfig.class);
    }

    @Test
    void aStudyAt150GeVTakesItsCutsCalibrationPlaneAndSamplesFromTheOneKey(@TempDir Path dir) throws Exception {
        StudyConfig c = builtinWith(dir, "beamEnergy: 150 ");
        SelectionSpec selection = Study.selection(c, dir);
        // E_miss > E0/2: the box E_ECAL < 75 GeV, the trigger at 0.85 E0, the momentum window E0 +- 4 %
        double emissMin = EfficiencyMeasurement.emissMin(selection);
        assertThat(emissMin).isEqualTo(75.0);
        assertThat(selection.cuts().get(0).value()).isEqualTo(127.5);
        assertThat(selection.cuts().get(1).range()).containsExactly(144.0, 156.0);
        assertThat(c.calibrationEnergies()).containsExactly(2.25, 4.5, 10.5, 21.0, 40.5, 67.5, 150.0);
        assertThat(Study.planeMax(c)).isCloseTo(180.0, within(1e-9));
        assertThat(c.emissionMin(emissMin)).isEqualTo(60.0);
        assertThat(c.sideband().at(c.beamEnergy())).containsExactly(75.0, 127.5, 0.0, 75.0);
        StudySamples<SampleRequest> plan = SamplePlan.of(c, emissMin);
        assertThat(plan.calibration()).extracting(SampleRequest::energy).containsExactlyElementsOf(c.calibrationEnergies());
        assertThat(plan.all()).filteredOn(r -> !plan.calibration().contains(r))
                .allSatisfy(r -> assertThat(r.energy()).as(r.name()).isEqualTo(150.0));
        assertThat(plan.signals()).allSatisfy(r -> assertThat(r.emissionMin()).isEqualTo(60.0));
        // the study itself accepts it (the emission threshold lies below the cut)
        new Study(c, selection, new SyntheticProducer(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void at100GeVTheBuiltInValuesAreThoseOfThePublishedSelection(@TempDir Path dir) throws Exception {
        StudyConfig c = StudyConfig.builtin();
        SelectionSpec selection = Study.selection(c, dir);
        assertThat(EfficiencyMeasurement.emissMin(selection)).isEqualTo(50.0);   // seed 004: E_ECAL < 50 GeV
        assertThat(selection.cuts().get(0).value()).isEqualTo(85.0);            // trigger E_ECAL < ~85 GeV
        assertThat(c.calibrationEnergies()).containsExactly(1.5, 3.0, 7.0, 14.0, 27.0, 45.0, 100.0);
        assertThat(c.emissionMin(50)).isEqualTo(40.0);
    }

    @Test
    void withoutTheKeyTheBeamEnergyIsTheSetups(@TempDir Path dir) throws Exception {
        StudyConfig c = builtinWith(dir, "# beamEnergy removed ");
        assertThat(c.beamEnergy()).isEqualTo(na64.detector.Setups.load("na64e-2022").beam().energy());
    }

    @Test
    void aSelectionFileMadeForAnotherEnergyIsAnErrorNamingBothAndTheFile(@TempDir Path dir) throws Exception {
        String selection = new String(SelectionSpec.class.getResourceAsStream(SelectionSpec.DEFAULT_RESOURCE).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceFirst("(?m)^planeCuts:", "beamEnergy: 100\nplaneCuts:");
        Files.writeString(dir.resolve("mine.yaml"), selection);
        StudyConfig at150 = builtinWith(dir, "beamEnergy: 150 ", "mine.yaml");
        assertThatThrownBy(() -> Study.selection(at150, dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("beamEnergy").hasMessageContaining("100").hasMessageContaining("150")
                .hasMessageContaining("mine.yaml");
        StudyConfig at100 = builtinWith(dir, "beamEnergy: 100 ", "mine.yaml");
        assertThat(Study.selection(at100, dir).beamEnergy()).isEqualTo(100);
    }
}
