package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void physicsBenchmarkReportsEveryWorkload() throws Exception {
        // a functional check of the command (tiny durations); the figures themselves are in docs/benchmarks.md
        Cli r = Cli.run("bench", "physics", "--repetitions", "2", "--seconds", "0.02", "--warmup", "0", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows).hasSize(7);
        for (JsonNode row : rows) {
            assertThat(row.get("per_second_mean").asDouble()).isPositive();
            assertThat(row.get("repetitions").asInt()).isEqualTo(2);
        }
        assertThat(rows.get(0).get("benchmark").asText()).contains("total");
    }

    @Test
    void selectionBenchmarkRunsTheBuiltInCutFlowOnItsFile() throws Exception {
        // its synthetic file must carry every column the built-in selection reads (it lacked the
        // downstream segment once, and the benchmark failed); the figures are in docs/benchmarks.md
        Cli r = Cli.run("bench", "select", "--events", "5000", "--repetitions", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(r.out());
        assertThat(result.get("events").asLong()).isEqualTo(5000);
        assertThat(result.get("events_per_second_per_core").asDouble()).isPositive();
    }

    @Test
    void badRepetitionsAreBadInput() {
        Cli r = Cli.run("bench", "physics", "--repetitions", "0");
        assertThat(r.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--repetitions");
    }

    @Test
    void aNegativeCutEnergyIsBadInputBeforeAnyTiming() {
        Cli r = Cli.run("bench", "simulate", "--cut-energy", "-1");
        assertThat(r.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--cut-energy");
    }

    @Test
    void benchWithoutSubcommandListsThem() {
        Cli r = Cli.run("bench");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("physics");
    }
}
