package na64.monitor.fill;

import na64.event.raw.RunHeader.WaveformBoard;
import na64.event.raw.WaveformBlock;

/**
 * The calibration-free quantities a shift crew looks at in a waveform: the amplitude (largest
 * sample minus the pedestal, the mean of the pre-trigger samples up to two before the trigger
 * sample, where no in-time pulse has started) and the time of the largest sample relative to the
 * trigger. A fit would be more precise; the monitor must keep up with the data and flag
 * changes, for which this suffices.
 */
final class PulseFeatures {
    private PulseFeatures() {
    }

    /** Samples used for the pedestal. */
    static int pedestalSamples(WaveformBoard board) {
        return Math.max(1, board.triggerSample() - 2);
    }

    /** Amplitude of listed channel i [ADC counts]. */
    static double amplitude(WaveformBlock block, int i, int pedestalSamples) {
        double ped = 0;
        int n = Math.min(pedestalSamples, block.samplesPerChannel());
        for (int k = 0; k < n; k++) {
            ped += block.sample(i, k);
        }
        ped /= n;
        return block.sample(i, peakSample(block, i)) - ped;
    }

    /** Index of the largest sample of listed channel i (the first one if several are equal). */
    static int peakSample(WaveformBlock block, int i) {
        int best = 0;
        int max = -1;
        for (int k = 0; k < block.samplesPerChannel(); k++) {
            int v = block.sample(i, k);
            if (v > max) {
                max = v;
                best = k;
            }
        }
        return best;
    }

    /** Time of the peak of listed channel i relative to the trigger [ns]. */
    static double peakTime(WaveformBlock block, int i, WaveformBoard board, double triggerPhase) {
        return board.sampleTime(peakSample(block, i)) - triggerPhase;
    }
}
