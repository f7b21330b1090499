package na64.reco.waveform;

/**
 * The in-time part of a waveform fit ({@link WaveformFit#amplitude()}, {@link WaveformFit#time()},
 * {@link WaveformFit#extraPulses()}, {@link WaveformFit#saturated()}), filled by
 * {@link WaveformFitter#fit(double[], double, double, double, double, InTimePulse)} and reused from
 * channel to channel. Not thread-safe.
 */
public final class InTimePulse {
    private double amplitude;
    private double time;
    private int extraPulses;
    private boolean saturated;

    void set(double amplitude, double time, int extraPulses, boolean saturated) {
        this.amplitude = amplitude;
        this.time = time;
        this.extraPulses = extraPulses;
        this.saturated = saturated;
    }

    /** Amplitude of the in-time pulse, or of the template fixed at the expected time [ADC counts]. */
    public double amplitude() {
        return amplitude;
    }

    /** Peak time of the in-time pulse [ns], NaN if none was found. */
    public double time() {
        return time;
    }

    /** Pulses found other than the in-time one (pile-up). */
    public int extraPulses() {
        return extraPulses;
    }

    /** Samples at the ADC full scale were censored. */
    public boolean saturated() {
        return saturated;
    }
}
