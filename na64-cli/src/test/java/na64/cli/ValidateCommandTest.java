package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import na64.core.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code na64 validate} at small scales: the files of docs/validation.md's figures and numbers. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void beamLineWritesItsNumbersAndFigures() throws Exception {
        Path out = tmp.resolve("beamline");
        Cli r = Cli.run("validate", "beamline", "--scale", "0.05", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("validate beamline: decays in flight");
        assertThat(r.out()).contains("srd_electron_median_MeV");
        JsonNode numbers = Config.json().readTree(out.resolve("numbers.json").toFile());
        assertThat(numbers.fieldNames()).toIterable().contains("srd_electron_median_MeV",
                "srd_electron_95pc_efficiency_threshold_MeV", "srd_pions_above_threshold", "decays_chi2_20_bins",
                "decays_length_m", "synchrotron_mean_x_over_8_15sqrt3");
        assertThat(numbers.get("decays_length_m").asDouble()).isBetween(550.0, 570.0);
        assertFigures(out, List.of("srd", "decays", "synchrotron"));
    }

    @Test
    void recoWritesItsNumbersAndFigures() throws Exception {
        Path out = tmp.resolve("reco");
        Cli r = Cli.run("validate", "reco", "--scale", "0.02", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode numbers = Config.json().readTree(out.resolve("numbers.json").toFile());
        assertThat(numbers.fieldNames()).toIterable().contains("ecal_100GeV_bias", "ecal_100GeV_sigma_GeV",
                "ecal_100GeV_expected_sigma_GeV", "two_pulses_second_time_ns", "pileup_+25ns_bias",
                "straw_hit_resolution_mm", "momentum_core_half_width_68pc");
        assertFigures(out, List.of("ecal_resolution", "two_pulses", "pileup", "straw_residuals", "rt_calibration",
                "momentum"));
    }

    @Test
    void unknownWhatExitsTwoNamingTheAllowedValues() {
        Cli r = Cli.run("validate", "calorimeter", "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("calorimeter").contains("beamline, cascade, reco, all");
        assertThat(tmp.resolve("numbers.json")).doesNotExist();
    }

    @Test
    void helpShowsAnExample() {
        Cli r = Cli.run("validate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("WHAT").contains("Example: na64 validate");
    }

    private static void assertFigures(Path dir, List<String> names) throws Exception {
        for (String name : names) {
            for (String ext : new String[] {".svg", ".png"}) {
                Path f = dir.resolve(name + ext);
                assertThat(f).as(name + ext).exists();
                assertThat(Files.size(f)).as(name + ext).isGreaterThan(1000);
            }
        }
    }
}
