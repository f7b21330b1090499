package na64.monitor;

import na64.monitor.live.RawFollower;
import na64.monitor.state.MonitorState;

/**
 * The monitor's reading thread, which joins the live source ({@code na64.monitor.live}) to the
 * state ({@code na64.monitor.state}): polls the source every {@code pollMillis}; when nothing new has arrived for {@code idleMillis} (the DAQ stopped, the run ended), the spill being filled is
 * finished so that its alarms are judged. Errors of one poll are kept for the page and the loop
 * goes on (a file the DAQ rotates, a full disk for a moment).
 */
public final class LiveLoop implements AutoCloseable {
    private final RawFollower follower;
    private final MonitorState state;
    private final long pollMillis;
    private final long idleMillis;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String lastError;

    public LiveLoop(RawFollower follower, MonitorState state, long pollMillis, long idleMillis) {
        this.follower = follower;
        this.state = state;
        this.pollMillis = pollMillis;
        this.idleMillis = idleMillis;
        this.thread = new Thread(this::loop, "na64-monitor-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        long lastData = System.nanoTime();
        boolean idleHandled = true;
        while (running) {
            try {
                if (follower.poll(state) > 0) {
                    lastData = System.nanoTime();
                    idleHandled = false;
                } else if (!idleHandled && (System.nanoTime() - lastData) / 1_000_000 >= idleMillis) {
                    state.finishOpenSpill();
                    idleHandled = true;
                }
                if (lastError != null) {
                    lastError = null;
                    state.sourceError(null);
                }
            } catch (RuntimeException e) {
                lastError = e.getMessage();
                state.sourceError(lastError);
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The error of the last poll, or null. */
    public String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
