package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import na64.analysis.study.StudyConfig;
import na64.core.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @Test
    void helpDocumentsEveryOptionWithDefaults() {
        Cli r = Cli.run("run", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--config", "--out", "Default: out", "--events", "--threads", "--seed", "--unblind",
                "--print-config", "--list-variables", "--json", "report.html", "limits.csv", "mass_GeV,epsilon");
        assertThat(r.out()).contains("--engine", "Default: embedded", "--master", "local[2]", "--events-per-task");
    }

    @Test
    void anUnknownEngineOrASparkOptionWithoutSparkIsExitTwoNamingTheOption(@TempDir Path dir) {
        Cli r = Cli.run("run", "--engine", "flink", "--events", "100", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--engine").contains("flink").contains("embedded, spark");
        Cli m = Cli.run("run", "--master", "local[2]", "--events", "100", "--out", dir.toString());
        assertThat(m.exitCode()).isEqualTo(2);
        assertThat(m.err()).contains("--master").contains("--engine spark");
        Cli t = Cli.run("run", "--engine", "spark", "--events-per-task", "0", "--events", "100", "--out", dir.toString());
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("--events-per-task");
        // nothing was produced: the options are checked before any event
        assertThat(dir.resolve("samples")).doesNotExist();
    }

    @Test
    void theBackgroundLineSaysWhenItIsPublishedRatherThanSimulated() {
        var simulated = new na64.analysis.background.SourceEstimate("dimuon", "(i)", na64.analysis.background.Estimate.of(0.04, 0.01),
                "simulated", null, null, null, false);
        var published = new na64.analysis.background.SourceEstimate("upstream", "(iii)", na64.analysis.background.Estimate.of(0.16, 0.12),
                "published", null, null, null, true);
        assertThat(RunCommand.basis(new na64.analysis.background.BackgroundTable(java.util.List.of(simulated), null, "")))
                .isEqualTo(" (simulated)");
        var bound = new na64.analysis.background.SourceEstimate("punch-through", "(iv)", na64.analysis.background.Estimate.below(1e6),
                "0 of 4000 events pass", null, null, null, false);
        assertThat(RunCommand.basis(new na64.analysis.background.BackgroundTable(java.util.List.of(simulated, bound), null, "")))
                .contains("1 of 2 sources only as 90 % CL bounds");
        assertThat(RunCommand.basis(new na64.analysis.background.BackgroundTable(java.util.List.of(simulated, published), null, "")))
                .contains("published NA64 estimates for 1 of 2 sources");
        assertThat(RunCommand.basis(new na64.analysis.background.BackgroundTable(java.util.List.of(published), null, "")))
                .contains("published NA64 estimates for all 1 sources");
    }

    @Test
    void printConfigGivesTheBuiltInStudyAsYamlThatReadsBack(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("run", "--print-config", "--seed", "7", "--events", "1000");
        assertThat(r.exitCode()).isZero();
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, r.out());
        StudyConfig c = StudyConfig.read(f);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.beam().events()).isEqualTo(1000);
        assertThat(c.eot()).isEqualTo(9.37e11);
        assertThat(c.setup()).isEqualTo("na64e-2022");
        // every sample scaled by the same factor as the beam sample
        assertThat(c.dimuon().events()).isEqualTo(StudyConfig.builtin().dimuon().events() * 1000 / 200_000);
    }

    @Test
    void theExampleStudyAndItsSelectionRead() {
        Path example = Path.of("..", "examples", "run", "na64e-invisible-10x.yaml");
        Cli r = Cli.run("run", "--config", example.toString(), "--print-config");
        assertThat(r.exitCode()).as(r.err()).isZero();
        StudyConfig c = StudyConfig.read(example);
        assertThat(c.beam().events()).isEqualTo(10 * StudyConfig.builtin().beam().events());
        var selection = na64.analysis.study.Study.selection(c, example.toAbsolutePath().getParent());
        assertThat(selection.name()).isEqualTo("na64e-invisible-tight-veto");
    }

    @Test
    void listsTheSelectionVariablesWithUnits() {
        Cli r = Cli.run("run", "--list-variables");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("ecal_energy\\s+GeV").containsPattern("track_angle\\s+mrad").contains("hcal2_energy");
    }

    @Test
    void anUnknownBackgroundPolicyIsExitTwoListingTheAllowedOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("study.yaml");
        String yaml = Config.toYaml(StudyConfig.builtin());
        // the default is the study's own bound; NA64's published numbers are an explicit opt-in
        assertThat(yaml).contains("whenUnresolved: limit");
        Files.writeString(f, yaml.replace("whenUnresolved: limit", "whenUnresolved: ignore"));
        Cli r = Cli.run("run", "--config", f.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("background.whenUnresolved", "ignore", "published, limit", "study.yaml");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownKeyInTheStudyIsExitTwoWithKeyFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, Config.toYaml(StudyConfig.builtin()).replace("eot: ", "eots: 1\neot: "));
        Cli r = Cli.run("run", "--config", f.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("eots").contains(f.toString() + ":");
    }

    @Test
    void badOverridesAreExitTwo() {
        assertThat(Cli.run("run", "--events", "0").exitCode()).isEqualTo(2);
        assertThat(Cli.run("run", "--threads", "0").exitCode()).isEqualTo(2);
        Cli r = Cli.run("run", "--config", "/nonexistent/study.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("/nonexistent/study.yaml");
    }
}
