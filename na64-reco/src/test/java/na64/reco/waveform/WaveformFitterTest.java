package na64.reco.waveform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import na64.event.raw.RunHeader;
import org.junit.jupiter.api.Test;

class WaveformFitterTest {
    private static final RunHeader.WaveformBoard MSADC = new RunHeader.WaveformBoard(32, 12.5, 12, 8);
    private static final PulseShape SHAPE = new PulseShape(6, 30);
    private static final double PEDESTAL = 200;
    private static final double NOISE = 1.5;

    /** A waveform of pulses (amplitude, peak time) with white noise, rounded and clipped like the ADC. */
    static double[] waveform(RunHeader.WaveformBoard board, double phase, SplittableRandom rng, double... pulses) {
        double[] s = new double[board.samples()];
        for (int k = 0; k < s.length; k++) {
            double t = board.sampleTime(k) - phase;
            double v = PEDESTAL + NOISE * rng.nextGaussian();
            for (int i = 0; i < pulses.length; i += 2) {
                v += pulses[i] * SHAPE.atPeak(t - pulses[i + 1]);
            }
            s[k] = Math.max(0, Math.min(board.maxCount(), Math.rint(v)));
        }
        return s;
    }

    /**
     * Cramer-Rao bound on the amplitude when amplitude and time are fitted together ({@link FitPrecision}),
     * over the samples below {@code ceiling} [ADC counts] (saturated ones carry no information).
     */
    static double amplitudeVariance(RunHeader.WaveformBoard board, double phase, double time, double amplitude,
                                    double ceiling) {
        return FitPrecision.amplitudeVariance(board, SHAPE, phase, time, amplitude, NOISE, true, ceiling - PEDESTAL);
    }

    @Test
    void pulseShapePeaksAtOneAtItsTime() {
        assertThat(SHAPE.atPeak(0)).isCloseTo(1.0, within(1e-12));
        assertThat(SHAPE.atPeak(-0.01)).isLessThan(1.0);
        assertThat(SHAPE.atPeak(0.01)).isLessThan(1.0);
        assertThat(SHAPE.atPeak(-SHAPE.peakTime() - 1)).isZero();
        // area N (tau_d - tau_r)^2 / tau_d, by direct summation
        double sum = 0;
        for (double t = -SHAPE.peakTime(); t < 1000; t += 0.001) {
            sum += SHAPE.atPeak(t) * 0.001;
        }
        assertThat(sum).isCloseTo(SHAPE.area(), within(1e-3));
    }

    /**
     * Single pulses: the fitted amplitude is unbiased and its spread matches the least-squares
     * expectation sigma_A = sigma / sqrt(sum f_k^2) (Cramer-Rao bound for white noise).
     */
    @Test
    void singlePulseAmplitudeUnbiasedWithExpectedResolution() {
        WaveformFitter fitter = new WaveformFitter(SHAPE, MSADC, FitSettings.defaults());
        SplittableRandom rng = new SplittableRandom(1);
        double amplitude = 300;
        int n = 2000;
        double sum = 0;
        double sum2 = 0;
        double expectedVariance = 0;
        double timeSum2 = 0;
        for (int i = 0; i < n; i++) {
            double phase = rng.nextDouble() * MSADC.period();
            double time = rng.nextDouble() * 2 - 1;
            WaveformFit fit = fitter.fit(waveform(MSADC, phase, rng, amplitude, time), PEDESTAL, NOISE, 0, phase);
            assertThat(fit.inTime()).isTrue();
            assertThat(fit.pulses()).isEqualTo(1);
            double d = fit.amplitude() - amplitude;
            sum += d;
            sum2 += d * d;
            timeSum2 += (fit.time() - time) * (fit.time() - time);
            // white noise plus rounding to integer counts (variance 1/12)
            expectedVariance += amplitudeVariance(MSADC, phase, time, amplitude, Double.MAX_VALUE);
        }
        double bias = sum / n;
        double rms = Math.sqrt(sum2 / n - bias * bias);
        double expected = Math.sqrt(expectedVariance / n);
        assertThat(Math.abs(bias)).isLessThan(0.002 * amplitude);
        assertThat(rms / expected).isBetween(0.85, 1.3);
        assertThat(Math.sqrt(timeSum2 / n)).isLessThan(0.5);
    }

    /** Two pulses 25 ns apart (two samples of the 80 MHz board) are both found. */
    @Test
    void twoPulses25nsApartAreBothFound() {
        WaveformFitter fitter = new WaveformFitter(SHAPE, MSADC, FitSettings.defaults());
        SplittableRandom rng = new SplittableRandom(2);
        int n = 500;
        int found = 0;
        for (int i = 0; i < n; i++) {
            double phase = rng.nextDouble() * MSADC.period();
            double t1 = rng.nextDouble() * 4 - 2;
            double t2 = t1 + 25;
            double a1 = 400 + 400 * rng.nextDouble();
            double a2 = 200 + 600 * rng.nextDouble();
            WaveformFit fit = fitter.fit(waveform(MSADC, phase, rng, a1, t1, a2, t2), PEDESTAL, NOISE, 0, phase);
            if (fit.pulses() == 2 && fit.extraPulses() == 1
                    && Math.abs(fit.time() - t1) < 1.0 && Math.abs(fit.amplitude() / a1 - 1) < 0.03
                    && Math.abs(fit.extraTimes()[0] - t2) < 1.0 && Math.abs(fit.extraAmplitudes()[0] / a2 - 1) < 0.03) {
                found++;
            }
        }
        assertThat(found).isGreaterThanOrEqualTo((int) (0.98 * n));
    }

    /** Noise only: no pulse, and the fixed-time amplitude is centred on zero. */
    @Test
    void noiseOnlyGivesUnbiasedFixedTimeAmplitude() {
        WaveformFitter fitter = new WaveformFitter(SHAPE, MSADC, FitSettings.defaults());
        SplittableRandom rng = new SplittableRandom(3);
        double sum = 0;
        int pulses = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double phase = rng.nextDouble() * MSADC.period();
            WaveformFit fit = fitter.fit(waveform(MSADC, phase, rng), PEDESTAL, NOISE, 0, phase);
            sum += fit.amplitude();
            pulses += fit.pulses();
        }
        double ff = 0;
        for (int k = 0; k < MSADC.samples(); k++) {
            double f = SHAPE.atPeak(MSADC.sampleTime(k));
            ff += f * f;
        }
        double sigmaMean = NOISE / Math.sqrt(ff) / Math.sqrt(n);
        assertThat(Math.abs(sum / n)).isLessThan(4 * sigmaMean);
        assertThat(pulses).isLessThanOrEqualTo(2);
    }

    /** A saturated pulse: the fit on the unsaturated samples recovers the amplitude. */
    @Test
    void saturatedPulseRecoveredFromItsEdges() {
        WaveformFitter fitter = new WaveformFitter(SHAPE, MSADC, FitSettings.defaults());
        SplittableRandom rng = new SplittableRandom(4);
        double amplitude = 5000;
        int n = 300;
        double sum = 0;
        double sum2 = 0;
        double expected = 0;
        for (int i = 0; i < n; i++) {
            double phase = rng.nextDouble() * MSADC.period();
            WaveformFit fit = fitter.fit(waveform(MSADC, phase, rng, amplitude, 0.5), PEDESTAL, NOISE, 0, phase);
            assertThat(fit.saturated()).isTrue();
            double d = fit.amplitude() - amplitude;
            sum += d;
            sum2 += d * d;
            expected += amplitudeVariance(MSADC, phase, 0.5, amplitude, MSADC.maxCount());
        }
        double bias = sum / n;
        double rms = Math.sqrt(sum2 / n - bias * bias);
        // unbiased within 4 standard errors, spread at the Cramer-Rao bound of the unsaturated samples
        assertThat(Math.abs(bias)).isLessThan(4 * rms / Math.sqrt(n));
        assertThat(rms / Math.sqrt(expected / n)).isBetween(0.8, 1.3);
        assertThat(rms / amplitude).isLessThan(0.01);
    }

    /**
     * A saturated pulse fitted to within the noise at its censored samples asks for no second pulse
     * (one pulse, chi2 at its degrees of freedom), and a pile-up pulse 60-100 ns after it is still found
     * (the misses are the same with the former rule).
     */
    @Test
    void saturatedPulseAloneIsOnePulseAndItsPileUpIsFound() {
        WaveformFitter fitter = new WaveformFitter(SHAPE, MSADC, FitSettings.defaults());
        SplittableRandom rng = new SplittableRandom(7);
        int n = 300;
        int single = 0;
        double chi2 = 0;
        double ndf = 0;
        int pair = 0;
        for (int i = 0; i < n; i++) {
            double phase = rng.nextDouble() * MSADC.period();
            double amplitude = 5000 + 5000 * rng.nextDouble();
            WaveformFit alone = fitter.fit(waveform(MSADC, phase, rng, amplitude, 0.5), PEDESTAL, NOISE, 0, phase);
            single += alone.pulses() == 1 ? 1 : 0;
            chi2 += alone.chi2();
            ndf += alone.ndf();
            double a2 = 300 + 600 * rng.nextDouble();
            double t2 = 60 + 40 * rng.nextDouble();
            WaveformFit piled = fitter.fit(waveform(MSADC, phase, rng, amplitude, 0.5, a2, t2), PEDESTAL, NOISE, 0, phase);
            if (piled.pulses() == 2 && piled.extraPulses() == 1 && Math.abs(piled.extraTimes()[0] - t2) < 1.0
                    && Math.abs(piled.extraAmplitudes()[0] / a2 - 1) < 0.05) {
                pair++;
            }
        }
        assertThat(single).isGreaterThanOrEqualTo((int) (0.98 * n));
        // noise plus the ADC rounding (1/12 count^2 of 2.25): chi2 / ndf near 1.04
        assertThat(chi2 / ndf).isBetween(0.9, 1.2);
        // 270 of 300 (with the former rule, a censored sample below the full scale an infinite residual: 263)
        assertThat(pair).isGreaterThanOrEqualTo((int) (0.85 * n));
    }

    /** The 2025 board (three times faster) gives the same amplitudes. */
    @Test
    void fastBoardFitsToo() {
        RunHeader.WaveformBoard fast = new RunHeader.WaveformBoard(96, 12.5 / 3, 12, 24);
        WaveformFitter fitter = new WaveformFitter(SHAPE, fast, FitSettings.defaults());
        SplittableRandom rng = new SplittableRandom(5);
        int found = 0;
        for (int i = 0; i < 200; i++) {
            double phase = rng.nextDouble() * fast.period();
            WaveformFit fit = fitter.fit(waveform(fast, phase, rng, 500, 0, 400, 15), PEDESTAL, NOISE, 0, phase);
            if (fit.pulses() == 2 && Math.abs(fit.amplitude() / 500 - 1) < 0.03 && Math.abs(fit.extraTimes()[0] - 15) < 1) {
                found++;
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(196);
    }

    /**
     * Cramer-Rao errors (sigma_A, sigma_T) of the joint amplitude-and-time fit of one unsaturated
     * pulse of {@code shape}: white noise plus 1/12 count^2 of rounding.
     */
    static double[] errors(PulseShape shape, RunHeader.WaveformBoard board, double phase, double time, double amplitude) {
        return new double[] {Math.sqrt(FitPrecision.amplitudeVariance(board, shape, phase, time, amplitude, NOISE, true)),
            Math.sqrt(FitPrecision.timeVariance(board, shape, phase, time, amplitude, NOISE))};
    }

    static double[] waveform(PulseShape shape, RunHeader.WaveformBoard board, double phase, SplittableRandom rng,
                             double... pulses) {
        double[] s = new double[board.samples()];
        for (int k = 0; k < s.length; k++) {
            double t = board.sampleTime(k) - phase;
            double v = PEDESTAL + NOISE * rng.nextGaussian();
            for (int i = 0; i < pulses.length; i += 2) {
                v += pulses[i] * shape.atPeak(t - pulses[i + 1]);
            }
            s[k] = Math.max(0, Math.min(board.maxCount(), Math.rint(v)));
        }
        return s;
    }

    /**
     * The fast path (grid start, Gauss-Newton) against the full search (grid and Brent's method on
     * every time) on the same toy waveforms, for the calorimeter pulses and the narrow counter pulse
     * (undersampled: side minima): single pulses agree within half their Cramer-Rao errors in
     * amplitude and time (plus the 0.01 ns tolerance of the full search; 99 %: either may stop in a
     * side minimum of the counter pulse), and both have the same
     * resolution against the truth (within 1 %), at the bound; pile-up pairs 25-75 ns apart give the same pulses; saturated pulses (a flat chi2 valley) end at least as
     * low in chi2.
     */
    @Test
    void fastPathAgreesWithTheFullSearch() {
        // ECAL, HCAL and counter pulses of the nominal conditions; single counter pulses (FWHM below
        // three samples) take the full search in both
        for (PulseShape shape : new PulseShape[] {SHAPE, new PulseShape(8, 35), new PulseShape(3, 15)}) {
            WaveformFitter fast = new WaveformFitter(shape, MSADC, FitSettings.defaults());
            WaveformFitter full = new WaveformFitter(shape, MSADC, FitSettings.defaults(), true);
            SplittableRandom rng = new SplittableRandom(6);
            int n = 1000;
            double fastSum2 = 0;
            double fullSum2 = 0;
            double expected = 0;
            int agree = 0;
            for (int i = 0; i < n; i++) {
                double phase = rng.nextDouble() * MSADC.period();
                double amplitude = 30 + 2000 * rng.nextDouble();
                double time = rng.nextDouble() * 6 - 3;
                double[] w = waveform(shape, MSADC, phase, rng, amplitude, time);
                WaveformFit a = fast.fit(w, PEDESTAL, NOISE, 0, phase);
                WaveformFit b = full.fit(w, PEDESTAL, NOISE, 0, phase);
                double[] e = errors(shape, MSADC, phase, time, amplitude);
                                // plus the 0.01 ns to which Brent's method locates the minimum in the full search
                if (a.pulses() == b.pulses() && Math.abs(a.amplitude() - b.amplitude()) < 0.5 * e[0]
                        && Math.abs(a.time() - b.time()) < 0.5 * e[1] + 0.01) {
                    agree++;
                }
                fastSum2 += (a.amplitude() - amplitude) * (a.amplitude() - amplitude);
                fullSum2 += (b.amplitude() - amplitude) * (b.amplitude() - amplitude);
                expected += e[0] * e[0];
            }
            assertThat(agree).as("single pulses alike, %s", shape).isGreaterThanOrEqualTo((int) (0.99 * n));
            assertThat(Math.sqrt(fastSum2 / fullSum2)).as("resolution fast / full, %s", shape).isBetween(0.99, 1.01);
            assertThat(Math.sqrt(fastSum2 / expected)).as("resolution / Cramer-Rao, %s", shape).isBetween(0.85, 1.3);

            int same = 0;
            int lower = 0;
            for (int i = 0; i < n; i++) {
                double phase = rng.nextDouble() * MSADC.period();
                double t1 = rng.nextDouble() * 6 - 3;
                double a1 = 100 + 1000 * rng.nextDouble();
                double[] w = waveform(shape, MSADC, phase, rng, a1, t1, 200 + 600 * rng.nextDouble(), t1 + 25 + 50 * rng.nextDouble());
                WaveformFit a = fast.fit(w, PEDESTAL, NOISE, 0, phase);
                WaveformFit b = full.fit(w, PEDESTAL, NOISE, 0, phase);
                double[] e = errors(shape, MSADC, phase, t1, a1);
                if (a.pulses() == b.pulses() && Math.abs(a.amplitude() - b.amplitude()) < 0.5 * e[0]) {
                    same++;
                }
                double[] s = waveform(shape, MSADC, phase, rng, 5000 + 5000 * rng.nextDouble(), t1);
                if (fast.fit(s, PEDESTAL, NOISE, 0, phase).chi2() <= full.fit(s, PEDESTAL, NOISE, 0, phase).chi2() + 0.5) {
                    lower++;
                }
            }
            assertThat(same).as("pile-up pairs alike, %s", shape).isGreaterThanOrEqualTo((int) (0.99 * n));
            assertThat(lower).as("saturated pulses at least as low in chi2, %s", shape).isGreaterThanOrEqualTo((int) (0.98 * n));
        }
    }

    /**
     * Small calorimeter pulses (8-20 noise sigma), where Gauss-Newton stops once its next step would
     * lower chi2 by less than 4e-4 (within ~0.02 errors) rather than at 0.01 ns: against the full search (Brent's method to 0.01 ns) the times
     * agree within a tenth of their Cramer-Rao error (plus that 0.01 ns) in nearly all waveforms, and
     * the time and amplitude resolutions against the truth are the same within 1 %.
     */
    @Test
    void smallPulsesStopWithinAFractionOfTheirError() {
        for (PulseShape shape : new PulseShape[] {SHAPE, new PulseShape(8, 35)}) {
            WaveformFitter fast = new WaveformFitter(shape, MSADC, FitSettings.defaults());
            WaveformFitter full = new WaveformFitter(shape, MSADC, FitSettings.defaults(), true);
            SplittableRandom rng = new SplittableRandom(7);
            int n = 2000;
            int fits = 0;
            int agree = 0;
            double[] fastSum2 = new double[2];
            double[] fullSum2 = new double[2];
            for (int i = 0; i < n; i++) {
                double phase = rng.nextDouble() * MSADC.period();
                double amplitude = NOISE * (8 + 12 * rng.nextDouble());
                double time = rng.nextDouble() * 6 - 3;
                double[] w = waveform(shape, MSADC, phase, rng, amplitude, time);
                WaveformFit a = fast.fit(w, PEDESTAL, NOISE, 0, phase);
                WaveformFit b = full.fit(w, PEDESTAL, NOISE, 0, phase);
                if (!a.inTime() || !b.inTime()) {
                    continue;
                }
                fits++;
                double[] e = errors(shape, MSADC, phase, time, amplitude);
                if (Math.abs(a.time() - b.time()) < 0.1 * e[1] + 0.01) {
                    agree++;
                }
                fastSum2[0] += (a.amplitude() - amplitude) * (a.amplitude() - amplitude);
                fullSum2[0] += (b.amplitude() - amplitude) * (b.amplitude() - amplitude);
                fastSum2[1] += (a.time() - time) * (a.time() - time);
                fullSum2[1] += (b.time() - time) * (b.time() - time);
            }
            assertThat(fits).as("in-time pulses found, %s", shape).isGreaterThan((int) (0.95 * n));
            assertThat(agree).as("times alike, %s", shape).isGreaterThanOrEqualTo((int) (0.98 * fits));
            assertThat(Math.sqrt(fastSum2[0] / fullSum2[0])).as("amplitude resolution fast / full, %s", shape)
                    .isBetween(0.99, 1.01);
            assertThat(Math.sqrt(fastSum2[1] / fullSum2[1])).as("time resolution fast / full, %s", shape)
                    .isBetween(0.99, 1.01);
        }
    }
}
