package na64.reco.waveform;

import na64.event.raw.RunHeader;

/**
 * The best precision a least-squares template fit can reach on a waveform with white noise: the
 * Cramer-Rao bound from the Fisher matrix of the amplitude (and time) of one pulse. The ECAL
 * round-trip test and the reconstruction's validation compare the measured spread with it.
 */
public final class FitPrecision {
    /** Step of the numerical time derivative of the pulse shape [ns]. */
    private static final double STEP = 1e-4;

    private FitPrecision() {
    }

    /**
     * Variance of the fitted amplitude [counts^2], with the time fixed or fitted jointly.
     *
     * @param phase     the trigger phase of the event [ns]
     * @param time      the pulse's peak time after the phase-corrected trigger [ns]
     * @param amplitude the pulse amplitude [counts] (the time derivative scales with it)
     * @param noise     white noise per sample [counts]; 1/12 count^2 of ADC rounding is added
     * @param freeTime  true: the (A, A) element of the inverse 2x2 Fisher matrix of (amplitude, time),
     *                  false: 1 / the (A, A) element of the Fisher matrix
     */
    public static double amplitudeVariance(RunHeader.WaveformBoard board, PulseShape shape, double phase, double time,
                                           double amplitude, double noise, boolean freeTime) {
        return amplitudeVariance(board, shape, phase, time, amplitude, noise, freeTime, Double.POSITIVE_INFINITY);
    }

    /**
     * The same when the ADC saturates: samples whose expected signal reaches {@code fullScale} [counts
     * above the pedestal] carry no information and are left out.
     */
    public static double amplitudeVariance(RunHeader.WaveformBoard board, PulseShape shape, double phase, double time,
                                           double amplitude, double noise, boolean freeTime, double fullScale) {
        double[] f = fisher(board, shape, phase, time, amplitude, fullScale);
        double variance = noise * noise + 1.0 / 12;
        double determinant = f[0] * f[2] - f[1] * f[1];
        // a pulse of zero amplitude carries no time information: then the fixed-time bound
        return freeTime && determinant > 0 ? variance * f[2] / determinant : variance / f[0];
    }

    /** Variance of the fitted time [ns^2] of the joint amplitude-and-time fit of an unsaturated pulse. */
    public static double timeVariance(RunHeader.WaveformBoard board, PulseShape shape, double phase, double time,
                                      double amplitude, double noise) {
        double[] f = fisher(board, shape, phase, time, amplitude, Double.POSITIVE_INFINITY);
        return (noise * noise + 1.0 / 12) * f[0] / (f[0] * f[2] - f[1] * f[1]);
    }

    /** {F_AA, F_AT, F_TT} per unit noise variance, over the samples below the full scale. */
    private static double[] fisher(RunHeader.WaveformBoard board, PulseShape shape, double phase, double time,
                                   double amplitude, double fullScale) {
        double faa = 0;
        double fat = 0;
        double ftt = 0;
        for (int k = 0; k < board.samples(); k++) {
            double t = board.sampleTime(k) - phase - time;
            double f = shape.atPeak(t);
            if (amplitude * f >= fullScale) {
                continue;
            }
            double df = -amplitude * (shape.atPeak(t + STEP) - shape.atPeak(t - STEP)) / (2 * STEP);
            faa += f * f;
            fat += f * df;
            ftt += df * df;
        }
        return new double[] {faa, fat, ftt};
    }
}
