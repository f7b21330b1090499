package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void writesHepMC3WithOneEventPerRequestAndTheCrossSectionAsWeight() throws Exception {
        Path out = dir.resolve("brem.hepmc3");
        Cli r = Cli.run("generate", "--process", "brem", "--decay", "visible", "--mass", "0.0167", "--energy", "100", "--target", "Pb",
                "--events", "50", "--seed", "5", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("HepMC::Version 3.");
        assertThat(lines.get(1)).isEqualTo("HepMC::Asciiv3-START_EVENT_LISTING");
        assertThat(lines).contains("HepMC::Asciiv3-END_EVENT_LISTING");
        assertThat(count(lines, "E ")).isEqualTo(50);
        assertThat(count(lines, "U GEV MM")).isEqualTo(50);
        // e- Pb -> e- Pb X, X -> e+ e-: 7 particles, 2 vertices per event
        assertThat(count(lines, "P ")).isEqualTo(50 * 7);
        assertThat(count(lines, "V ")).isEqualTo(50 * 2);
        double sigma = Double.parseDouble(r.out().replaceAll("(?s).*sigma = (\\S+) pb.*", "$1"));
        double weight = Double.parseDouble(lines.stream().filter(l -> l.startsWith("W ") && !l.startsWith("W Default")).findFirst()
                .orElseThrow().substring(2));
        assertThat(weight).isCloseTo(sigma, org.assertj.core.api.Assertions.withinPercentage(1e-3));
        // the same seed gives the same file; no temporary file is left behind
        Path again = dir.resolve("again.hepmc3");
        Cli.run("generate", "--process", "brem", "--decay", "visible", "--mass", "0.0167", "--energy", "100", "--target", "Pb",
                "--events", "50", "--seed", "5", "--out", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(out));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("brem.hepmc3", "again.hepmc3");
        }
    }

    @Test
    void writesLheForEachProcess() throws Exception {
        String[][] runs = {
            {"--process", "annihilation", "--mass", "0.225", "--energy", "49.5", "--epsilon", "1e-3"},
            {"--process", "primakoff", "--mass", "0.05", "--g-agg", "1e-3", "--energy", "50", "--target", "W"},
            {"--process", "brem", "--lepton", "mu-", "--mass", "0.1", "--energy", "160"},
        };
        for (String[] run : runs) {
            Path out = dir.resolve(run[1] + ".lhe");
            String[] args = new String[run.length + 5];
            args[0] = "generate";
            System.arraycopy(run, 0, args, 1, run.length);
            System.arraycopy(new String[] {"--events", "20", "--out", out.toString()}, 0, args, run.length + 1, 4);
            Cli r = Cli.run(args);
            assertThat(r.exitCode()).as(r.err()).isZero();
            String text = Files.readString(out);
            assertThat(text).startsWith("<LesHouchesEvents version=\"3.0\">").contains("<init>").endsWith("</LesHouchesEvents>\n");
            assertThat(text.split("<event>", -1)).hasSize(21);
        }
    }

    @Test
    void badInputNamesTheOptionAndExitsTwo() {
        Path out = dir.resolve("x.hepmc3");
        Cli mass = Cli.run("generate", "--mass", "5", "--energy", "100", "--events", "10", "--out", out.toString());
        assertThat(mass.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(mass.err()).contains("--mass").contains("[1e-6, 3] GeV");
        Cli suffix = Cli.run("generate", "--mass", "0.01", "--energy", "100", "--events", "10", "--out", dir.resolve("x.root").toString());
        assertThat(suffix.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(suffix.err()).contains("--out").contains(".hepmc3").contains(".lhe");
        Cli target = Cli.run("generate", "--mass", "0.01", "--energy", "100", "--events", "10", "--target", "air", "--out", out.toString());
        assertThat(target.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(target.err()).contains("--target").contains("element");
        Cli threshold = Cli.run("generate", "--mass", "0.5", "--energy", "0.3", "--events", "10", "--out", out.toString());
        assertThat(threshold.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(threshold.err()).contains("--energy");
        Cli events = Cli.run("generate", "--mass", "0.01", "--energy", "100", "--events", "0", "--out", out.toString());
        assertThat(events.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(events.err()).contains("--events");
        Cli process = Cli.run("generate", "--process", "dimuon", "--mass", "0.01", "--energy", "100", "--events", "1", "--out", out.toString());
        assertThat(process.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(process.err()).contains("--process").contains("primakoff");
        assertThat(Files.exists(out)).isFalse();
    }
}
