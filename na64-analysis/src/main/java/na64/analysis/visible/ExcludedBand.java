package na64.analysis.visible;

import java.util.ArrayList;
import java.util.List;
import na64.stats.CLs;
import na64.stats.Channel;

/**
 * The band of couplings a visible-mode search excludes at one mass, from the expected signal on a
 * grid of couplings: at each grid point the runs are combined in one CLs likelihood (a common
 * signal strength mu, each run with its own signal, background and observed count), giving the
 * excluded strength mu_up; eps is excluded where mu_up &lt; 1. Between grid points ln mu_up is
 * interpolated linearly in ln eps (the signal is a power of eps times an exponential of eps^2 L0
 * between them, smooth on the grid's scale), so each edge is the crossing of ln mu_up = 0.
 *
 * <p>The lower edge comes from the production (signal ~ eps^2 while X mostly decays in the decay
 * volume), the upper one from X decaying inside the dump (signal ~ eps^2 e^(-l/L), L ~ 1/eps^2).
 * A band open at the grid's first or last point is reported with that edge as NaN; next to a grid
 * point with no signal at all the edge is the last excluded grid point.
 */
public final class ExcludedBand {
    /** Expected signals below it exclude nothing at any strength a CLs scan reaches. */
    static final double MIN_SIGNAL = 1e-30;

    private ExcludedBand() {
    }

    /** The expected signal and the background of one run at one grid point. */
    public record RunSignal(String run, double signal, double background, int observed) {
    }

    /** One mass: the edges (NaN where the band is open or absent) and mu_up per grid point. */
    public record Edges(double mass, double epsilonLow, double epsilonHigh, double[] epsilons, double[] muUp) {
        public boolean excludesAny() {
            for (double m : muUp) {
                if (m < 1) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param signals signals[i] = the runs at epsilons[i]
     */
    public static Edges at(double mass, double[] epsilons, List<List<RunSignal>> signals, CLs cls) {
        double[] mu = new double[epsilons.length];
        for (int i = 0; i < epsilons.length; i++) {
            List<Channel> channels = new ArrayList<>();
            double total = 0;
            for (RunSignal r : signals.get(i)) {
                channels.add(Channel.of(r.run(), r.signal(), r.background(), r.observed()));
                total += r.signal();
            }
            // no signal to speak of: nothing excluded (mu_up infinite), without asking CLs to scale zero
            mu[i] = total > MIN_SIGNAL ? cls.upperLimit(channels, new java.util.SplittableRandom(1)).mu() : Double.POSITIVE_INFINITY;
        }
        double low = Double.NaN;
        double high = Double.NaN;
        for (int i = 0; i + 1 < epsilons.length; i++) {
            boolean in0 = mu[i] < 1;
            boolean in1 = mu[i + 1] < 1;
            if (!in0 && in1 && Double.isNaN(low)) {
                low = crossing(epsilons[i], mu[i], epsilons[i + 1], mu[i + 1]);
            } else if (in0 && !in1) {
                high = crossing(epsilons[i], mu[i], epsilons[i + 1], mu[i + 1]);
            }
        }
        return new Edges(mass, low, high, epsilons.clone(), mu);
    }

    /**
     * eps where ln mu crosses 0 between (e0, mu0) and (e1, mu1), linear in ln eps. Next to a point
     * without any signal (mu infinite) there is nothing to interpolate: the edge is then the
     * excluded grid point, so the band is never wider than the grid shows.
     */
    static double crossing(double e0, double mu0, double e1, double mu1) {
        if (Double.isInfinite(mu0)) {
            return e1;
        }
        if (Double.isInfinite(mu1)) {
            return e0;
        }
        double l0 = Math.log(mu0);
        double l1 = Math.log(mu1);
        double t = l0 / (l0 - l1);
        return Math.exp(Math.log(e0) + t * (Math.log(e1) - Math.log(e0)));
    }
}
