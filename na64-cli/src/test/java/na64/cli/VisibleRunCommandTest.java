package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code na64 run} on a visible-mode study file ({@code search: visible}). */
class VisibleRunCommandTest {

    private static Path study(Path dir, String extra) throws Exception {
        Path f = dir.resolve("visible.yaml");
        Files.writeString(f, """
                search: visible
                name: tiny visible study
                threads: 2
                runs:
                  - {name: "2017", setup: na64e-visible-2017, eot: 5.4e10, beamEvents: 300}
                signal:
                  masses: [0.0167]
                  epsilons: [1.0e-4, 4.0e-4, 1.0e-3, 2.5e-3]
                  events: 150
                kaons: {events: 1500}
                """ + extra);
        return f;
    }

    /**
     * The study writes its band, signal, background and report; at 16.7 MeV the band opens
     * between the grid's first and second couplings (at 1e-4 5.4e10 electrons give ~2 events,
     * at 4e-4 ~10) and closes between 4e-4 and 1e-3 (~0.1 events: X mostly decays in the dump).
     */
    @Test
    void aVisibleStudyWritesItsBandAndSaysWhatItDidNotCompute(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", "--config", study(dir, "").toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String f : new String[] {"band.csv", "signal.csv", "background.csv", "band.svg", "report.html"}) {
            assertThat(out.resolve(f)).exists();
        }
        assertThat(r.out()).contains("m = 0.01670 GeV: excluded").contains("not computed");
        String band = Files.readAllLines(out.resolve("band.csv")).stream().filter(l -> !l.startsWith("#")).toList().get(1);
        String[] cells = band.split(",", -1);
        double low = Double.parseDouble(cells[1]);
        double high = Double.parseDouble(cells[2]);
        assertThat(low).isBetween(1.0e-5, 4.0e-4);
        assertThat(high).isBetween(4.0e-4, 1.0e-3);
        String background = Files.readString(out.resolve("background.csv"));
        assertThat(background).contains("# sample name=2017-beam").contains("# sample name=2017-k0s").contains("upper bound")
                .contains("2017,K0S (photonuclear, biased),1500,");
        assertThat(r.out()).contains("background 2017, K0S (photonuclear, biased):").contains("fully neutral events");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Not computed").contains("fully neutral").contains("<svg");
    }

    @Test
    void helpNamesTheVisibleMode() {
        Cli r = Cli.run("run", "--help");
        assertThat(r.out()).contains("search: visible").contains("band.csv");
    }

    @Test
    void optionsOfTheInvisibleStudyAndBadValuesAreErrorsNamingThem(@TempDir Path dir) throws Exception {
        Path f = study(dir, "");
        Cli events = Cli.run("run", "--config", f.toString(), "--events", "100", "--out", dir.resolve("o").toString());
        assertThat(events.exitCode()).isEqualTo(2);
        assertThat(events.err()).contains("--events").contains("search: visible");
        Files.writeString(f, Files.readString(f).replace("epsilons: [1.0e-4, 4.0e-4, 1.0e-3, 2.5e-3]", "epsilons: [4.0e-4, 1.0e-4]"));
        Cli order = Cli.run("run", "--config", f.toString(), "--out", dir.resolve("o").toString());
        assertThat(order.exitCode()).isEqualTo(2);
        assertThat(order.err()).contains("signal.epsilons[1]");
        assertThat(dir.resolve("o").resolve("samples")).doesNotExist();
        Files.writeString(f, Files.readString(f).replace("epsilons: [4.0e-4, 1.0e-4]", "epsilons: [1.0e-4, 4.0e-4]")
                .replace("kaons: {events: 1500}", "kaons: {events: 1500, leading: 1.2}"));
        Cli kaons = Cli.run("run", "--config", f.toString(), "--out", dir.resolve("o").toString());
        assertThat(kaons.exitCode()).isEqualTo(2);
        assertThat(kaons.err()).contains("kaons.leading").contains("[0, 1)");
        Files.writeString(f, Files.readString(f).replace("leading: 1.2", "leading: 0.9").replace("search: visible", "search: semi-visible"));
        Cli semi = Cli.run("run", "--config", f.toString(), "--out", dir.resolve("o").toString());
        assertThat(semi.exitCode()).isEqualTo(2);
        assertThat(semi.err()).contains("signal.masses[0]");
        assertThat(dir.resolve("o").resolve("samples")).doesNotExist();
    }
}
