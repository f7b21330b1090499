package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import na64.core.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReachCommandTest {
    private static final String DATASET = """
            model: dark-photon
            masses: 0.01:0.1:3
            expected: false
            datasets:
              - name: run
                beam: e-
                energy_GeV: 100
                eot: 1.0e11
                emiss_min_GeV: 50
                efficiency: 0.5
                track_lengths: tsai
            """;

    private static List<String> csv(Path dir) throws Exception {
        return Files.readAllLines(dir.resolve("limits.csv"));
    }

    private static double column(String line, int i) {
        return Double.parseDouble(line.split(",")[i]);
    }

    @Test
    void inlineInvisibleScanWritesAllOutputsAndScalesAsOneOverRootEot(@TempDir Path tmp) throws Exception {
        Cli a = Cli.run("reach", "--beam", "e-", "--energy", "100", "--eot", "1e11", "--masses", "0.01:0.1:3",
                "--track-lengths", "tsai", "--processes", "bremsstrahlung", "--out", tmp.resolve("a").toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        for (String f : List.of("limits.csv", "limits.yaml", "exclusion.svg", "exclusion.png", "config.yaml")) {
            assertThat(tmp.resolve("a").resolve(f)).exists();
        }
        List<String> lines = csv(tmp.resolve("a"));
        assertThat(lines.get(0)).startsWith("mass_GeV,epsilon,");
        Cli b = Cli.run("reach", "--beam", "e-", "--energy", "100", "--eot", "4e11", "--masses", "0.01:0.1:3",
                "--track-lengths", "tsai", "--processes", "bremsstrahlung", "--no-expected", "--out", tmp.resolve("b").toString());
        assertThat(b.exitCode()).isZero();
        List<String> four = csv(tmp.resolve("b"));
        assertThat(four.get(0)).isEqualTo("mass_GeV,epsilon");
        for (int i = 1; i <= 3; i++) {
            // zero background, invisible: N(eps) = EOT k eps^2 = 2.3, so eps ~ EOT^-1/2
            assertThat(column(four.get(i), 1) / column(lines.get(i), 1)).isCloseTo(0.5, within(1e-5));
        }
        String hepdata = Files.readString(tmp.resolve("a/limits.yaml"));
        assertThat(hepdata).contains("independent_variables").contains("dependent_variables").contains("units: GeV")
                .contains("qualifiers").contains("90%");
        assertThat(Files.readString(tmp.resolve("a/exclusion.svg"))).contains("<svg", "observed limit");
    }

    @Test
    void helpDocumentsEveryOptionWithUnitsAndDefaults() {
        Cli r = Cli.run("reach", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--config", "--beam", "--energy", "[GeV]", "--eot", "--emiss-min", "--efficiency",
                "--background", "--background-unc", "--observed", "--model", "--decay", "--masses", "--out", "--target",
                "--track-lengths", "--alpha-d", "--mass-ratio", "--y", "--reference", "--eot-projections", "Default: 100");
    }

    @Test
    void configFileVisibleModeGivesABand(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("vis.yaml");
        Files.writeString(file, """
                model: dark-photon
                decay: visible
                masses: 0.005:0.02:3
                expected: false
                datasets:
                  - beam: e-
                    energy_GeV: 100
                    eot: 5.0e10
                    emiss_min_GeV: 30
                    target: wcal-wsc
                    target_X0: 30
                    decay_to_cm: 300
                    track_lengths: cascade
                """);
        Cli r = Cli.run("reach", "--config", file.toString(), "--out", tmp.resolve("out").toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(csv(tmp.resolve("out")).get(0)).isEqualTo("mass_GeV,epsilon_low,epsilon_high");
        JsonNode json = Config.json().readTree(r.out());
        double low = json.get("epsilon_low").get(0).asDouble();
        double high = json.get("epsilon_high").get(0).asDouble();
        assertThat(low).isPositive().isLessThan(high);
    }

    @Test
    void alpAndYColumnsAreNamedAsDocumented(@TempDir Path tmp) throws Exception {
        Cli alp = Cli.run("reach", "--model", "alp", "--masses", "0.005:0.05:2", "--decay-from", "200", "--decay", "visible",
                "--no-expected", "--track-lengths", "cascade", "--out", tmp.resolve("alp").toString());
        assertThat(alp.exitCode()).as(alp.err()).isZero();
        assertThat(csv(tmp.resolve("alp")).get(0)).isEqualTo("mass_GeV,g_GeV^-1_low,g_GeV^-1_high");
        Cli y = Cli.run("reach", "--y", "--masses", "0.003:0.03:2", "--no-expected", "--track-lengths", "tsai",
                "--out", tmp.resolve("y").toString());
        assertThat(y.exitCode()).as(y.err()).isZero();
        assertThat(csv(tmp.resolve("y")).get(0)).isEqualTo("mass_GeV,y,mediator_mass_GeV");
        // y = eps^2 alpha_D / 3^4 with m_A' = 3 m_chi
        String row = csv(tmp.resolve("y")).get(1);
        assertThat(column(row, 2)).isCloseTo(3 * column(row, 0), within(1e-9));
    }

    @Test
    void genericMediatorsReportDeltaAeAndGaugeBosonsTheirCoupling(@TempDir Path tmp) throws Exception {
        Cli scalar = Cli.run("reach", "--model", "scalar", "--masses", "0.01:0.1:2", "--no-expected", "--track-lengths", "tsai",
                "--out", tmp.resolve("s").toString());
        assertThat(scalar.exitCode()).as(scalar.err()).isZero();
        List<String> s = csv(tmp.resolve("s"));
        assertThat(s.get(0)).isEqualTo("mass_GeV,g_e,delta_a_e");
        // a scalar raises a_e: Delta a_e > 0 at the excluded coupling, and tiny (NA64: |Delta a| < ~1e-13)
        assertThat(column(s.get(1), 2)).isPositive().isLessThan(1e-12);
        assertThat(Files.readString(tmp.resolve("s/exclusion.svg"))).contains("LKB");
        Cli bl = Cli.run("reach", "--model", "b-l", "--masses", "0.01:0.1:2", "--no-expected", "--track-lengths", "tsai",
                "--out", tmp.resolve("bl").toString());
        assertThat(bl.exitCode()).as(bl.err()).isZero();
        assertThat(csv(tmp.resolve("bl")).get(0)).isEqualTo("mass_GeV,g_B-L");
    }

    @Test
    void unknownKeyNamesKeyFileAndLine(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, DATASET.replace("    efficiency: 0.5", "    efficency: 0.5"));
        Cli r = Cli.run("reach", "--config", file.toString(), "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown key", "efficency", "bad.yaml:10");
    }

    @Test
    void missingEotIsNamed(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("missing.yaml");
        Files.writeString(file, DATASET.replace("    eot: 1.0e11\n", ""));
        Cli r = Cli.run("reach", "--config", file.toString(), "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("missing required key", "eot", "missing.yaml");
    }

    @Test
    void negativeEotNamesKeyFileAndAllowedRange(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("negative.yaml");
        Files.writeString(file, DATASET.replace("eot: 1.0e11", "eot: -5"));
        Cli r = Cli.run("reach", "--config", file.toString(), "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("datasets[0].eot", "negative.yaml:8", "-5", "> 0");
    }

    @Test
    void efficiencyOutsideTheUnitIntervalNamesKeyFileAndRange(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("eff.yaml");
        Files.writeString(file, DATASET.replace("efficiency: 0.5", "efficiency: 1.5"));
        Cli r = Cli.run("reach", "--config", file.toString(), "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("datasets[0].efficiency", "eff.yaml:10", "1.5", "(0, 1]");
        Cli inline = Cli.run("reach", "--efficiency", "0", "--out", tmp.toString());
        assertThat(inline.exitCode()).isEqualTo(2);
        assertThat(inline.err()).contains("--efficiency = 0.0", "(0, 1]");
    }

    @Test
    void configAndInlineOptionsDoNotMix(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("ok.yaml");
        Files.writeString(file, DATASET);
        Cli r = Cli.run("reach", "--config", file.toString(), "--eot", "1e12", "--out", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--config");
    }

    @Test
    void anyBackgroundGivesALimitOrAClearErrorNeverACrash(@TempDir Path tmp) throws Exception {
        // n = 0 observed: the CLs limit is 2.30 events whatever the background (CLs+b / CLb = e^-s)
        Cli zero = Cli.run("reach", "--masses", "0.01:0.1:2", "--out", tmp.resolve("b0").toString());
        Cli large = Cli.run("reach", "--background", "1000", "--background-unc", "0.3", "--masses", "0.01:0.1:2",
                "--out", tmp.resolve("b1000").toString());
        assertThat(large.exitCode()).as(large.err()).isZero();
        List<String> without = csv(tmp.resolve("b0"));
        List<String> with = csv(tmp.resolve("b1000"));
        for (int i = 1; i <= 2; i++) {
            assertThat(column(with.get(i), 1)).isCloseTo(column(without.get(i), 1), within(1e-6 * column(without.get(i), 1)));
        }
        Cli huge = Cli.run("reach", "--background", "1e12", "--masses", "0.01:0.1:2", "--out", tmp.resolve("huge").toString());
        assertThat(huge.exitCode()).isEqualTo(2);
        assertThat(huge.err()).contains("background = 1.0E12", "at most 2e+09").doesNotContain("Exception", "\tat ");
        assertThat(tmp.resolve("huge")).doesNotExist();
    }
}
