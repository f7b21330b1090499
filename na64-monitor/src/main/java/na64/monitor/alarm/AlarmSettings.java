package na64.monitor.alarm;

import na64.core.Check;

/**
 * Thresholds of the alarms (CHOICE: set so that a good run of a few hundred events per spill
 * raises none, while a dead channel of the beam spot, a channel firing in most events, a halved
 * rate or a shift of half a sample is caught).
 *
 * @param minExpectedForDead zero hits is a dead channel when its chance is below e^-x (x = 10: about 10
 *                           hits expected from a long baseline)
 * @param hotSigma           significance (standard deviations) of an excess for a hot channel
 * @param hotFactor          and the observed hits must exceed this factor times the expectation ...
 * @param hotMinHits         ... plus this many hits
 * @param rateDropFraction   a spill with fewer events than this fraction of the median of the previous ones
 * @param rateHistory        previous spills in that median
 * @param timingShiftNs      shift of a detector's mean pulse time that raises an alarm [ns] ...
 * @param timingSigma        ... when also this many standard errors of the mean
 * @param minTimingEntries   pulses needed in the spill before the timing is judged
 */
public record AlarmSettings(double minExpectedForDead, double hotSigma, double hotFactor, double hotMinHits,
                            double rateDropFraction, int rateHistory, double timingShiftNs, double timingSigma,
                            int minTimingEntries) {
    public AlarmSettings {
        Check.positive("minExpectedForDead", minExpectedForDead);
        Check.positive("hotSigma", hotSigma);
        Check.positive("hotFactor", hotFactor);
        Check.nonNegative("hotMinHits", hotMinHits);
        if (!(rateDropFraction > 0 && rateDropFraction < 1)) {
            throw na64.core.InputException.outOfRange("rateDropFraction", rateDropFraction, "(0, 1)");
        }
        Check.positive("rateHistory", rateHistory);
        Check.positive("timingShiftNs", timingShiftNs);
        Check.positive("timingSigma", timingSigma);
        Check.positive("minTimingEntries", minTimingEntries);
    }

    public static AlarmSettings defaults() {
        return new AlarmSettings(10, 6, 2, 10, 0.5, 10, 5, 5, 30);
    }
}
