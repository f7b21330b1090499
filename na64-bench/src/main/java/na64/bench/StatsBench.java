package na64.bench;

import na64.stats.CLs;
import na64.stats.Channel;
import na64.stats.Uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/**
 * Throughput of the limit calculations, for {@code na64 bench} and docs/benchmarks.md. Each case
 * is warmed up, then repeated for about {@code secondsPerCase}; the observed count changes from
 * call to call so nothing is reused. Single-threaded.
 *
 * <pre>{@code
 * for (StatsBench.Case c : StatsBench.run(1.0)) System.out.println(c);
 * }</pre>
 */
public final class StatsBench {

    /** One benchmark case: calls per second and microseconds per call. */
    public record Case(String name, double callsPerSecond) {
        public double microsecondsPerCall() {
            return 1e6 / callsPerSecond;
        }

        @Override
        public String toString() {
            return String.format("%-62s %12.0f /s %10.1f us", name, callsPerSecond, microsecondsPerCall());
        }
    }

    private StatsBench() {
    }

    /** Runs every case for about one second. */
    public static List<Case> run() {
        return run(1.0);
    }

    public static List<Case> run(double secondsPerCase) {
        CLs cls = new CLs();
        Uncertainty sig = Uncertainty.logNormal(0.10);
        Uncertainty bkg = Uncertainty.logNormal(0.30);
        List<Case> cases = new ArrayList<>();
        cases.add(measure("limit, 1 channel, no uncertainty (n = 0..3, b = 0.5)", secondsPerCase,
                i -> cls.upperLimit(Channel.counting(i & 3, 0.5)).events()));
        cases.add(measure("limit, 1 channel, 10 % signal + 30 % bkg log-normal", secondsPerCase,
                i -> cls.upperLimit(Channel.counting(i & 3, 0.5).withSignalUncertainty(sig).withBackgroundUncertainty(bkg)).events()));
        cases.add(measure("limit, 3 channels combined, no uncertainty", secondsPerCase,
                i -> cls.upperLimit(threeRuns(i, Uncertainty.NONE, Uncertainty.NONE), null).mu()));
        cases.add(measure("limit, 3 channels combined, 10 % + 30 % log-normal", secondsPerCase,
                i -> cls.upperLimit(threeRuns(i, sig, bkg), null).mu()));
        cases.add(measure("expected band, 1 channel, 10 % + 30 % log-normal", secondsPerCase,
                i -> cls.expected(Channel.counting(0, 0.3 + 0.1 * (i & 3)).withSignalUncertainty(sig).withBackgroundUncertainty(bkg)).median()));
        cases.add(measure("expected band, 3 channels combined, no uncertainty", secondsPerCase,
                i -> cls.expected(threeRuns(i, Uncertainty.NONE, Uncertainty.NONE), new SplittableRandom(i)).median()));
        return cases;
    }

    /** Three runs of different size, like the NA64e 2016, 2017 and 2018 data sets. */
    private static List<Channel> threeRuns(int i, Uncertainty sig, Uncertainty bkg) {
        return List.of(
                new Channel("run A", 1.0, 0.12, bkg, sig, i & 1),
                new Channel("run B", 2.1, 0.30, bkg, sig, 0),
                new Channel("run C", 4.5, 0.53, bkg, sig, (i >> 1) & 1));
    }

    private static Case measure(String name, double seconds, IntToDoubleFunction call) {
        double sink = 0;
        long warmEnd = System.nanoTime() + (long) (0.3 * seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < warmEnd) {
            sink += call.applyAsDouble(i++);
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int calls = 0;
        long now;
        do {
            for (int k = 0; k < 16; k++) {
                sink += call.applyAsDouble(i++);
                calls++;
            }
            now = System.nanoTime();
        } while (now < end);
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("a limit was NaN");
        }
        return new Case(name, calls / ((now - start) * 1e-9));
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        for (Case c : run(seconds)) {
            System.out.println(c);
        }
    }
}
