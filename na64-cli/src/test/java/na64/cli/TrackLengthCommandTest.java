package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import na64.physics.material.Materials;
import na64.physics.tracklength.TrackLengthTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackLengthCommandTest {
    @BeforeAll
    static void quiet() {
        System.setProperty("na64.quiet", "true");
    }

    @Test
    void writesATableTheReachReadsIndependentOfThreads(@TempDir Path dir) {
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        Cli a = Cli.run("tracklength", "--setup", "na64e-2022", "--beam", "e+", "--energy", "100", "--events", "100",
                "--cut", "0.1", "--out", one.toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        Cli b = Cli.run("tracklength", "--setup", "na64e-2022", "--beam", "e+", "--energy", "100", "--events", "100",
                "--cut", "0.1", "--threads", "2", "--out", two.toString(), "--json");
        assertThat(b.exitCode()).as(b.err()).isZero();
        TrackLengthTable t = TrackLengthTable.read(one);
        assertThat(t.format()).isEqualTo(TrackLengthTable.read(two).format());
        assertThat(t.meta("beam")).isEqualTo("e+");
        assertThat(t.meta("target")).isEqualTo("ECAL");
        assertThat(t.meta("material")).isEqualTo("ecal-pbsc");
        assertThat(t.minEnergy()).isCloseTo(0.1, within(1e-9));
        assertThat(t.maxEnergy()).isCloseTo(100, within(1e-9));
        // Rossi A for photons between 0.5 and 5 GeV (E << E0): int T_gamma dE = 0.572 X0 E0 (1/0.5 - 1/5)
        double x0 = Materials.get("ecal-pbsc").radiationLengthCm();
        double integral = 0;
        for (int i = 0; i < t.bins(); i++) {
            if (t.lowEdge(i) >= 0.5 - 1e-9 && t.highEdge(i) <= 5 + 1e-9) {
                integral += t.value(TrackLengthTable.Species.PHOTON, i) * (t.highEdge(i) - t.lowEdge(i));
            }
        }
        double rossi = 0.572 * x0 * 100 * (1 / 0.5 - 1 / 5.0);
        assertThat(integral).isCloseTo(rossi, within(0.08 * rossi));
    }

    @Test
    void badInputNamesTheOption() {
        Cli cut = Cli.run("tracklength", "--cut", "0.0001", "--out", "x.csv");
        assertThat(cut.exitCode()).isEqualTo(2);
        assertThat(cut.err()).contains("--cut");
        Cli setup = Cli.run("tracklength", "--setup", "nope", "--out", "x.csv");
        assertThat(setup.exitCode()).isEqualTo(2);
        Cli beam = Cli.run("tracklength", "--beam", "pi-", "--out", "x.csv");
        assertThat(beam.exitCode()).isEqualTo(2);
        assertThat(beam.err()).contains("--beam");
    }
}
