package na64.reco.waveform;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import na64.core.Check;

/**
 * The normalised PMT pulse of a scintillator read-out: an exponential scintillation pulse (decay
 * time constant tau_d) through a shaper of two integrating stages of time constant tau_r
 * (CR-(RC)^2; Knoll, Radiation Detection and Measurement, ch. 17). Convolving e^(-t/tau_d) with the
 * shaper response (t/tau_r^2) e^(-t/tau_r) gives, with a = 1/tau_r - 1/tau_d,
 * f(t) = N [exp(-t/tau_d) - exp(-t/tau_r) (1 + a t)] for t >= 0 and 0 before, N chosen so that
 * the peak is 1. The pulse starts smoothly (f ~ t^2), so the chi2 of a template fit is smooth in
 * the pulse time; the tail decays as exp(-t/tau_d).
 *
 * <p>Times passed to {@link #atPeak(double)} are relative to the peak, so a pulse "at time t"
 * means a pulse peaking at t; that is the time the reconstruction reports.
 *
 * <p>YAML: {@code pulse: {rise: 6, decay: 30}} (shaping and decay time constants [ns], decay > rise).
 */
public final class PulseShape {
    private final double rise;
    private final double decay;
    private final double peakTime;
    private final double norm;

    @JsonCreator
    public PulseShape(@JsonProperty(value = "rise", required = true) double rise,
                      @JsonProperty(value = "decay", required = true) double decay) {
        Check.positive("rise", rise);
        Check.positive("decay", decay);
        if (!(decay > rise)) {
            throw na64.core.InputException.outOfRange("decay", decay, "> rise = " + rise + " ns");
        }
        this.rise = rise;
        this.decay = decay;
        this.peakTime = findPeak(rise, decay);
        this.norm = 1 / raw(peakTime);
    }

    /** Shaping time constant [ns]. */
    @JsonProperty("rise")
    public double rise() {
        return rise;
    }

    /** Decay time constant [ns]. */
    @JsonProperty("decay")
    public double decay() {
        return decay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PulseShape p && p.rise == rise && p.decay == decay;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(rise) * 31 + Double.hashCode(decay);
    }

    @Override
    public String toString() {
        return "PulseShape[rise=" + rise + ", decay=" + decay + "]";
    }

    /** The unnormalised pulse t >= 0 after its start. */
    private double raw(double t) {
        double a = 1 / rise - 1 / decay;
        return Math.exp(-t / decay) - Math.exp(-t / rise) * (1 + a * t);
    }

    /** d raw / dt: N f'(t) = -exp(-t/tau_d)/tau_d + exp(-t/tau_r) ((1 + a t)/tau_r - a). */
    private double rawSlope(double t) {
        double a = 1 / rise - 1 / decay;
        return -Math.exp(-t / decay) / decay + Math.exp(-t / rise) * ((1 + a * t) / rise - a);
    }

    /** Time from the start of the pulse to its peak [ns]. */
    public double peakTime() {
        return peakTime;
    }

    /** The root of f'(t) = 0, by bisection. */
    private static double findPeak(double rise, double decay) {
        // f'(t) ~ exp(-t/tau_r) (a t / tau_r + 1/tau_d) - exp(-t/tau_d) / tau_d: positive before the peak
        double a = 1 / rise - 1 / decay;
        double lo = 0;
        double hi = 20 * decay;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double derivative = Math.exp(-mid / rise) * (a * mid / rise + 1 / decay) - Math.exp(-mid / decay) / decay;
            if (derivative > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private double norm() {
        return norm;
    }

    /** The pulse at time dt after its peak (dt may be negative): 1 at dt = 0, 0 before the start. */
    public double atPeak(double dt) {
        double t = dt + peakTime();
        if (t <= 0) {
            return 0;
        }
        return norm() * raw(t);
    }

    /** The derivative of {@link #atPeak(double)} with respect to dt [1/ns]. */
    public double slopeAtPeak(double dt) {
        double t = dt + peakTime();
        if (t <= 0) {
            return 0;
        }
        return norm() * rawSlope(t);
    }

    /** Time after the peak beyond which the pulse is below {@code fraction} of its peak [ns]. */
    public double tailLength(double fraction) {
        // the decay exponential dominates the tail: f ~ N exp(-t/tau_d)
        return Math.max(0, decay * Math.log(norm() / fraction) - peakTime());
    }

    /** Integral of the normalised pulse [ns] (area per unit peak amplitude): N (tau_d - tau_r)^2 / tau_d. */
    public double area() {
        return norm() * (decay - rise) * (decay - rise) / decay;
    }

    /**
     * A tabulated copy of the pulse for the digitiser: values on a 0.05 ns grid from the start of the
     * pulse to where it falls below 1e-7 of its peak, linearly interpolated (error below 1e-5 of the
     * peak for rise times of a few ns). The fit reads the same table laid out by sample, with the
     * derivative ({@link SampledPulse}).
     */
    public Evaluator evaluator() {
        return new Evaluator(this);
    }

    /** A fast evaluator of {@link #atPeak(double)}; immutable. */
    public static final class Evaluator {
        private static final double STEP = 0.05;
        private static final double PER_STEP = 1 / STEP;
        private final double peakTime;
        private final double[] table;

        Evaluator(PulseShape shape) {
            this.peakTime = shape.peakTime();
            int n = (int) Math.ceil((shape.tailLength(1e-7) + peakTime) / STEP) + 2;
            table = new double[n];
            for (int i = 0; i < n; i++) {
                table[i] = shape.atPeak(i * STEP - peakTime);
            }
            table[n - 1] = 0;
        }

        /** The pulse at time dt after its peak. */
        public double atPeak(double dt) {
            double x = (dt + peakTime) * PER_STEP;
            if (!(x > 0) || x >= table.length - 1) {
                return 0;
            }
            int i = (int) x;
            double f = x - i;
            return table[i] + f * (table[i + 1] - table[i]);
        }
    }
}
