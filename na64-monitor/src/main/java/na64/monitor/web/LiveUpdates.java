package na64.monitor.web;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import na64.monitor.state.MonitorState;

/**
 * Server-sent events: every {@code periodMillis}, when the monitor state changed, each connected
 * page gets an {@code update} event with the status document, and then fetches what it shows.
 * Pages only hold a connection, no thread; a comment every 15 s keeps proxies from closing idle
 * streams and finds the clients that left.
 */
final class LiveUpdates implements AutoCloseable {
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "na64-monitor-sse");
        t.setDaemon(true);
        return t;
    });
    private final MonitorState state;
    private final Supplier<String> status;
    private final long keepAliveTicks;
    private long sentVersion = -1;
    private long ticks;

    LiveUpdates(MonitorState state, Supplier<String> status, long periodMillis) {
        this.state = state;
        this.status = status;
        this.keepAliveTicks = Math.max(1, 15_000 / periodMillis);
        timer.scheduleAtFixedRate(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendEvent("update", status.get());
    }

    int clients() {
        return clients.size();
    }

    private void tick() {
        try {
            ticks++;
            long v = state.version();
            if (v != sentVersion) {
                sentVersion = v;
                String doc = status.get();
                for (SseClient c : clients) {
                    send(c, () -> c.sendEvent("update", doc));
                }
            } else if (ticks % keepAliveTicks == 0) {
                for (SseClient c : clients) {
                    send(c, () -> c.sendComment("keep-alive"));
                }
            }
        } catch (RuntimeException e) {
            // never let one failure stop the timer: the next tick tries again
        }
    }

    private void send(SseClient c, Runnable r) {
        if (c.terminated()) {
            clients.remove(c);
            return;
        }
        try {
            r.run();
        } catch (RuntimeException e) {
            clients.remove(c);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        clients.forEach(SseClient::close);
    }
}
