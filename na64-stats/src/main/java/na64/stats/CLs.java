package na64.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.core.Check;
import na64.core.InputException;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * CLs upper limits for counting experiments (the modified frequentist method: T. Junk, NIM A434
 * (1999) 435; A.L. Read, J. Phys. G 28 (2002) 2693). A signal strength mu is excluded at
 * confidence level CL when CLs = CLs+b / CLb &lt; 1 - CL, where CLs+b and CLb are the probabilities,
 * under signal+background and background only, of an outcome at most as signal-like as the data
 * according to Q = L(s+b)/L(b) (see {@link TestStatistic}). Several channels combine in one
 * likelihood with a common mu.
 *
 * <p>Nuisance parameters (background and signal normalisations) are marginalised: the Poisson
 * probabilities are averaged over their priors by Gauss quadrature (the Cousins-Highland hybrid, as
 * in Junk's method where pseudo-experiments are smeared by the systematic uncertainties); Q itself
 * uses the nominal s and b. Tail probabilities are exact sums over the discrete outcomes; only when
 * these are too many (see {@link Settings#maxEnumeration()}) pseudo-experiments drawn from the
 * caller's random generator are used.
 *
 * <p>Stateless and thread-safe: each call builds its own working data.
 *
 * <pre>{@code
 * CLs cls = new CLs();                                                    // 90 % CL
 * double nUp = cls.upperLimit(Channel.counting(0, 0.0)).events();       // 2.303
 * Channel run = Channel.of("2016-2022", 1.2e4, 0.53, 0)                   // s per unit eps^2
 *         .withBackgroundError(0.17, Uncertainty.Shape.LOG_NORMAL)
 *         .withSignalUncertainty(Uncertainty.logNormal(0.10));
 * double eps2Up = cls.upperLimit(run).mu();                              // limit on eps^2
 * ExpectedLimits band = cls.expected(run);                               // median, +-1, +-2 sigma
 * }</pre>
 */
public final class CLs {

    /**
     * Numerical settings.
     *
     * @param confidenceLevel e.g. 0.90 (NA64) or 0.95
     * @param quadratureNodes Gauss-Hermite nodes per nuisance prior (x2 for r &gt; 0.5, x4 for r &gt; 1.5;
     *     Gauss-Legendre for truncated Gaussians: x2)
     * @param maxEnumeration lattice points summed before falling back to pseudo-experiments
     * @param toys pseudo-experiments per tail probability in the fallback
     * @param maxExpectedOutcomes background-only outcomes enumerated for a combined expected band
     *     before drawing pseudo-datasets instead
     * @param expectedToys background-only pseudo-datasets for a combined expected band
     */
    public record Settings(double confidenceLevel, int quadratureNodes, long maxEnumeration, int toys,
            int maxExpectedOutcomes, int expectedToys) {

        public Settings {
            if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw InputException.outOfRange("confidence level", confidenceLevel, "(0, 1), e.g. 0.9");
            }
            Check.inClosedRange("quadrature nodes", quadratureNodes, 1, 50);
            Check.positive("max enumeration", maxEnumeration);
            Check.positive("toys", toys);
            Check.positive("max expected outcomes", maxExpectedOutcomes);
            Check.positive("expected toys", expectedToys);
        }

        /** 90 % CL, 16 quadrature nodes, 2e6 lattice points, 20000 toys, 4096 outcomes, 2000 expected toys. */
        public static Settings defaults() {
            return new Settings(0.90, 16, 2_000_000, 20_000, 4096, 2000);
        }

        public Settings withConfidenceLevel(double cl) {
            return new Settings(cl, quadratureNodes, maxEnumeration, toys, maxExpectedOutcomes, expectedToys);
        }

        public Settings withQuadratureNodes(int nodes) {
            return new Settings(confidenceLevel, nodes, maxEnumeration, toys, maxExpectedOutcomes, expectedToys);
        }

        public Settings withMaxEnumeration(long points) {
            return new Settings(confidenceLevel, quadratureNodes, points, toys, maxExpectedOutcomes, expectedToys);
        }

        public Settings withToys(int count) {
            return new Settings(confidenceLevel, quadratureNodes, maxEnumeration, count, maxExpectedOutcomes, expectedToys);
        }

        public Settings withExpectedOutcomes(int maxOutcomes, int pseudoDatasets) {
            return new Settings(confidenceLevel, quadratureNodes, maxEnumeration, toys, maxOutcomes, pseudoDatasets);
        }
    }

    /**
     * CLs+b and CLb of the data at one signal strength, and CLs = CLs+b / CLb (from their
     * logarithms where both underflow: a few events over a large background).
     */
    public record Confidence(double clsb, double clb, double cls, Limit.Method method) {
        /** From the probabilities themselves; CLs = 1 where CLb = 0 (pseudo-experiments that never reach the data). */
        static Confidence of(double clsb, double clb, Limit.Method method) {
            return new Confidence(clsb, clb, clb > 0 ? Math.min(1, clsb / clb) : 1, method);
        }

        static Confidence ofLogs(double logClsb, double logClb, Limit.Method method) {
            double cls = logClb == Double.NEGATIVE_INFINITY ? 1 : Math.min(1, Math.exp(logClsb - logClb));
            return new Confidence(Math.exp(logClsb), Math.exp(logClb), cls, method);
        }
    }

    /** Gaussian quantiles of -2, -1, 0, +1, +2 sigma. */
    private static final double[] BAND_PROBABILITIES = {
        StandardNormal.cdf(-2), StandardNormal.cdf(-1), 0.5, StandardNormal.cdf(1), StandardNormal.cdf(2)};
    /** Background-only counts beyond this upper-tail probability are left out of expected bands. */
    private static final double BAND_TAIL = 1e-7;

    private final Settings settings;
    private final QuadratureRules rules;

    public CLs() {
        this(Settings.defaults());
    }

    public CLs(Settings settings) {
        this.settings = settings;
        this.rules = new QuadratureRules(settings.quadratureNodes());
    }

    public Settings settings() {
        return settings;
    }

    /** The upper limit for one channel (always exact). N_up = events() does not depend on the signal. */
    public Limit upperLimit(Channel channel) {
        return upperLimit(List.of(channel), null);
    }

    /**
     * The upper limit on the common signal strength of several channels.
     *
     * @param fallback random numbers for pseudo-experiments, used only if the outcomes are too many
     *     to enumerate (may be null when that cannot happen; then an IllegalStateException says so)
     */
    public Limit upperLimit(List<Channel> channels, RandomGenerator fallback) {
        return new Problem(channels, fallback).limit();
    }

    /** CLs+b and CLb of the data at signal strength {@code mu}. */
    public Confidence confidence(List<Channel> channels, double mu, RandomGenerator fallback) {
        Check.nonNegative("mu", mu);
        return new Problem(channels, fallback).confidence(mu);
    }

    /** The expected limits of one channel, from the background-only distribution of its count. */
    public ExpectedLimits expected(Channel channel) {
        return expected(List.of(channel), null);
    }

    /**
     * The expected limits of a combination: the background-only distribution of the limit, from
     * all outcomes with non-negligible probability when they are at most
     * {@link Settings#maxExpectedOutcomes()}, else from pseudo-datasets drawn with {@code fallback}.
     */
    public ExpectedLimits expected(List<Channel> channels, RandomGenerator fallback) {
        List<Channel> informative = informative(channels);
        List<ChannelModel> models = new ArrayList<>();
        for (Channel c : informative) {
            models.add(new ChannelModel(c, rules));
        }
        if (informative.size() == 1) {
            return expectedSingle(informative.get(0), models.get(0));
        }
        int[] maxCount = new int[models.size()];
        double outcomes = 1;
        for (int i = 0; i < models.size(); i++) {
            maxCount[i] = models.get(i).backgroundCountCovering(BAND_TAIL);
            outcomes *= maxCount[i] + 1;
        }
        Map<List<Integer>, Limit> memo = new HashMap<>();
        List<double[]> limitAndWeight = new ArrayList<>();
        boolean toys = false;
        if (outcomes <= settings.maxExpectedOutcomes()) {
            int[] counts = new int[models.size()];
            do {
                double p = 1;
                for (int i = 0; i < counts.length; i++) {
                    p *= models.get(i).pmf(0, maxCount[i])[counts[i]];
                }
                if (p > 1e-12) {
                    Limit limit = limitFor(informative, counts, fallback, memo);
                    toys |= limit.method() == Limit.Method.TOYS;
                    limitAndWeight.add(new double[] {limit.mu(), p});
                }
            } while (next(counts, maxCount));
        } else {
            if (fallback == null) {
                throw new IllegalStateException(String.format(
                        "the expected band needs %.3g outcomes (> %d): pass a RandomGenerator for pseudo-datasets",
                        outcomes, settings.maxExpectedOutcomes()));
            }
            toys = true;
            for (int[] counts : Toys.backgroundOnlyCounts(models, settings.expectedToys(), fallback)) {
                limitAndWeight.add(new double[] {limitFor(informative, counts, fallback, memo).mu(), 1});
            }
        }
        double[] q = weightedQuantiles(limitAndWeight);
        return new ExpectedLimits(q[0], q[1], q[2], q[3], q[4], toys ? Limit.Method.TOYS : Limit.Method.EXACT);
    }

    /** One channel: the limit grows with the count, so the quantiles of the count give the band. */
    private ExpectedLimits expectedSingle(Channel channel, ChannelModel model) {
        int max = model.backgroundCountCovering(BAND_TAIL);
        double[] band = new double[5];
        Map<Integer, Double> limits = new HashMap<>();
        if (max > ChannelModel.LARGE_COUNT) {
            for (int k = 0; k < 5; k++) {
                int n = model.backgroundQuantile(BAND_PROBABILITIES[k] * (1 - 1e-12), max);
                band[k] = limits.computeIfAbsent(n, count -> upperLimit(channel.withObserved(count)).mu());
            }
            return new ExpectedLimits(band[0], band[1], band[2], band[3], band[4], Limit.Method.EXACT);
        }
        double[] pmf = model.pmf(0, max);
        for (int k = 0; k < 5; k++) {
            int n = 0;
            double cdf = pmf[0];
            while (cdf < BAND_PROBABILITIES[k] * (1 - 1e-12) && n < max) {
                n++;
                cdf += pmf[n];
            }
            band[k] = limits.computeIfAbsent(n, count -> upperLimit(channel.withObserved(count)).mu());
        }
        return new ExpectedLimits(band[0], band[1], band[2], band[3], band[4], Limit.Method.EXACT);
    }

    private Limit limitFor(List<Channel> channels, int[] counts, RandomGenerator fallback, Map<List<Integer>, Limit> memo) {
        List<Integer> key = Arrays.stream(counts).boxed().toList();
        Limit known = memo.get(key);
        if (known != null) {
            return known;
        }
        List<Channel> pseudo = new ArrayList<>(channels.size());
        for (int i = 0; i < counts.length; i++) {
            pseudo.add(channels.get(i).withObserved(counts[i]));
        }
        Limit limit = upperLimit(pseudo, fallback);
        memo.put(key, limit);
        return limit;
    }

    private static boolean next(int[] counts, int[] max) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < max[i]) {
                counts[i]++;
                return true;
            }
            counts[i] = 0;
        }
        return false;
    }

    private static double[] weightedQuantiles(List<double[]> limitAndWeight) {
        limitAndWeight.sort((a, b) -> Double.compare(a[0], b[0]));
        double total = 0;
        for (double[] lw : limitAndWeight) {
            total += lw[1];
        }
        double[] q = new double[5];
        for (int k = 0; k < 5; k++) {
            double target = BAND_PROBABILITIES[k] * total * (1 - 1e-12);
            double cumulative = 0;
            q[k] = limitAndWeight.get(limitAndWeight.size() - 1)[0];
            for (double[] lw : limitAndWeight) {
                cumulative += lw[1];
                if (cumulative >= target) {
                    q[k] = lw[0];
                    break;
                }
            }
        }
        return q;
    }

    private static List<Channel> informative(List<Channel> channels) {
        if (channels == null || channels.isEmpty()) {
            throw new InputException("channels", "no channel given; at least one channel with signal > 0 is needed");
        }
        List<Channel> informative = new ArrayList<>();
        for (Channel c : channels) {
            if (c.signal() > 0) {
                informative.add(c);
            }
        }
        if (informative.isEmpty()) {
            throw new InputException("signal", "every channel has signal = 0; at least one channel needs signal > 0");
        }
        return informative;
    }

    /** The working data of one limit: channel models, and the toys once they are needed. */
    private final class Problem {
        private final List<ChannelModel> models = new ArrayList<>();
        private final double totalSignal;
        private final RandomGenerator fallback;
        private Toys toys;

        Problem(List<Channel> channels, RandomGenerator fallback) {
            double sum = 0;
            for (Channel c : informative(channels)) {
                models.add(new ChannelModel(c, rules));
                sum += c.signal();
            }
            this.totalSignal = sum;
            this.fallback = fallback;
        }

        Confidence confidence(double mu) {
            if (mu == 0) {
                return Confidence.of(1, 1, Limit.Method.EXACT);
            }
            if (models.size() == 1 && models.get(0).channel.background() > 0
                    && models.get(0).channel.observed() > ChannelModel.LARGE_COUNT) {
                return singleChannel(mu);
            }
            TestStatistic t = new TestStatistic(models, mu);
            if (toys == null) {
                try {
                    double logClsb = ExactTail.logLowerTail(t, mu, settings.maxEnumeration());
                    double logClb = ExactTail.logLowerTail(t, 0, settings.maxEnumeration());
                    return Confidence.ofLogs(logClsb, logClb, Limit.Method.EXACT);
                } catch (ExactTail.TooManyOutcomes e) {
                    if (models.size() == 1 && models.get(0).channel.background() > 0) {
                        return singleChannel(mu);
                    }
                    if (fallback == null) {
                        throw new IllegalStateException("more than " + settings.maxEnumeration()
                                + " outcomes to enumerate: pass a RandomGenerator for pseudo-experiments");
                    }
                    toys = new Toys(t, settings.toys(), fallback);
                }
            }
            return Confidence.of(toys.lowerTail(t, mu), toys.lowerTail(t, 0), Limit.Method.TOYS);
        }

        /**
         * One channel with background: the test statistic grows with the count, so the tail is
         * P(N &lt;= n_obs), from the regularised gamma function (for counts too large to sum).
         */
        private Confidence singleChannel(double mu) {
            ChannelModel m = models.get(0);
            int observed = m.channel.observed();
            return Confidence.of(m.cdf(mu, observed), m.cdf(0, observed), Limit.Method.EXACT);
        }

        Limit limit() {
            double alpha = 1 - settings.confidenceLevel();
            // CLs >= exp(-sum_i mu s_i) (the outcomes with no signal event), so mu below
            // -ln(alpha)/sum s is never excluded: a safe lower end of the bracket.
            double lo = 0.999 * -Math.log(alpha) / totalSignal;
            while (confidence(lo).cls() < alpha && lo > 1e-300) {
                lo /= 2;
            }
            double hi = 2 * lo;
            while (confidence(hi).cls() >= alpha) {
                lo = hi;
                hi *= 2;
                if (hi > 1e300) {
                    throw new IllegalStateException("no signal strength is excluded: CLs stays above " + alpha);
                }
            }
            BrentSolver solver = new BrentSolver(1e-8, 1e-12 * lo, 1e-12);
            double mu = solver.solve(200, m -> confidence(m).cls() - alpha, lo, hi);
            Confidence atLimit = confidence(mu);
            return new Limit(mu, mu * totalSignal, settings.confidenceLevel(), atLimit.clb(), atLimit.method());
        }
    }
}
