package na64.reco.waveform;

import java.util.Arrays;
import na64.event.raw.RunHeader;

/**
 * Template fit of sampled PMT waveforms: amplitudes and times of one or more pulses.
 *
 * <p>The model of a waveform is y_k = sum_i A_i f(t_k - T_i) over pulses i, with f the channel's
 * {@link PulseShape} (peak 1 at T_i), on pedestal-subtracted samples. Samples at the ADC full scale
 * are censored, not dropped: they only say that the true signal reached the full scale, so they add
 * (S - model_k)^2 / sigma^2 to chi2 where the model stays below the full scale S and nothing where
 * it passes it. Without that, pulses fitted to the edges of a saturated peak could cancel each other
 * under the missing samples (a large negative amplitude next to a large positive one).
 *
 * <p>For fixed times the amplitudes follow from linear least squares (normal equations; the censored
 * samples by an active set: those below the full scale are fitted to it, until the set is stable).
 * The times of a new pulse start from the best point of a grid of half a sample over +-2 samples
 * around the residual peak (the chi2 of undersampled pulses has side minima); then all amplitudes and
 * times are refined together by damped Gauss-Newton (Levenberg-Marquardt, with the tabulated template
 * derivative), which converges in a few steps (stopped at 0.01 ns or, on an unsaturated waveform,
 * where its next step would lower chi2 by less than 4e-4: within ~0.02 of the errors). A single
 * pulse narrower than three samples (FWHM: the counters and the SRD on the 80 MHz board) keeps the
 * full search below, as its chi2 has side minima within a sample that Gauss-Newton does not always
 * escape. Only where that does not converge (nearly degenerate
 * pulses) or a single-pulse fit ends with a poor chi2 (above ndf + 3 sqrt(2 ndf): perhaps a side
 * minimum of an undersampled pulse) does the fit fall back to the full search: the grid and Brent's
 * method on each time in turn (coordinate descent), kept if it lowers chi2. Both minimise the same chi2.
 *
 * <p>Pulses are found greedily: while the largest residual exceeds {@code threshold} noise sigmas,
 * a pulse is started at that sample and all times are refitted; an additional pulse is kept only if
 * it lowers chi2 by at least {@code minDeltaChi2} with a positive amplitude. This resolves two
 * pulses closer than the pulse width (pile-up) as in the two-pulse fits used by NA64 since 2025.
 * The pulse closest to the channel's expected time within {@code inTimeWindow} is the in-time
 * pulse; without one, a template fixed at the expected time is fitted along with the other pulses,
 * which gives an unbiased amplitude for small signals (no threshold bias in energy sums).
 *
 * <p>Thread-safe: the work arrays are per thread (reused from call to call, as the fit runs once per
 * channel and event).
 */
public final class WaveformFitter {
    private final SampledPulse pulse;
    private final RunHeader.WaveformBoard board;
    private final FitSettings settings;
    private final boolean fullSearch;
    /** pulses narrower than 3 samples (FWHM): side minima make Gauss-Newton unreliable for single pulses */
    private final boolean undersampled;
    private final ThreadLocal<Work> work = new ThreadLocal<>();
    /** the (empty, never written) pulse lists of a waveform without extra pulses */
    private static final double[] NONE = new double[0];

    public WaveformFitter(PulseShape shape, RunHeader.WaveformBoard board, FitSettings settings) {
        this(shape, board, settings, false);
    }

    /** @param fullSearch always the grid-and-Brent search on every time (the fallback), to compare the fast path with */
    WaveformFitter(PulseShape shape, RunHeader.WaveformBoard board, FitSettings settings, boolean fullSearch) {
        this.pulse = SampledPulse.of(shape, board.period());
        this.board = board;
        this.settings = settings;
        this.fullSearch = fullSearch;
        this.undersampled = fullWidth(shape) < 3 * board.period();
    }

    /** Full width at half maximum of the pulse [ns], on a 0.01 ns grid. */
    static double fullWidth(PulseShape shape) {
        double step = 0.01;
        double before = 0;
        while (shape.atPeak(-before) > 0.5) {
            before += step;
        }
        double after = 0;
        while (shape.atPeak(after) > 0.5) {
            after += step;
        }
        return before + after;
    }

    /**
     * Fits one waveform.
     *
     * @param samples      raw ADC counts
     * @param pedestal     pedestal [ADC counts]
     * @param noise        noise per sample [ADC counts]
     * @param expectedTime expected peak time of an in-time pulse relative to the trigger [ns]
     * @param phase        trigger phase of the event [ns]
     */
    public WaveformFit fit(double[] samples, double pedestal, double noise, double expectedTime, double phase) {
        Work w = fitted(samples, pedestal, noise, expectedTime, phase);
        int n = w.pulses;
        int extra = w.inTime >= 0 ? n - 1 : n;
        double[] extraTimes = extra == 0 ? NONE : new double[extra];
        double[] extraAmplitudes = extra == 0 ? NONE : new double[extra];
        for (int i = 0, j = 0; i < n; i++) {
            if (i != w.inTime) {
                extraTimes[j] = w.times[i];
                extraAmplitudes[j++] = w.a[i];
            }
        }
        return new WaveformFit(w.amplitude, w.time, n, extra, extraTimes, extraAmplitudes, w.chi2, w.ndf, w.saturated);
    }

    /**
     * {@link #fit(double[], double, double, double, double)} with only the in-time result, into
     * {@code out}: no object per fit (the reconstruction fits every channel of every event, and the
     * result objects were a third of its allocation).
     */
    public void fit(double[] samples, double pedestal, double noise, double expectedTime, double phase,
                    InTimePulse out) {
        Work w = fitted(samples, pedestal, noise, expectedTime, phase);
        out.set(w.amplitude, w.time, w.inTime >= 0 ? w.pulses - 1 : w.pulses, w.saturated);
    }

    /**
     * {@link #fit(double[], double, double, double, double, InTimePulse)} of the unsigned ADC counts
     * {@code raw[offset .. offset + size)} as the raw event holds them. A waveform inside the ADC
     * range whose largest sample is below the pulse-finding threshold (most channels) has no pulse:
     * its result is the fixed-time amplitude, formed here in one pass over the counts, the same
     * numbers as the full fit gives (the same sums in the same order), without the conversion to
     * doubles, the other sums and the search.
     */
    public void fit(short[] raw, int offset, int size, double pedestal, double noise, double expectedTime,
                    double phase, InTimePulse out) {
        Work w = work(size);
        w.prepare(phase, expectedTime);
        double[] fixed = w.fixedF;
        int highest = 0;
        int lowest = Integer.MAX_VALUE;
        double fy = 0;
        for (int k = 0; k < size; k++) {
            int v = raw[offset + k] & 0xFFFF;
            highest = Math.max(highest, v);
            lowest = Math.min(lowest, v);
            fy += fixed[k] * (v - pedestal);
        }
        if (highest < board.maxCount() && lowest > 0 && highest - pedestal < settings.threshold() * noise) {
            double ff = w.fixedFF;
            double amplitude = ff < 1e-12 ? 0 : fy / ff;
            if (amplitude < 0 && amplitude < -settings.threshold() * (1 / Math.sqrt(ff * (1 / (noise * noise))))) {
                // the bound of the full fit (PMT pulses are positive), with its error's formula (fixedError)
                amplitude = 0;
            }
            out.set(amplitude, Double.NaN, 0, false);
            return;
        }
        double[] samples = w.raw;
        for (int k = 0; k < size; k++) {
            samples[k] = raw[offset + k] & 0xFFFF;
        }
        fit(samples, pedestal, noise, expectedTime, phase, out);
    }

    /** This thread's work arrays for waveforms of {@code size} samples. */
    private Work work(int size) {
        Work w = work.get();
        if (w == null || w.size != size) {
            w = new Work(size);
            work.set(w);
        }
        return w;
    }

    /** The fit of one waveform, its result left in this thread's work arrays. */
    private Work fitted(double[] samples, double pedestal, double noise, double expectedTime, double phase) {
        Work w = work(samples.length);
        w.reset(samples, pedestal, noise, phase, expectedTime);
        int maxPulses = settings.maxPulses();
        double[] times = w.times;
        double[] trial = w.trial;
        int n = 0;
        double chi2 = w.linear(times, 0);
        double threshold = settings.threshold() * noise;
        boolean current = true; // the work arrays hold the fit of the pulses kept
        while (n < maxPulses) {
            int k = w.largestResidual(n);
            if (k < 0 || w.residual(k) < threshold) {
                break;
            }
            System.arraycopy(times, 0, trial, 0, n);
            trial[n] = w.peakEstimate(k);
            double trialChi2 = w.optimise(trial, n + 1, true);
            boolean better = n == 0 ? trialChi2 < chi2 : chi2 - trialChi2 >= settings.minDeltaChi2();
            if (!w.positive(n + 1) || !better) {
                current = false;
                break;
            }
            System.arraycopy(trial, 0, times, 0, n + 1);
            chi2 = trialChi2;
            n++;
        }
        if (n > 1) {
            n = w.prune(times, n, chi2);
            current = false;
        }
        if (!current) {
            chi2 = w.linear(times, n);
        }
        int free = w.valid - 2 * n;
        if (!fullSearch && n == 1 && chi2 > free + 3 * Math.sqrt(2.0 * Math.max(1, free))) {
            // a poor single-pulse fit: Gauss-Newton may have stopped in a side minimum of an
            // undersampled pulse; the full search from there decides
            System.arraycopy(times, 0, trial, 0, n);
            double c = w.coordinateDescent(trial, n);
            if (c < chi2 && w.positive(n)) {
                System.arraycopy(trial, 0, times, 0, n);
                chi2 = c;
            } else {
                chi2 = w.linear(times, n);
            }
        }
        int inTime = -1;
        double best = settings.inTimeWindow();
        for (int i = 0; i < n; i++) {
            double d = Math.abs(times[i] - expectedTime);
            if (d <= best) {
                best = d;
                inTime = i;
            }
        }
        double amplitude;
        double time;
        int ndf;
        if (inTime >= 0) {
            amplitude = w.a[inTime];
            time = times[inTime];
            ndf = w.valid - 2 * n;
        } else {
            times[n] = expectedTime;
            boolean alone = n == 0 && !w.saturated;
            chi2 = alone ? w.fixedOnly() : w.linear(times, n + 1);
            amplitude = w.a[n];
            time = Double.NaN;
            ndf = w.valid - 2 * n - 1;
            // (the amplitude's error is formed only for a negative amplitude: half the channels
            // without a pulse)
            if (amplitude < 0 && amplitude < -settings.threshold() * (alone ? w.fixedError() : w.nominalError(n))) {
                // PMT pulses are positive: a negative amplitude beyond the pulse-finding threshold is not
                // noise but the template traded against a neighbouring pulse whose peak is saturated or
                // out of the window (their tails are alike); the amplitude is then held at its bound, 0
                chi2 = w.linear(times, n);
                amplitude = 0;
                ndf++;
            }
        }
        w.pulses = n;
        w.inTime = inTime;
        w.amplitude = amplitude;
        w.time = time;
        w.chi2 = chi2;
        w.ndf = ndf;
        return w;
    }

    /**
     * The work arrays and the chi2 of one waveform. {@link #linear} leaves the amplitudes of its
     * times in {@code a} and the model in {@code model}; the residuals are read from those.
     */
    private final class Work {
        /** Gauss-Newton steps before the full search takes over (a few suffice unless pulses are degenerate) */
        private static final int MAX_STEPS = 30;
        /** [ns]: the template table is interpolated on 0.05 ns, the Brent search stops at 0.01 ns */
        private static final double TIME_TOLERANCE = 1e-3;
        private static final double ACCEPTED_TOLERANCE = 1e-2;
        /**
         * [chi2] On an unsaturated waveform Gauss-Newton has also converged where the linearised model
         * says its next step lowers chi2 by less than this, i.e. the step is within ~0.02 of the
         * parameters' errors (a small pulse, time error ~1 ns, otherwise took steps of 0.001-0.01 ns that
         * moved chi2 by 1e-5), or where an accepted step was predicted to lower it by less than
         * {@code ACCEPTED_DECREASE} (~0.05 errors; the next is smaller still). Not on saturated
         * waveforms, whose chi2 valley along the censored samples is too flat for the linearised model
         * (the full search then finds lower chi2).
         */
        private static final double NEGLIGIBLE_DECREASE = 4e-4;
        private static final double ACCEPTED_DECREASE = 2.5e-3;
        final int size;
        /** the ADC counts of a waveform as doubles (the raw-count entry) */
        final double[] raw;
        final double[] y;
        final double[] t;
        /** the result of the last fit: pulses found, the in-time one (-1: none), its amplitude and time, chi2, ndf */
        int pulses;
        int inTime;
        double amplitude;
        double time;
        double chi2;
        int ndf;
        /** a sample inside the ADC range (fitted) */
        final boolean[] ok;
        /** a sample at the full scale (censored) */
        final boolean[] sat;
        final boolean[] active;
        double invVariance;
        int valid;
        boolean saturated;
        /**
         * every sample inside the ADC range (most waveforms): the sums of one pulse then run without
         * a test per sample on the range (the same sums in the same order)
         */
        boolean clean;
        double maxSignal;
        /** sum of y^2 over the fitted samples */
        double yy;
        /** the fitted sample of the largest y */
        int highest;
        /** {@code model} is that of no pulse (not filled) */
        boolean noModel;
        double[][] f;
        /** the phase of the sample times {@code t} */
        double phase = Double.NaN;
        /** the template at a fixed time for this phase (the same for all channels of an event) and its sum of squares */
        final double[] fixedF;
        double fixedFF;
        /** the product of the fixed-time template with the samples, when all are fitted */
        private double fixedFY;
        private double fixedPhase = Double.NaN;
        private double fixedTime = Double.NaN;
        /** the template on a sample grid around a start time and half a sample later, for the start scan */
        private final double[][] shifted;
        private final double[] grid = new double[9];
        /** the normal equations of the pulses that stay put in {@link #scanFree} */
        private final double[] fixedM;
        private final double[] fixedB;
        /** the fitted samples' part of the normal equations of a saturated waveform */
        private final double[] okM;
        private final double[] okB;
        /** times of the pulses kept, of a trial with one more, of a trial with one fewer (prune) */
        final double[] times;
        final double[] trial;
        private final double[] pruned;
        final double[] model;
        final double[] a;
        final double[] m;
        final double[] b;
        /** the template slopes at the current times of Gauss-Newton, and the templates at its trial times */
        private double[][] g;
        private double[][] trialF;
        private double[] jtj;
        private double[] lm;
        private double[] jtr;
        private double[] step;
        private double[] row;
        private double[] amp;
        private double[] trialAmp;
        private double[] trialTimes;

        Work(int size) {
            this.size = size;
            raw = new double[size];
            y = new double[size];
            t = new double[size];
            ok = new boolean[size];
            sat = new boolean[size];
            active = new boolean[size];
            int p = settings.maxPulses() + 1;
            f = new double[p][size];
            model = new double[size];
            a = new double[p];
            m = new double[p * p];
            b = new double[p];
            fixedF = new double[size];
            shifted = new double[2][size + 4];
            fixedM = new double[p * p];
            okM = new double[p * p];
            okB = new double[p];
            fixedB = new double[p];
            times = new double[p];
            trial = new double[p];
            pruned = new double[p];
        }

        /** Takes a waveform: the pedestal-subtracted samples, which of them are fitted, the fixed-time template. */
        void reset(double[] samples, double pedestal, double noise, double phase, double expectedTime) {
            prepare(phase, expectedTime);
            int max = board.maxCount();
            // most waveforms have every sample inside the ADC range and no pulse: one pass without a
            // branch per sample on the range, which also forms the fixed-time template's product
            boolean inRange = true;
            double sum = 0;
            double fy = 0;
            double top = Double.NEGATIVE_INFINITY;
            int best = -1;
            for (int k = 0; k < size; k++) {
                double v = samples[k];
                double yk = v - pedestal;
                y[k] = yk;
                sum += yk * yk;
                fy += fixedF[k] * yk;
                inRange &= v < max & v > 0;
                if (yk > top) {
                    top = yk;
                    best = k;
                }
            }
            saturated = false;
            clean = inRange;
            if (inRange) {
                if (valid != size) {
                    Arrays.fill(ok, true);
                    Arrays.fill(sat, false);
                }
                valid = size;
                fixedFY = fy;
            } else {
                best = -1;
                sum = 0;
                int count = 0;
                for (int k = 0; k < size; k++) {
                    ok[k] = samples[k] < max && samples[k] > 0;
                    sat[k] = samples[k] >= max;
                    saturated |= sat[k];
                    if (ok[k]) {
                        count++;
                        sum += y[k] * y[k];
                        if (best < 0 || y[k] > y[best]) {
                            best = k;
                        }
                    }
                }
                valid = count;
            }
            highest = best;
            yy = sum;
            maxSignal = max - pedestal;
            invVariance = 1 / (noise * noise);
        }

        /** The sample times of {@code phase} and the template at the expected time (kept while they stay). */
        void prepare(double phase, double expectedTime) {
            if (phase != this.phase) {
                for (int k = 0; k < size; k++) {
                    t[k] = board.sampleTime(k) - phase;
                }
                this.phase = phase;
            }
            fixedTemplate(expectedTime);
        }

        /** The template at the expected time into {@code fixedF} (kept while the time and the phase stay). */
        private void fixedTemplate(double time) {
            if (time != fixedTime || phase != fixedPhase) {
                pulse.values(t[0] - time, fixedF, size);
                double ff = 0;
                for (int k = 0; k < size; k++) {
                    ff += fixedF[k] * fixedF[k];
                }
                fixedFF = ff;
                fixedTime = time;
                fixedPhase = phase;
            }
        }

        /**
         * The fixed-time fit of a waveform without pulses or saturation: one template at the expected
         * time; amplitude into {@code a[0]}, returns chi2.
         */
        double fixedOnly() {
            double fy = 0;
            double ff = 0;
            if (valid == size) {
                fy = fixedFY;
                ff = fixedFF;
            } else {
                for (int k = 0; k < size; k++) {
                    if (ok[k]) {
                        fy += fixedF[k] * y[k];
                        ff += fixedF[k] * fixedF[k];
                    }
                }
            }
            if (ff < 1e-12) {
                a[0] = 0;
                return yy * invVariance;
            }
            a[0] = fy / ff;
            return Math.max(0, yy - a[0] * fy) * invVariance;
        }

        /** Noise error of the amplitude of {@link #fixedOnly}: sigma / sqrt(sum_k f_k^2) over all samples. */
        double fixedError() {
            return fixedFF > 0 ? 1 / Math.sqrt(fixedFF * invVariance) : Double.POSITIVE_INFINITY;
        }

        /** Templates of pulses at {@code times[0..n)} at every sample. */
        private void templates(double[] times, int n) {
            for (int i = 0; i < n; i++) {
                pulse.values(t[0] - times[i], f[i], size);
            }
        }

        /**
         * The least-squares amplitudes of pulses at {@code times[0..n)} (into {@code a}, the model into
         * {@code model}); returns chi2. Censored samples below the full scale are fitted to it (active set).
         */
        double linear(double[] times, int n) {
            if (!saturated) {
                if (n == 0) {
                    return yy * invVariance;
                }
                return n == 1 ? linearOne(times[0], true) : linearFree(times, n);
            }
            return n == 1 ? censoredOne(times[0]) : censoredAny(times, n);
        }

        /** {@link #linear} of a saturated waveform: the active set on the censored samples. */
        private double censoredAny(double[] times, int n) {
            templates(times, n);
            for (int k = 0; k < size; k++) {
                active[k] = sat[k];
            }
            // the fitted samples' part of the normal equations is the same in every iteration
            Arrays.fill(okM, 0, n * n, 0);
            Arrays.fill(okB, 0, n, 0);
            for (int k = 0; k < size; k++) {
                if (ok[k]) {
                    accumulate(okM, okB, k, y[k], n);
                }
            }
            for (int iteration = 0; iteration < 10; iteration++) {
                System.arraycopy(okM, 0, m, 0, n * n);
                System.arraycopy(okB, 0, b, 0, n);
                for (int k = 0; k < size; k++) {
                    if (active[k]) {
                        accumulate(m, b, k, maxSignal, n);
                    }
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        m[i * n + j] = m[j * n + i];
                    }
                }
                if (!solve(m, b, n, a)) {
                    Arrays.fill(a, 0, n, 0);
                }
                boolean changed = false;
                for (int k = 0; k < size; k++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += a[i] * f[i][k];
                    }
                    model[k] = s;
                    if (sat[k]) {
                        boolean below = s < maxSignal;
                        changed |= below != active[k];
                        active[k] = below;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            double chi2 = 0;
            for (int k = 0; k < size; k++) {
                chi2 += term(k, model[k]);
            }
            return chi2 * invVariance;
        }

        /**
         * {@link #censoredAny} for one template, with scalars: the same sums in the same order (the
         * full search on a saturated counter pulse calls it some 30 times).
         */
        private double censoredOne(double time) {
            double[] f0 = f[0];
            pulse.values(t[0] - time, f0, size);
            double okFY = 0;
            double okFF = 0;
            for (int k = 0; k < size; k++) {
                if (ok[k]) {
                    okFY += f0[k] * y[k];
                    okFF += f0[k] * f0[k];
                }
                active[k] = sat[k];
            }
            double amplitude = 0;
            for (int iteration = 0; iteration < 10; iteration++) {
                double fy = okFY;
                double ff = okFF;
                for (int k = 0; k < size; k++) {
                    if (active[k]) {
                        fy += f0[k] * maxSignal;
                        ff += f0[k] * f0[k];
                    }
                }
                amplitude = Math.abs(ff) < 1e-12 ? 0 : fy / ff;
                boolean changed = false;
                for (int k = 0; k < size; k++) {
                    if (sat[k]) {
                        boolean below = amplitude * f0[k] < maxSignal;
                        changed |= below != active[k];
                        active[k] = below;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            a[0] = amplitude;
            double chi2 = 0;
            for (int k = 0; k < size; k++) {
                model[k] = amplitude * f0[k];
                chi2 += term(k, model[k]);
            }
            return chi2 * invVariance;
        }

        /** Adds sample k, fitted to {@code target}, to the upper triangle of the normal equations mm, bb. */
        private void accumulate(double[] mm, double[] bb, int k, double target, int n) {
            for (int i = 0; i < n; i++) {
                double fik = f[i][k];
                if (fik == 0) {
                    continue;
                }
                bb[i] += fik * target;
                for (int j = i; j < n; j++) {
                    mm[i * n + j] += fik * f[j][k];
                }
            }
        }

        /**
         * One template and no saturated sample (most channels): a = sum f y / sum f^2; without
         * {@code evaluate} the template in {@code f[0]} is already that at {@code time}.
         */
        private double linearOne(double time, boolean evaluate) {
            double[] f0 = f[0];
            if (evaluate) {
                pulse.values(t[0] - time, f0, size);
            }
            double fy = 0;
            double ff = 0;
            if (clean) {
                for (int k = 0; k < size; k++) {
                    double fk = f0[k];
                    fy += fk * y[k];
                    ff += fk * fk;
                }
            } else {
                for (int k = 0; k < size; k++) {
                    double fk = f0[k];
                    if (ok[k]) {
                        fy += fk * y[k];
                        ff += fk * fk;
                    }
                }
            }
            if (ff < 1e-12) {
                a[0] = 0;
                return yy * invVariance;
            }
            a[0] = fy / ff;
            return Math.max(0, yy - a[0] * fy) * invVariance;
        }

        /** Any number of templates, no saturated sample: the normal equations; chi2 = yy - a.b. */
        private double linearFree(double[] times, int n) {
            templates(times, n);
            Arrays.fill(m, 0, n * n, 0);
            Arrays.fill(b, 0, n, 0);
            for (int k = 0; k < size; k++) {
                if (ok[k]) {
                    accumulate(m, b, k, y[k], n);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    m[i * n + j] = m[j * n + i];
                }
            }
            return chi2FromNormal(n);
        }

        /** Solves the normal equations in m, b (into a); chi2 = (yy - a.b) / sigma^2. */
        private double chi2FromNormal(int n) {
            if (!solve(m, b, n, a)) {
                Arrays.fill(a, 0, n, 0);
                return yy * invVariance;
            }
            double ab = 0;
            for (int i = 0; i < n; i++) {
                ab += a[i] * b[i];
            }
            return Math.max(0, yy - ab) * invVariance;
        }

        /** The model of the last linear fit of n templates, into {@code model}. */
        private void updateModel(int n) {
            for (int k = 0; k < size; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += a[i] * f[i][k];
                }
                model[k] = s;
            }
        }

        /** The chi2 term of sample k for a model value [count^2]. */
        private double term(int k, double value) {
            if (ok[k]) {
                double r = y[k] - value;
                return r * r;
            }
            if (sat[k] && value < maxSignal) {
                double r = maxSignal - value;
                return r * r;
            }
            return 0;
        }

        /**
         * chi2 of pulses of amplitudes {@code amplitudes} at {@code times}; their templates go to
         * {@code trialF} (for the next step if this one is taken).
         */
        private double trialChi2(double[] amplitudes, double[] times, int n) {
            for (int i = 0; i < n; i++) {
                pulse.values(t[0] - times[i], trialF[i], size);
            }
            double chi2 = 0;
            if (n == 1 && clean) {
                double a0 = amplitudes[0];
                double[] f0 = trialF[0];
                for (int k = 0; k < size; k++) {
                    double r = y[k] - a0 * f0[k];
                    chi2 += r * r;
                }
                return chi2 * invVariance;
            }
            for (int k = 0; k < size; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += amplitudes[i] * trialF[i][k];
                }
                chi2 += term(k, s);
            }
            return chi2 * invVariance;
        }

        /**
         * Noise error of the amplitude of template i of the last {@link #linear} call fitted alone on an
         * unsaturated waveform: sigma / sqrt(sum_k f_ik^2) over all samples.
         */
        double nominalError(int i) {
            double ff = 0;
            for (int k = 0; k < size; k++) {
                ff += f[i][k] * f[i][k];
            }
            return ff > 0 ? 1 / Math.sqrt(ff * invVariance) : Double.POSITIVE_INFINITY;
        }

        boolean positive(int n) {
            for (int i = 0; i < n; i++) {
                if (!(a[i] > 0)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Fits the times of {@code n} pulses from their starting values (for a new last pulse first the
         * grid around its start); returns chi2, with the amplitudes in {@code a}.
         */
        double optimise(double[] times, int n, boolean newPulse) {
            if (!fullSearch && !(undersampled && n == 1)) {
                if (newPulse) {
                    scan(times, n, n - 1, true);
                }
                if (gaussNewton(times, n)) {
                    // Gauss-Newton leaves the templates at the final times in f
                    return n == 1 && !saturated ? linearOne(times[0], false) : linear(times, n);
                }
            }
            return coordinateDescent(times, n);
        }

        /**
         * Moves pulse i to the best point of a grid of half a sample over +-2 samples (with
         * {@code refine}, to the vertex of the parabola through it and its neighbours, a start for
         * Gauss-Newton); returns the chi2 of the best grid point.
         */
        private double scan(double[] times, int n, int i, boolean refine) {
            double step = 0.5 * board.period();
            double centre = times[i];
            if (n == 1 && !saturated) {
                scanOne(centre);
            } else if (!saturated) {
                scanFree(times, n, i, centre);
            } else {
                for (int s = -4; s <= 4; s++) {
                    times[i] = centre + s * step;
                    grid[s + 4] = linear(times, n);
                }
            }
            int best = 0;
            for (int s = 1; s < 9; s++) {
                if (grid[s] < grid[best]) {
                    best = s;
                }
            }
            double shift = 0;
            if (refine && best > 0 && best < 8) {
                double denominator = grid[best - 1] - 2 * grid[best] + grid[best + 1];
                if (denominator > 0) {
                    shift = Math.max(-0.5, Math.min(0.5, 0.5 * (grid[best - 1] - grid[best + 1]) / denominator));
                }
            }
            times[i] = centre + (best - 4 + shift) * step;
            return grid[best];
        }

        /**
         * The grid of {@link #scan} for one pulse on an unsaturated waveform: the profile chi2 =
         * (yy - (f.y)^2 / f.f) / sigma^2 at T = centre + s P / 2; moving T by a whole sample period P
         * shifts the template by one sample, so two template vectors serve all nine points.
         */
        private void scanOne(double centre) {
            shiftedTemplates(centre);
            if (clean) {
                scanOneClean();
                return;
            }
            for (int s = -4; s <= 4; s++) {
                int shift = Math.floorDiv(s, 2);
                double[] g0 = shifted[s - 2 * shift];
                double fy = 0;
                double ff = 0;
                int from = 2 - shift;
                if (clean) {
                    for (int k = 0; k < size; k++) {
                        double fk = g0[k + from];
                        fy += fk * y[k];
                        ff += fk * fk;
                    }
                } else {
                    for (int k = 0; k < size; k++) {
                        if (ok[k]) {
                            double fk = g0[k + from];
                            fy += fk * y[k];
                            ff += fk * fk;
                        }
                    }
                }
                grid[s + 4] = ff < 1e-12 ? yy * invVariance : Math.max(0, yy - fy * fy / ff) * invVariance;
            }
        }

        /**
         * {@link #scanOne} on a waveform inside the ADC range: the points of one shifted vector (T =
         * centre + (2 (2 - from) + r) P / 2 reads shifted[r] from entry {@code from}) summed in one pass,
         * five independent sums of each kind instead of five passes (each sum in the same order).
         */
        private void scanOneClean() {
            for (int r = 0; r < 2; r++) {
                double[] g0 = shifted[r];
                double fy0 = 0;
                double fy1 = 0;
                double fy2 = 0;
                double fy3 = 0;
                double fy4 = 0;
                double ff0 = 0;
                double ff1 = 0;
                double ff2 = 0;
                double ff3 = 0;
                double ff4 = 0;
                for (int k = 0; k < size; k++) {
                    double yk = y[k];
                    double g0k = g0[k];
                    double g1k = g0[k + 1];
                    double g2k = g0[k + 2];
                    double g3k = g0[k + 3];
                    double g4k = g0[k + 4];
                    fy0 += g0k * yk;
                    ff0 += g0k * g0k;
                    fy1 += g1k * yk;
                    ff1 += g1k * g1k;
                    fy2 += g2k * yk;
                    ff2 += g2k * g2k;
                    fy3 += g3k * yk;
                    ff3 += g3k * g3k;
                    fy4 += g4k * yk;
                    ff4 += g4k * g4k;
                }
                // from = 2 - shift, s = 2 shift + r: from 4 .. 0 are s = r - 4, r - 2, r, r + 2, r + 4
                scanPoint(r - 4, fy4, ff4);
                scanPoint(r - 2, fy3, ff3);
                scanPoint(r, fy2, ff2);
                scanPoint(r + 2, fy1, ff1);
                if (r == 0) {
                    scanPoint(4, fy0, ff0);
                }
            }
        }

        /** The profile chi2 of scan point s from the template's sums. */
        private void scanPoint(int s, double fy, double ff) {
            grid[s + 4] = ff < 1e-12 ? yy * invVariance : Math.max(0, yy - fy * fy / ff) * invVariance;
        }

        /** The template at T = centre and centre + P / 2 on the samples, two samples beyond each end, into {@code shifted}. */
        private void shiftedTemplates(double centre) {
            double period = board.period();
            for (int r = 0; r < 2; r++) {
                pulse.values(t[0] - 2 * period - centre - 0.5 * r * period, shifted[r], size + 4);
            }
        }

        /**
         * The grid of {@link #scan} for pulse i of n on an unsaturated waveform: the same chi2 as
         * {@link #linearFree} at each point, but the other templates and their part of the normal
         * equations are computed once, and the moving template comes from {@link #shiftedTemplates}.
         */
        private void scanFree(double[] times, int n, int i, double centre) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    pulse.values(t[0] - times[j], f[j], size);
                }
            }
            // the normal equations of the fixed pulses, kept in fixedM / fixedB
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double bj = 0;
                for (int k = 0; k < size; k++) {
                    if (ok[k]) {
                        bj += f[j][k] * y[k];
                    }
                }
                fixedB[j] = bj;
                for (int l = j; l < n; l++) {
                    if (l == i) {
                        continue;
                    }
                    double mjl = 0;
                    for (int k = 0; k < size; k++) {
                        if (ok[k]) {
                            mjl += f[j][k] * f[l][k];
                        }
                    }
                    fixedM[j * n + l] = mjl;
                    fixedM[l * n + j] = mjl;
                }
            }
            shiftedTemplates(centre);
            double[] fi = f[i];
            for (int s = -4; s <= 4; s++) {
                int shift = Math.floorDiv(s, 2);
                System.arraycopy(shifted[s - 2 * shift], 2 - shift, fi, 0, size);
                System.arraycopy(fixedM, 0, m, 0, n * n);
                System.arraycopy(fixedB, 0, b, 0, n);
                double bi = 0;
                double mii = 0;
                for (int k = 0; k < size; k++) {
                    if (ok[k]) {
                        bi += fi[k] * y[k];
                        mii += fi[k] * fi[k];
                    }
                }
                b[i] = bi;
                m[i * n + i] = mii;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double mij = 0;
                        for (int k = 0; k < size; k++) {
                            if (ok[k]) {
                                mij += fi[k] * f[j][k];
                            }
                        }
                        m[i * n + j] = mij;
                        m[j * n + i] = mij;
                    }
                }
                grid[s + 4] = chi2FromNormal(n);
            }
        }

        /**
         * Levenberg-Marquardt on all amplitudes and times together: d model / d A_i = f_i,
         * d model / d T_i = -A_i f'_i. True if it converged (the next time step below 1e-3 ns or, on an
         * unsaturated waveform, the next step's predicted decrease of chi2 negligible).
         */
        private boolean gaussNewton(double[] times, int n) {
            int p = 2 * n;
            if (g == null) {
                int q = 2 * (settings.maxPulses() + 1);
                g = new double[settings.maxPulses() + 1][size];
                trialF = new double[settings.maxPulses() + 1][size];
                jtj = new double[q * q];
                lm = new double[q * q];
                jtr = new double[q];
                step = new double[q];
                row = new double[q];
                amp = new double[q / 2];
                trialAmp = new double[q / 2];
                trialTimes = new double[q / 2];
            }
            double chi2 = linear(times, n);
            System.arraycopy(a, 0, amp, 0, n);
            for (int i = 0; i < n; i++) {
                // the slopes for the first step (linear left the templates in f)
                pulse.slopes(t[0] - times[i], g[i], size);
            }
            double lambda = 1e-3;
            for (int iteration = 0; iteration < MAX_STEPS; iteration++) {
                if (n == 1) {
                    normalOne(amp[0]);
                } else {
                    normalAny(amp, n);
                }
                boolean moved = false;
                boolean first = true;
                while (lambda < 1e8) {
                    for (int i = 0; i < p; i++) {
                        for (int j = i; j < p; j++) {
                            lm[i * p + j] = jtj[i * p + j];
                            lm[j * p + i] = jtj[i * p + j];
                        }
                        // Marquardt's scaling; a parameter without any sample stays where it is
                        lm[i * p + i] = jtj[i * p + i] == 0 ? 1 : jtj[i * p + i] * (1 + lambda);
                    }
                    if (!solve(lm, jtr, p, step)) {
                        lambda *= 10;
                        continue;
                    }
                    for (int i = 0; i < n; i++) {
                        trialAmp[i] = amp[i] + step[i];
                        trialTimes[i] = times[i] + step[n + i];
                    }
                    if (first && (timeStepsBelow(n, TIME_TOLERANCE)
                            || !saturated && predictedDecrease(p) < NEGLIGIBLE_DECREASE)) {
                        // converged (an undamped step, not one shrunk by rejections): the amplitudes are
                        // linear and follow exactly from the final linear fit
                        return true;
                    }
                    first = false;
                    double c = trialChi2(trialAmp, trialTimes, n);
                    if (c <= chi2) {
                        double[][] swap = f;
                        f = trialF;
                        trialF = swap;
                        chi2 = c;
                        System.arraycopy(trialAmp, 0, amp, 0, n);
                        System.arraycopy(trialTimes, 0, times, 0, n);
                        lambda = Math.max(1e-7, lambda * 0.1);
                        moved = true;
                        break;
                    }
                    lambda *= 10;
                }
                if (!moved) {
                    // no step lowers chi2 any more: at the minimum within rounding
                    return true;
                }
                // (step, jtj and jtr are still those of the accepted step)
                if (timeStepsBelow(n, ACCEPTED_TOLERANCE) || !saturated && predictedDecrease(p) < ACCEPTED_DECREASE) {
                    // Gauss-Newton converges quadratically: after a step this small the next is far below 1e-3 ns
                    return true;
                }
                // the slopes at the new times, for the next step (not formed for a trial that is rejected
                // or ends the fit)
                for (int i = 0; i < n; i++) {
                    pulse.slopes(t[0] - times[i], g[i], size);
                }
            }
            return false;
        }

        /**
         * J^T J and J^T r of the model at (amplitudes, times) into jtj, jtr (parameters A_0..A_n-1,
         * T_0..T_n-1), from the templates in f and their slopes in g at those times.
         */
        private void normalAny(double[] amplitudes, int n) {
            if (n == 2) {
                normalTwo(amplitudes[0], amplitudes[1]);
                return;
            }
            int p = 2 * n;
            Arrays.fill(jtj, 0, p * p, 0);
            Arrays.fill(jtr, 0, p, 0);
            for (int k = 0; k < size; k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += amplitudes[i] * f[i][k];
                }
                double r;
                if (ok[k]) {
                    r = y[k] - s;
                } else if (sat[k] && s < maxSignal) {
                    r = maxSignal - s;
                } else {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    row[i] = f[i][k];
                    row[n + i] = -amplitudes[i] * g[i][k];
                }
                for (int i = 0; i < p; i++) {
                    double ri = row[i];
                    if (ri == 0) {
                        continue;
                    }
                    jtr[i] += ri * r;
                    for (int j = i; j < p; j++) {
                        jtj[i * p + j] += ri * row[j];
                    }
                }
            }
        }

        /**
         * {@link #normalAny} for two pulses (most pile-up waveforms), with scalars instead of sums in
         * memory: the same sums in the same order (a zero row entry, skipped there, adds nothing).
         */
        private void normalTwo(double a0, double a1) {
            double[] f0 = f[0];
            double[] f1 = f[1];
            double[] g0 = g[0];
            double[] g1 = g[1];
            double m00 = 0;
            double m01 = 0;
            double m02 = 0;
            double m03 = 0;
            double m11 = 0;
            double m12 = 0;
            double m13 = 0;
            double m22 = 0;
            double m23 = 0;
            double m33 = 0;
            double r0 = 0;
            double r1 = 0;
            double r2 = 0;
            double r3 = 0;
            for (int k = 0; k < size; k++) {
                double u0 = f0[k];
                double u1 = f1[k];
                double s = 0;
                s += a0 * u0;
                s += a1 * u1;
                double r;
                if (ok[k]) {
                    r = y[k] - s;
                } else if (sat[k] && s < maxSignal) {
                    r = maxSignal - s;
                } else {
                    continue;
                }
                double d0 = -a0 * g0[k];
                double d1 = -a1 * g1[k];
                r0 += u0 * r;
                m00 += u0 * u0;
                m01 += u0 * u1;
                m02 += u0 * d0;
                m03 += u0 * d1;
                r1 += u1 * r;
                m11 += u1 * u1;
                m12 += u1 * d0;
                m13 += u1 * d1;
                r2 += d0 * r;
                m22 += d0 * d0;
                m23 += d0 * d1;
                r3 += d1 * r;
                m33 += d1 * d1;
            }
            double[] m = jtj;
            m[0] = m00;
            m[1] = m01;
            m[2] = m02;
            m[3] = m03;
            m[5] = m11;
            m[6] = m12;
            m[7] = m13;
            m[10] = m22;
            m[11] = m23;
            m[15] = m33;
            // (the lower triangle is not read: normalAny fills only the upper one)
            m[4] = 0;
            m[8] = 0;
            m[9] = 0;
            m[12] = 0;
            m[13] = 0;
            m[14] = 0;
            jtr[0] = r0;
            jtr[1] = r1;
            jtr[2] = r2;
            jtr[3] = r3;
        }

        /** The time steps of Gauss-Newton ({@code step[n..2n)}) all below {@code tolerance} [ns]. */
        private boolean timeStepsBelow(int n, double tolerance) {
            double largest = 0;
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(step[n + i]));
            }
            return largest < tolerance;
        }

        /**
         * The decrease of chi2 that the linearised model predicts for the p parameters' step in
         * {@code step}: (2 d.J^T r - d.J^T J d) / sigma^2 (the normal equations in {@code jtj}, whose
         * upper triangle {@link #normalAny} fills, and {@code jtr}).
         */
        private double predictedDecrease(int p) {
            double decrease = 0;
            for (int i = 0; i < p; i++) {
                double s = 2 * jtr[i];
                for (int j = 0; j < p; j++) {
                    s -= jtj[Math.min(i, j) * p + Math.max(i, j)] * step[j];
                }
                decrease += step[i] * s;
            }
            return decrease * invVariance;
        }

        /** {@link #normalAny} for one pulse, with scalars (the common case). */
        private void normalOne(double amplitude) {
            double[] f0 = f[0];
            double[] g0 = g[0];
            double aa = 0;
            double at = 0;
            double tt = 0;
            double ra = 0;
            double rt = 0;
            if (clean) {
                for (int k = 0; k < size; k++) {
                    double fk = f0[k];
                    double r = y[k] - amplitude * fk;
                    double dk = -amplitude * g0[k];
                    aa += fk * fk;
                    at += fk * dk;
                    tt += dk * dk;
                    ra += fk * r;
                    rt += dk * r;
                }
            }
            for (int k = 0; !clean && k < size; k++) {
                double fk = f0[k];
                double s = amplitude * fk;
                double r;
                if (ok[k]) {
                    r = y[k] - s;
                } else if (sat[k] && s < maxSignal) {
                    r = maxSignal - s;
                } else {
                    continue;
                }
                double dk = -amplitude * g0[k];
                aa += fk * fk;
                at += fk * dk;
                tt += dk * dk;
                ra += fk * r;
                rt += dk * r;
            }
            jtj[0] = aa;
            jtj[1] = at;
            jtj[2] = at;
            jtj[3] = tt;
            jtr[0] = ra;
            jtr[1] = rt;
        }

        /**
         * The full search: each time in turn on the grid, then by Brent's method (coordinate descent),
         * sweeps until chi2 changes by less than 0.01; returns chi2.
         */
        double coordinateDescent(double[] times, int n) {
            double chi2 = linear(times, n);
            for (int sweep = 0; sweep < 8; sweep++) {
                double before = chi2;
                for (int i = 0; i < n; i++) {
                    chi2 = optimiseOne(times, n, i);
                }
                if (before - chi2 < 0.01 || n == 1) {
                    break;
                }
            }
            return linear(times, n);
        }

        private double optimiseOne(double[] times, int n, int i) {
            double step = 0.5 * board.period();
            double bestChi2 = scan(times, n, i, false);
            double best = times[i];
            double tMin = Brent.minimize(x -> {
                times[i] = x;
                return linear(times, n);
            }, best - step, best + step, 0.01, 60);
            times[i] = tMin;
            double c = linear(times, n);
            if (c > bestChi2) {
                times[i] = best;
                c = bestChi2;
            }
            return c;
        }

        /** Drops pulses whose removal (with the others refitted) raises chi2 by less than the minimum. */
        int prune(double[] times, int n, double chi2) {
            boolean removed = true;
            while (removed && n > 1) {
                removed = false;
                for (int i = 0; i < n; i++) {
                    double[] trial = pruned;
                    for (int j = 0, k = 0; j < n; j++) {
                        if (j != i) {
                            trial[k++] = times[j];
                        }
                    }
                    double c = optimise(trial, n - 1, false);
                    if (positive(n - 1) && c - chi2 < settings.minDeltaChi2()) {
                        System.arraycopy(trial, 0, times, 0, n - 1);
                        n--;
                        chi2 = c;
                        removed = true;
                        break;
                    }
                }
            }
            return n;
        }

        /** Residual of sample k from the last {@link #linear} model. */
        double residual(int k) {
            double mk = noModel ? 0 : model[k];
            if (ok[k]) {
                return y[k] - mk;
            }
            // a censored sample: how far the model stays below the full scale (the root of its chi2
            // term), so that, like a fitted sample, within the threshold it is explained and asks for
            // no further pulse (a saturated single pulse otherwise always tried a second, in vain)
            return sat[k] && mk < maxSignal ? maxSignal - mk : 0;
        }

        /** The sample of the largest residual from the last linear fit (of n templates). */
        int largestResidual(int n) {
            noModel = n == 0;
            if (n == 0 && !saturated) {
                return highest;
            }
            int best = -1;
            double max = -Double.MAX_VALUE;
            if (n == 1 && clean) {
                // updateModel and residual in one pass
                double a0 = a[0];
                double[] f0 = f[0];
                for (int k = 0; k < size; k++) {
                    double s = 0;
                    s += a0 * f0[k];
                    model[k] = s;
                    double r = y[k] - s;
                    if (r > max) {
                        max = r;
                        best = k;
                    }
                }
                return best;
            }
            if (n > 0) {
                updateModel(n);
            }
            for (int k = 0; k < size; k++) {
                double r = residual(k);
                if (r > max) {
                    max = r;
                    best = k;
                }
            }
            return best;
        }

        /** Initial peak time near sample k: a parabola through the residuals around it (the middle of a saturated run). */
        double peakEstimate(int k) {
            if (!ok[k]) {
                int last = k;
                while (last + 1 < size && !ok[last + 1]) {
                    last++;
                }
                return 0.5 * (t[k] + t[last]);
            }
            if (k == 0 || k == size - 1 || !ok[k - 1] || !ok[k + 1]) {
                return t[k];
            }
            double r0 = residual(k - 1);
            double r1 = residual(k);
            double r2 = residual(k + 1);
            double denominator = r0 - 2 * r1 + r2;
            double shift = denominator < 0 ? 0.5 * (r0 - r2) / denominator : 0;
            return t[k] + Math.max(-0.5, Math.min(0.5, shift)) * board.period();
        }
    }

    /**
     * Solves m x = b (n <= 8) by Gaussian elimination with partial pivoting, overwriting m and
     * leaving b unchanged; false if singular.
     */
    static boolean solve(double[] m, double[] b, int n, double[] x) {
        System.arraycopy(b, 0, x, 0, n);
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r * n + c]) > Math.abs(m[p * n + c])) {
                    p = r;
                }
            }
            if (Math.abs(m[p * n + c]) < 1e-12) {
                return false;
            }
            if (p != c) {
                for (int j = 0; j < n; j++) {
                    double tmp = m[c * n + j];
                    m[c * n + j] = m[p * n + j];
                    m[p * n + j] = tmp;
                }
                double tmp = x[c];
                x[c] = x[p];
                x[p] = tmp;
            }
            for (int r = c + 1; r < n; r++) {
                double factor = m[r * n + c] / m[c * n + c];
                for (int j = c; j < n; j++) {
                    m[r * n + j] -= factor * m[c * n + j];
                }
                x[r] -= factor * x[c];
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = x[r];
            for (int j = r + 1; j < n; j++) {
                s -= m[r * n + j] * x[j];
            }
            x[r] = s / m[r * n + r];
        }
        return true;
    }
}
