package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code na64 run} on a semi-visible study ({@code search: semi-visible}): inelastic dark matter in the invisible setup. */
class SemiVisibleRunCommandTest {

    private static Path study(Path dir, String masses) throws Exception {
        return study(dir, masses, "[1.0e-5, 1.0e-4, 1.0e-3]", 300, "");
    }

    private static Path study(Path dir, String masses, String epsilons, int events, String extra) throws Exception {
        // the example's 2016-2018 selection: the built-in invisible one with the 2016 downstream stations
        Files.copy(Path.of("../examples/run/selection-na64e-2016.yaml"), dir.resolve("selection-na64e-2016.yaml"));
        Path f = dir.resolve("semi.yaml");
        Files.writeString(f, """
                search: semi-visible
                name: tiny semi-visible study
                threads: 2
                runs:
                  - {name: inv, setup: na64e-2016, eot: 3.0e11, beamEvents: 200, selection: selection-na64e-2016.yaml,
                     calibrationEvents: 200}
                signal:
                  masses: %s
                  epsilons: %s
                  events: %d
                  emissionMin: 0.5
                %s""".formatted(masses, epsilons, events, extra));
        return f;
    }

    /**
     * A' -> chi1 chi2 with chi2 -> chi1 e+ e- mostly beyond the HCAL at these couplings: the invisible
     * selection keeps the signal as it keeps invisible decays (0.3-0.8 of the emitting events), the
     * signal grows as eps^2 (1e-4 -> 1e-3: x100 within the statistics), and band.csv gives y =
     * eps^2 alpha_D (m_chi1/m_A')^4 = eps^2 x 0.1 / 81 beside eps.
     */
    @Test
    void aSemiVisibleStudyGivesItsBandInEpsAndY(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", "--config", study(dir, "[0.1]").toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> signal = Files.readAllLines(out.resolve("signal.csv")).stream().filter(l -> !l.startsWith("#")).toList();
        double[] s = new double[3];
        for (int i = 0; i < 3; i++) {
            String[] c = signal.get(i + 1).split(",", -1);
            s[i] = Double.parseDouble(c[5]);
            assertThat(Double.parseDouble(c[7])).as("efficiency of the emitting events at eps " + c[2]).isBetween(0.3, 0.8);
        }
        assertThat(s[2] / s[1]).isBetween(60.0, 160.0);
        String header = Files.readAllLines(out.resolve("band.csv")).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertThat(header).isEqualTo("mass_GeV,epsilon_low,epsilon_high,published_low,published_high,m_chi1_GeV,y_low,y_high");
        String[] band = Files.readAllLines(out.resolve("band.csv")).stream().filter(l -> !l.startsWith("#")).toList().get(1).split(",", -1);
        double epsLow = Double.parseDouble(band[1]);
        assertThat(epsLow).isBetween(1.0e-5, 1.0e-3);
        assertThat(Double.parseDouble(band[5])).isCloseTo(0.1 / 3, within(1e-4));
        assertThat(Double.parseDouble(band[6])).isCloseTo(epsLow * epsLow * 0.1 / 81, within(1e-3 * epsLow * epsLow * 0.1 / 81));
        assertThat(Files.readString(out.resolve("report.html"))).contains("Semi-visible mode");
    }

    @Test
    void aMassWhoseSplittingCannotMakeAPairIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("run", "--config", study(dir, "[0.02]").toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("signal.masses[0]").contains("0.03066");
    }

    /**
     * The chi2 width grows as the splitting^5: at eps = 3e-2 and m_A' = 100 MeV a splitting of 0.4
     * m_chi1 makes chi2 decay inside the calorimeters (e+ e- in the VETO or HCAL: the event fails), where
     * with 0.1 (a width 1000 times smaller) it decays beyond them. The efficiency of the emitting events
     * drops (~0.5 -> ~0.2).
     */
    @Test
    void aLargerSplittingMakesChi2DecayInsideTheDetector(@TempDir Path dir) throws Exception {
        double[] efficiency = new double[2];
        String[] splittings = {"0.1", "0.4"};
        for (int k = 0; k < 2; k++) {
            Path d = Files.createDirectory(dir.resolve("s" + k));
            Path out = d.resolve("out");
            Cli r = Cli.run("run", "--config", study(d, "[0.1]", "[1.0e-4, 3.0e-2]", 600, "  splitting: " + splittings[k] + "\n").toString(),
                    "--out", out.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            List<String> signal = Files.readAllLines(out.resolve("signal.csv")).stream().filter(l -> !l.startsWith("#")).toList();
            efficiency[k] = Double.parseDouble(signal.get(2).split(",", -1)[7]);
        }
        assertThat(efficiency[0]).isBetween(0.35, 0.8);
        assertThat(efficiency[1]).isLessThan(0.6 * efficiency[0]);
    }

    /**
     * search: alp: Primakoff ALPs in the invisible setup, the grid in g_agg; at 10 MeV the ALP leaves the
     * detector at g = 1e-4 and 1e-3 (decay length > 10 m), so the signal grows as g^2 (x100, within the
     * statistics of 300 events), and the outputs name the coupling g_agg.
     */
    @Test
    void anAlpStudyGivesItsBandInTheAlpPhotonCoupling(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("../examples/run/selection-na64e-2016.yaml"), dir.resolve("selection-na64e-2016.yaml"));
        Path f = dir.resolve("alp.yaml");
        Files.writeString(f, """
                search: alp
                name: tiny ALP study
                threads: 2
                runs:
                  - {name: inv, setup: na64e-2016, eot: 2.84e11, beamEvents: 200, selection: selection-na64e-2016.yaml,
                     calibrationEvents: 200}
                signal:
                  masses: [0.01]
                  epsilons: [1.0e-4, 1.0e-3]
                  events: 300
                  emissionMin: 0.5
                """);
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", "--config", f.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("< g_agg <");
        List<String> signal = Files.readAllLines(out.resolve("signal.csv")).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(signal.get(0)).startsWith("run,mass_GeV,g_agg,");
        double s1 = Double.parseDouble(signal.get(1).split(",", -1)[5]);
        double s2 = Double.parseDouble(signal.get(2).split(",", -1)[5]);
        assertThat(s2 / s1).isBetween(40.0, 250.0);
        String header = Files.readAllLines(out.resolve("band.csv")).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertThat(header).startsWith("mass_GeV,g_agg_low,g_agg_high");
        assertThat(Files.readString(out.resolve("report.html"))).contains("ALP search");
    }
}
