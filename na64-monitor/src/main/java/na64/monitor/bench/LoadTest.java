package na64.monitor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import na64.core.Check;

/**
 * Closed-loop load on a monitor server: {@code clients} threads, each with its own HTTP client
 * (its own connection, as separate browsers), request after request without pause for
 * {@code seconds}, cycling over what a page asks for on every update: the status, every
 * histogram of the latest spill, the alarms. Reports requests, errors (status other than 200,
 * or an exception), throughput and latency percentiles.
 */
public final class LoadTest {
    /** What the clients saw. */
    public record Result(int clients, double seconds, long requests, long errors, long bytes, double p50, double p90,
                         double p99, double max, String firstError) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clients", clients);
            m.put("seconds", seconds);
            m.put("requests", requests);
            m.put("errors", errors);
            m.put("requests_per_second", requests / seconds);
            m.put("megabytes_per_second", bytes / seconds / 1e6);
            m.put("latency_ms_p50", p50 * 1e3);
            m.put("latency_ms_p90", p90 * 1e3);
            m.put("latency_ms_p99", p99 * 1e3);
            m.put("latency_ms_max", max * 1e3);
            m.put("first_error", firstError);
            return m;
        }
    }

    private LoadTest() {
    }

    public static Result run(String base, int run, int clients, double seconds) {
        Check.positive("--clients", clients);
        Check.positive("--seconds", seconds);
        List<String> paths = List.of("/api/status", "/api/runs/" + run + "/histograms?spill=last", "/api/alarms");
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<LatencyHistogram> perClient = new ArrayList<>();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        String[] firstError = {null};
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            LatencyHistogram lat = new LatencyHistogram();
            perClient.add(lat);
            int offset = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                                .timeout(Duration.ofSeconds(30)).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            lat.add((System.nanoTime() - t0) * 1e-9);
                            bytes.addAndGet(r.body().length);
                            if (r.statusCode() != 200) {
                                error(errors, firstError, req.uri() + ": HTTP " + r.statusCode());
                            }
                        } catch (Exception e) {
                            lat.add((System.nanoTime() - t0) * 1e-9);
                            error(errors, firstError, req.uri() + ": " + e);
                            if (e instanceof InterruptedException) {
                                return;
                            }
                        }
                        requests.incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double elapsed = (System.nanoTime() - start) * 1e-9;
        LatencyHistogram all = new LatencyHistogram();
        perClient.forEach(all::add);
        return new Result(clients, elapsed, requests.get(), errors.get(), bytes.get(), all.quantile(0.5),
                all.quantile(0.9), all.quantile(0.99), all.max(), firstError[0]);
    }

    private static void error(AtomicLong errors, String[] first, String what) {
        errors.incrementAndGet();
        synchronized (first) {
            if (first[0] == null) {
                first[0] = what;
            }
        }
    }
}
