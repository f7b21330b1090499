package na64.reco.digitize;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.core.PoissonSampler;
import na64.event.raw.RunHeader;
import na64.event.raw.WaveformBlock;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.geometry.WaveformDetector;
import na64.reco.waveform.PulseShape;

/**
 * Turns the energy deposited in the channels of one PMT-read detector into sampled waveforms:
 * photo-electron statistics (Poisson, then the PMT gain fluctuation with excess noise factor F:
 * signal variance F N_pe), the pulse template of the TRUE calibration scaled by its gain
 * (1 / gevPerAdc counts per GeV) and placed at the particle's time plus the channel's time offset
 * and jitter, sampled by the board relative to the trigger phase, then pedestal, white noise,
 * rounding to integer counts and saturation at the ADC full scale. Immutable and thread-safe.
 */
public final class PmtDigitizer {
    /** An energy deposit pattern arriving at {@code time} [ns] relative to the trigger. */
    public record Contribution(double[] deposits, double time) {
    }

    private final int detectorId;
    private final WaveformDetector detector;
    private final CalorimeterCalibration truth;
    private final double pePerGeV;
    private final double excessNoise;
    private final double jitter;
    private final RunHeader.WaveformBoard board;
    private final double zeroSuppression;
    private final PulseShape.Evaluator pulse;
    private final double pulseStart;
    private final double pulseEnd;

    public PmtDigitizer(int detectorId, WaveformDetector detector, CalorimeterCalibration truth, double pePerGeV,
                        double excessNoise, double jitter, RunHeader.WaveformBoard board, double zeroSuppression) {
        if (truth.channels() != detector.channels()) {
            throw new IllegalArgumentException(detector.name() + ": " + truth.channels() + " calibrated channels, "
                    + detector.channels() + " in the geometry");
        }
        this.detectorId = detectorId;
        this.detector = detector;
        this.truth = truth;
        this.pePerGeV = pePerGeV;
        this.excessNoise = excessNoise;
        this.jitter = jitter;
        this.board = board;
        this.zeroSuppression = zeroSuppression;
        this.pulse = truth.pulse().evaluator();
        this.pulseStart = -truth.pulse().peakTime();
        this.pulseEnd = truth.pulse().tailLength(1e-5);
    }

    public WaveformDetector detector() {
        return detector;
    }

    /**
     * The waveforms of all channels for the given contributions.
     *
     * @param phase trigger phase relative to the sampling clock [ns], in [0, period)
     */
    public WaveformBlock digitize(List<Contribution> contributions, double phase, RandomGenerator rng) {
        int n = board.samples();
        int channels = detector.channels();
        int maxCount = board.maxCount();
        short[] samples = new short[channels * n];
        int[] kept = new int[channels];
        int keptCount = 0;
        double[] w = new double[n];
        for (int c = 0; c < channels; c++) {
            double ped = truth.pedestal(c);
            java.util.Arrays.fill(w, 0);
            if (!truth.dead(c)) {
                for (Contribution con : contributions) {
                    double e = con.deposits()[c];
                    if (e > 0) {
                        addPulse(w, amplitude(e, c, rng), con.time() + truth.timeOffset(c) + jitter * rng.nextGaussian(),
                                phase);
                    }
                }
            }
            double sigma = truth.noise(c);
            double max = 0;
            int base = keptCount * n;
            for (int k = 0; k < n; k++) {
                double v = Math.rint(ped + w[k] + sigma * rng.nextGaussian());
                int count = (int) Math.max(0, Math.min(maxCount, v));
                samples[base + k] = (short) count;
                max = Math.max(max, count - ped);
            }
            if (zeroSuppression <= 0 || max >= zeroSuppression) {
                kept[keptCount++] = c;
            }
        }
        if (keptCount < channels) {
            return new WaveformBlock(detectorId, n, java.util.Arrays.copyOf(kept, keptCount),
                    java.util.Arrays.copyOf(samples, keptCount * n));
        }
        return new WaveformBlock(detectorId, n, kept, samples);
    }

    /** Peak amplitude [ADC counts] of a deposit e [GeV] in channel c, with photostatistics and gain fluctuation. */
    double amplitude(double e, int c, RandomGenerator rng) {
        long npe = PoissonSampler.sample(rng, e * pePerGeV);
        if (npe == 0) {
            return 0;
        }
        double signal = npe + Math.sqrt((excessNoise - 1) * npe) * rng.nextGaussian();
        return Math.max(0, signal) / pePerGeV / truth.gevPerAdc(c);
    }

    private void addPulse(double[] w, double amplitude, double peakTime, double phase) {
        if (amplitude <= 0) {
            return;
        }
        double period = board.period();
        int first = Math.max(0, (int) Math.floor((peakTime + pulseStart + phase) / period) + board.triggerSample());
        int last = Math.min(w.length - 1, (int) Math.ceil((peakTime + pulseEnd + phase) / period) + board.triggerSample());
        for (int k = first; k <= last; k++) {
            double t = board.sampleTime(k) - phase;
            w[k] += amplitude * pulse.atPeak(t - peakTime);
        }
    }
}
