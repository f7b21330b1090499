package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** na64 digitize --events-per-spill, na64 replay and na64 monitor from the command line. */
class MonitorCommandTest {
    @TempDir
    static Path dir;
    static Path raw;

    @BeforeAll
    static void digitize() {
        Path sim = dir.resolve("sim.parquet");
        assertThat(Cli.withTestDownstream("simulate", "--setup", "na64e-2022", "--events", "120", "--seed", "4", "--out",
                sim.toString()).exitCode()).isZero();
        raw = dir.resolve("run.raw");
        Cli d = Cli.withTestDownstream("digitize", sim.toString(), "--out", raw.toString(), "--events-per-spill", "40",
                "--run", "3");
        assertThat(d.exitCode()).as(d.err()).isZero();
    }

    @Test
    void replayThenMonitorServesTheRun() throws Exception {
        Path live = Files.createDirectory(dir.resolve("live"));
        Cli replay = Cli.run("replay", raw.toString(), "--out", live.resolve("run.raw").toString(), "--pace", "60000",
                "--block", "4096", "--json");
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(replay.out());
        assertThat(r.get("events").asLong()).isEqualTo(120);
        assertThat(r.get("spills").asInt()).isEqualTo(3);
        // the monitor on a free port for a few seconds; its first line names the port
        CompletableFuture<Cli> monitor = CompletableFuture.supplyAsync(() -> Cli.run("monitor", live.toString(), "--port", "0",
                "--poll", "50", "--idle", "1", "--duration", "8"));
        Cli done = monitor.get(60, TimeUnit.SECONDS);
        assertThat(done.exitCode()).as(done.err()).isZero();
        Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/ following").matcher(done.out());
        assertThat(m.find()).as(done.out()).isTrue();
        assertThat(done.out()).contains("stopped after 120 events");
    }

    @Test
    void badInputNamesTheOptionAndItsRange() {
        Cli a = Cli.run("monitor", dir.resolve("nothing-here").toString());
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("RAWDIR").contains("nothing-here");
        Cli b = Cli.run("monitor", dir.toString(), "--port", "70000");
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("--port").contains("0 .. 65535");
        Cli c = Cli.run("replay", raw.toString(), "--out", dir.resolve("x.raw").toString(), "--pace", "-1");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("--pace").contains("60000");
        Cli d = Cli.withTestDownstream("digitize", dir.resolve("sim.parquet").toString(), "--out",
                dir.resolve("y.raw").toString(), "--events-per-spill", "0");
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).contains("--events-per-spill");
        Cli e = Cli.run("monitor", dir.toString(), "--reference", dir.resolve("missing.raw").toString(), "--port", "0");
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.err()).contains("--reference");
    }
}
