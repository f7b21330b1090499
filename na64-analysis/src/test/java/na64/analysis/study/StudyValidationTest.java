package na64.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import na64.core.Config;
import na64.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every value of a study is checked when it is read or the study is built, before the first event. */
class StudyValidationTest {
    @TempDir
    Path dir;

    private Path builtinWith(String regex, String replacement) throws Exception {
        String yaml = new String(StudyConfig.class.getResourceAsStream(StudyConfig.DEFAULT_RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        String changed = yaml.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(yaml);
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, changed);
        return f;
    }

    @Test
    void anUnknownSignalModelIsAnErrorAtReading() throws Exception {
        Path f = builtinWith("model: vector", "model: vectr");
        assertThatThrownBy(() -> Config.read(f, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("signal.model").hasMessageContaining("vectr").hasMessageContaining("vector");
    }

    @Test
    void anUnknownHadronIsAnErrorAtReading() throws Exception {
        Path f = builtinWith("particle: K-,", "particle: kaon,");
        assertThatThrownBy(() -> Config.read(f, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("hadrons.particle").hasMessageContaining("kaon").hasMessageContaining("K-");
    }

    @Test
    void aMissingFractionIsTheSetupsAdmixture() throws Exception {
        Path f = builtinWith("\\{particle: pi-, events: 40000, fraction: 0.01,", "{particle: pi-, events: 40000,");
        StudyConfig c = Config.read(f, StudyConfig.class);
        double setupPions = na64.detector.Setups.load("na64e-2022").beam().admixture().stream()
                .filter(a -> a.particle().equals("pi-")).findFirst().orElseThrow().fraction();
        assertThat(c.hadrons().get(0).fraction()).isEqualTo(setupPions);
        Path noProtons = builtinWith("\\{particle: pi-, events: 40000, fraction: 0.01, [^}]*\\}", "{particle: p, events: 40000}");
        assertThatThrownBy(() -> Config.read(noProtons, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("hadrons[0].fraction").hasMessageContaining("na64e-2022");
    }

    @Test
    void aMissingPublishedCurveStopsTheStudyBeforeItsFirstEvent() throws Exception {
        Path f = builtinWith("curve: builtin", "curve: no-such-curve.csv");
        StudyConfig c = Config.read(f, StudyConfig.class);
        // the synthetic producer would make samples: the study must fail when it is built, not after them
        assertThatThrownBy(() -> new Study(c, Study.selection(c, dir), new SyntheticProducer(),
                new PrintStream(OutputStream.nullOutputStream()))).isInstanceOf(InputException.class)
                .hasMessageContaining("published.curve").hasMessageContaining("no-such-curve.csv");
    }

    @Test
    void forcedDecaysAreCheckedAtReading() throws Exception {
        Path stable = builtinWith("particle: pi-,", "particle: p,");
        assertThatThrownBy(() -> Config.read(stable, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("hadrons.decayEvents").hasMessageContaining("stable");
        Path share = builtinWith("electronShare: 0.9", "electronShare: 1.5");
        assertThatThrownBy(() -> Config.read(share, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("electron-share").hasMessageContaining("1.5");
        Path region = builtinWith("decayRegion: \\[300, 2650\\]", "decayRegion: [2650, 300]");
        assertThatThrownBy(() -> Config.read(region, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("hadrons.decayRegion").hasMessageContaining("zMin < zMax");
        Path orphan = builtinWith("\\{particle: mu-, events: 20000, fraction: 0.002, decayEvents: 120000,",
                "{particle: mu-, events: 20000, fraction: 0.002,");
        assertThatThrownBy(() -> Config.read(orphan, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("need decayEvents");
        Path punch = builtinWith("punchThroughRegion: \\[2650, 2710\\]", "punchThroughRegion: [2710, 2650]");
        assertThatThrownBy(() -> Config.read(punch, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("hadrons.punchThroughRegion of pi-").hasMessageContaining("zMin < zMax");
        Path punchOrphan = builtinWith("punchThroughEvents: 20000, ", "");
        assertThatThrownBy(() -> Config.read(punchOrphan, StudyConfig.class)).isInstanceOf(InputException.class)
                .hasMessageContaining("needs punchThroughEvents");
    }

    @Test
    void theForcedDecaySamplesArePlannedWithTheirBiasing() {
        StudySamples<SampleRequest> plan = SamplePlan.of(StudyConfig.builtin(), 50);
        assertThat(plan.decays()).extracting(SampleRequest::particle).containsExactly("pi-", "K-", "mu-");
        SampleRequest kaons = plan.decays().get(1);
        assertThat(kaons.forcedDecay()).isEqualTo(new na64.sim.beam.ForcedDecay(300.0, 2650.0, 0.9));
        assertThat(kaons.provenance()).containsEntry("na64.sample.forced_decay_electron_share", "0.9");
        assertThat(plan.hadrons()).allSatisfy(h -> assertThat(h.forcedDecay()).isNull());
        assertThat(plan.all()).containsAll(plan.decays());
    }

    @Test
    void aPublishedCurveIsReadRelativeToTheStudyFile() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("study-dir"));
        Files.writeString(sub.resolve("my-curve.csv"), "mass_GeV,epsilon\n0.001,1e-5\n0.01,2e-5\n0.1,1e-4\n");
        Path f = builtinWith("curve: builtin", "curve: my-curve.csv");
        StudyConfig c = Config.read(f, StudyConfig.class);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        // found beside the study file, whatever the working directory
        new Study(c, Study.selection(c, sub), new SyntheticProducer(), quiet, sub);
        assertThatThrownBy(() -> new Study(c, Study.selection(c, dir), new SyntheticProducer(), quiet, dir))
                .isInstanceOf(InputException.class).hasMessageContaining("published.curve");
    }
}
