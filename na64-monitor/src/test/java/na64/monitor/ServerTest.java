package na64.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import na64.event.raw.RawEvent;
import na64.monitor.fill.OfflineHistograms;
import na64.monitor.hist.HistogramSet;
import na64.monitor.live.RawFollower;
import na64.monitor.state.MonitorSettings;
import na64.monitor.state.MonitorState;
import na64.monitor.web.MonitorServer;
import na64.reco.raw.RawReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP server on loopback: the page, the API documents against the offline histograms, alarms, SSE, traversal. */
class ServerTest {
    @TempDir
    static Path dir;
    static Path raw;
    static MonitorState state;
    static MonitorServer server;
    static HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final int RUN = 9;
    static int ecal;
    static int deadChannel;

    @BeforeAll
    static void start() throws IOException {
        Path good = TestRuns.raw(dir, "good", RUN, 13, 300, 100);
        Path ref = TestRuns.raw(dir, "ref", 5, 23, 300, 100);
        HistogramSet reference = OfflineHistograms.sum(OfflineHistograms.read(ref, 15, true, null));
        double[] occ = reference.h1("wf.ECAL.occupancy").contents();
        for (int c = 0; c < occ.length; c++) {
            deadChannel = occ[c] > occ[deadChannel] ? c : deadChannel;
        }
        try (RawReader in = RawReader.open(good)) {
            ecal = in.runHeader().detectorId("ECAL");
        }
        // the run with the beam-spot ECAL channel dead from spill 2 on
        raw = AlarmTest.rewrite(good, dir.resolve("dead.raw"), e -> e.header().spill() < 2 ? e
                : AlarmTest.withWaveforms(e, b -> b.detector() != ecal ? b : AlarmTest.flatten(b, deadChannel)));
        state = new MonitorState(MonitorSettings.defaults(), null);
        state.reference(reference, "ref.raw");
        RawFollower.of(raw).poll(state);
        state.finishOpenSpill();
        server = new MonitorServer(state, "127.0.0.1", 0, 100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    @Test
    void thePageAndItsOwnAssetsAreServed() throws Exception {
        HttpResponse<byte[]> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("na64 online monitor")
                .contains("/assets/monitor.js").doesNotContain("http://", "https://");
        assertThat(get("/assets/monitor.js").statusCode()).isEqualTo(200);
        assertThat(get("/assets/monitor.css").headers().firstValue("content-type").orElse("")).startsWith("text/css");
    }

    @Test
    void theRunSumInTheApiIsTheOfflineSumOfTheFile() throws Exception {
        HistogramSet offline = OfflineHistograms.sum(OfflineHistograms.read(raw, 15, true, null));
        JsonNode doc = json("/api/runs/" + RUN + "/histograms?spill=all");
        assertThat(doc.get("events").asLong()).isEqualTo(300);
        int compared = 0;
        for (JsonNode h : doc.get("histograms")) {
            JsonNode expected = JSON.readTree(JSON.writeValueAsString(offline.get(h.get("name").asText()).toJson()));
            assertThat(h).as(h.get("name").asText()).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isEqualTo(offline.all().size());
        JsonNode one = json("/api/runs/" + RUN + "/histograms/ecal_energy.json?spill=2");
        assertThat(one.get("entries").asLong()).isEqualTo(100);
    }

    @Test
    void csvAndPngDownloads() throws Exception {
        HttpResponse<byte[]> csv = get("/api/runs/" + RUN + "/histograms/wf.ECAL.occupancy.csv?spill=1");
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\n");
        int channels = state.withRun(RUN, r -> r.header().detectors().get(ecal).channels());
        assertThat(lines).hasSize(channels + 3);   // header, underflow, bins, overflow
        assertThat(lines[0]).isEqualTo("bin_lo,bin_hi,content");
        HttpResponse<byte[]> png = get("/api/runs/" + RUN + "/histograms/ecal_vs_hcal.png?spill=all");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(get("/api/runs/" + RUN + "/histograms/no_such.json").statusCode()).isEqualTo(404);
        assertThat(get("/api/runs/" + RUN + "/histograms/ecal_energy.json?spill=99").statusCode()).isEqualTo(404);
        assertThat(get("/api/runs/12345/histograms").statusCode()).isEqualTo(404);
    }

    @Test
    void theDeadChannelIsInTheAlarmsJson() throws Exception {
        JsonNode alarms = json("/api/alarms?run=" + RUN);
        assertThat(alarms.size()).isEqualTo(2);
        List<Integer> spills = new ArrayList<>();
        for (JsonNode a : alarms) {
            assertThat(a.get("kind").asText()).isEqualTo("DEAD_CHANNEL");
            assertThat(a.get("detector").asText()).isEqualTo("ECAL");
            assertThat(a.get("channel").asInt()).isEqualTo(deadChannel);
            spills.add(a.get("spill").asInt());
        }
        assertThat(spills).containsExactly(2, 3);
        JsonNode runs = json("/api/runs");
        assertThat(runs.get(0).get("spills").get(0).get("alarms").asInt()).isZero();
        assertThat(runs.get(0).get("spills").get(1).get("alarms").asInt()).isEqualTo(1);
    }

    @Test
    void traversalAndOtherFilesAre404() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        String[] attempts = {
            "/assets/../pom.xml", "/assets/../../../../../../etc/passwd", "/../../../../etc/passwd",
            "/assets/%2e%2e/%2e%2e/pom.xml", "/assets/%2E%2E%2F%2E%2E%2Fpom.xml", "/assets/..%2f..%2fetc%2fpasswd",
            "/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd", "//etc/passwd", "/assets//etc/passwd", "/assets/%2Fetc%2Fpasswd",
            "/assets/" + dir.resolve("secret.txt").toAbsolutePath(), "/" + dir.resolve("secret.txt").toAbsolutePath(),
            "/assets/index.html%00.png", "/assets/..\\..\\pom.xml", "/assets/%5c..%5c..%5cpom.xml",
            "/api/runs/" + RUN + "/histograms/..%2f..%2f..%2fpom.xml", "/api/runs/..%2f..%2fetc/histograms",
            "/na64/monitor/web/index.html", "/WEB-INF/web.xml", "/assets/", "/assets/MONITOR.JS"};
        List<String> answers = new ArrayList<>();
        for (String path : attempts) {
            answers.add(path + " -> " + rawStatusLine(path));
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).contains("-> HTTP/1.1 404"));
    }

    @Test
    void liveUpdatesArriveAsServerSentEvents() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.headers().firstValue("content-type").orElse("")).as(r.statusCode() + " " + (r.statusCode() != 200
                ? new String(r.body().readAllBytes(), StandardCharsets.UTF_8) : "")).startsWith("text/event-stream");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            JsonNode first = nextUpdate(in);
            long version = first.get("version").asLong();
            assertThat(first.get("current_run").asInt()).isEqualTo(RUN);
            // a new event of a new spill changes the state: an update with a later version follows
            RawEvent one;
            try (RawReader rr = RawReader.open(raw)) {
                one = rr.next();
            }
            RawEvent moved = new RawEvent(new na64.event.raw.EventHeader(RUN, 4, 1_000_000, 0,
                    one.header().triggerWord(), one.header().triggerPhase()), one.waveforms(), one.strips(), one.straws(), null);
            state.event(moved);
            JsonNode next = nextUpdate(in);
            assertThat(next.get("version").asLong()).isGreaterThan(version);
            assertThat(next.get("open_spill").asInt()).isEqualTo(4);
        }
    }

    /** The data of the next "update" event (waits at most 20 s, so a broken server fails instead of hanging). */
    static JsonNode nextUpdate(BufferedReader in) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                boolean update = false;
                for (String l; (l = in.readLine()) != null; ) {
                    if (l.equals("event: update")) {
                        update = true;
                    } else if (update && l.startsWith("data: ")) {
                        return l.substring(6);
                    }
                }
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String data = line.get(20, TimeUnit.SECONDS);
        assertThat(data).isNotNull();
        return JSON.readTree(data);
    }

    /** The status line for a request sent byte for byte (no client-side normalisation of the path). */
    static String rawStatusLine(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            return status == null ? "" : status;
        }
    }

}
