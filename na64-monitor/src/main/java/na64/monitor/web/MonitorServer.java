package na64.monitor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import na64.monitor.hist.Histogram;
import na64.monitor.state.MonitorState;

/**
 * The monitor's HTTP server (Javalin): the page's own assets and a read-only JSON API, nothing
 * else; every other path, and every request that is not a GET, gets 404 (or 405 from Jetty for
 * unknown methods). Routes:
 *
 * <pre>
 * GET /                                          the page
 * GET /assets/{monitor.js|monitor.css|index.html}
 * GET /api/status                                current run, open spill, events, alarm count
 * GET /api/runs                                  kept runs with their spill summaries
 * GET /api/runs/{run}/histograms?spill=N|all|last            every histogram of a spill (JSON)
 * GET /api/runs/{run}/histograms/{name}.{json|csv|png}?spill= one histogram
 * GET /api/reference/histograms                  the reference run
 * GET /api/alarms[?run=R]                        alarms of a run (default: the current one)
 * GET /api/events                                server-sent events: "update" with the status
 * </pre>
 */
public final class MonitorServer implements AutoCloseable {
    private static final Pattern ONE = Pattern.compile("([A-Za-z0-9_.-]+)\\.(json|csv|png)");

    private final ObjectMapper json = new ObjectMapper();
    private final MonitorState state;
    private final MonitorApi api;
    private final StaticAssets assets = new StaticAssets();
    private final LiveUpdates updates;
    private final Javalin app;

    /**
     * @param state       what to serve
     * @param host        interface to listen on ("127.0.0.1": this machine only; "0.0.0.0": all)
     * @param port        port (0: any free one, see {@link #port()})
     * @param sseMillis   period of the live-update check
     */
    public MonitorServer(MonitorState state, String host, int port, long sseMillis) {
        this.state = state;
        this.api = new MonitorApi(state);
        this.updates = new LiveUpdates(state, () -> write(api.status()), sseMillis);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = host;
            c.jetty.port = port;
            // what Jetty's parser rejects (dot segments above the root, encoded NUL) is a 404 like any unknown path
            c.jetty.modifyServer(server -> server.setErrorHandler(new NotFoundForBadRequests()));
            c.routes.get("/", ctx -> asset(ctx, "index.html"));
            c.routes.get("/assets/<name>", ctx -> asset(ctx, ctx.pathParam("name")));
            c.routes.get("/api/status", ctx -> sendJson(ctx, api.status()));
            c.routes.get("/api/runs", ctx -> sendJson(ctx, api.runs()));
            c.routes.get("/api/runs/{run}/histograms", this::histograms);
            c.routes.get("/api/runs/{run}/histograms/{file}", this::one);
            c.routes.get("/api/reference/histograms", ctx -> sendJson(ctx, api.referenceJson()));
            c.routes.get("/api/alarms", ctx -> sendJson(ctx, api.alarms(ctx.queryParam("run") == null ? null
                    : parseRun(ctx.queryParam("run")))));
            c.routes.sse("/api/events", updates::join);
            c.routes.exception(MonitorApi.NotFound.class, (e, ctx) -> notFound(ctx, e.getMessage()));
            c.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().startsWith("Endpoint")) {
                    notFound(ctx, "not found");
                }
            });
        });
        app.start();
    }

    public int port() {
        return app.port();
    }

    /** Pages connected for live updates. */
    public int liveClients() {
        return updates.clients();
    }

    private void asset(Context ctx, String name) {
        StaticAssets.Asset a = assets.get(name);
        if (a == null) {
            notFound(ctx, "not found");
            return;
        }
        ctx.contentType(a.contentType()).result(a.bytes());
    }

    /**
     * Every page asks for the same document after each update: it is written once per state
     * version and selection, and served from this small cache until the state changes.
     */
    private final java.util.Map<String, String> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, String> e) {
                    return size() > 32;
                }
            });

    private void histograms(Context ctx) {
        int run = run(ctx);
        String spill = ctx.queryParam("spill");
        String key = state.version() + "/" + run + "/" + spill;
        String doc = cache.get(key);
        if (doc == null) {
            doc = write(api.histogramsJson(run, spill));
            cache.put(key, doc);
        }
        ctx.contentType("application/json").result(doc);
    }

    private void one(Context ctx) {
        Matcher m = ONE.matcher(ctx.pathParam("file"));
        if (!m.matches()) {
            notFound(ctx, "expected NAME.json, NAME.csv or NAME.png");
            return;
        }
        int run = run(ctx);
        String spill = ctx.queryParam("spill");
        Histogram h = api.histogram(run, spill, m.group(1));
        String label = "run " + run + ", spill " + (spill == null ? "all" : spill);
        switch (m.group(2)) {
            case "json" -> sendJson(ctx, h.toJson());
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + h.name() + ".csv\"").result(h.toCsv());
            default -> ctx.contentType("image/png").result(HistogramPng.render(h, api.referenceHistogram(h.name()), label));
        }
    }

    private static int run(Context ctx) {
        return parseRun(ctx.pathParam("run"));
    }

    private static int parseRun(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new MonitorApi.NotFound("run must be a number, not '" + s + "'");
        }
    }

    private void sendJson(Context ctx, Object doc) {
        ctx.contentType("application/json").result(write(doc));
    }

    private static void notFound(Context ctx, String message) {
        ctx.status(404).contentType("text/plain; charset=utf-8").result(message + "\n");
    }

    private String write(Object doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    @Override
    public void close() {
        updates.close();
        app.stop();
    }
}
