package na64.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import na64.monitor.fill.OfflineHistograms;
import na64.monitor.live.RawFollower;
import na64.monitor.live.RawReplay;
import na64.monitor.state.MonitorSettings;
import na64.monitor.state.MonitorState;
import na64.monitor.web.MonitorServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in headless Chromium (Debian's chromium, driven by scripts/screenshots.mjs through
 * playwright-core) while a replay is followed: the plots are drawn, the page is connected to the
 * live updates, and a second screenshot taken seconds later shows more events than the first.
 * Skipped, with the reason, where /usr/bin/chromium, node or playwright-core is missing (CI).
 */
class PageInChromiumTest {
    @TempDir
    Path dir;

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path PLAYWRIGHT = Path.of(System.getenv().getOrDefault("NA64_PLAYWRIGHT", "/tmp/pw/node_modules"));

    @Test
    void theLivePageUpdatesItsPlots() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " (apt-get install chromium): page test skipped");
        Assumptions.assumeTrue(Files.isDirectory(PLAYWRIGHT.resolve("playwright-core")), "no playwright-core in " + PLAYWRIGHT
                + " (npm install --prefix /tmp/pw playwright-core, or set NA64_PLAYWRIGHT): page test skipped");
        Assumptions.assumeTrue(new ProcessBuilder("node", "--version").start().waitFor() == 0, "no node: page test skipped");
        Path raw = TestRuns.raw(dir, "run", 21, 31, 600, 50);
        Path ref = TestRuns.raw(dir, "ref", 20, 32, 200, 50);
        Path live = Files.createDirectory(dir.resolve("live"));
        MonitorState state = new MonitorState(MonitorSettings.defaults(), null);
        state.reference(OfflineHistograms.sum(OfflineHistograms.read(ref, 15, true, null)), "ref.raw");
        try (MonitorServer server = new MonitorServer(state, "127.0.0.1", 0, 200);
             LiveLoop loop = new LiveLoop(RawFollower.of(live), state, 100, 2000)) {
            // 12 spills, one every 1.5 s: the replay outlasts the two screenshots 4 s apart
            CompletableFuture<RawReplay.Result> replay = CompletableFuture.supplyAsync(
                    () -> RawReplay.run(raw, live.resolve("run.raw"), 40, 4096));
            Path script = Path.of("scripts/screenshots.mjs").toAbsolutePath();
            ProcessBuilder pb = new ProcessBuilder("node", script.toString(), "http://127.0.0.1:" + server.port() + "/",
                    dir.toString(), "4").redirectErrorStream(true);
            pb.environment().put("NODE_PATH", PLAYWRIGHT.toString());
            pb.environment().put("CHROMIUM", CHROMIUM.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            List<Long> events = Pattern.compile("monitor-\\d\\.png: run 21 · spill \\d+ · (\\d+) events").matcher(out)
                    .results().map(m -> Long.parseLong(m.group(1))).toList();
            assertThat(events).as(out).hasSize(2);
            assertThat(events.get(1)).as(out).isGreaterThan(events.get(0));
            for (String png : new String[] {"monitor-1.png", "monitor-2.png"}) {
                assertThat(Files.readAllBytes(dir.resolve(png))).startsWith(0x89, 'P', 'N', 'G');
            }
            replay.get(60, TimeUnit.SECONDS);
        }
    }
}
