package na64.reco.calo;

import java.util.Set;
import na64.event.raw.RawEvent;
import na64.event.raw.WaveformBlock;
import na64.reco.geometry.ReadoutMap;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;
import na64.reco.waveform.InTimePulse;
import na64.reco.waveform.WaveformFitter;
import na64.reco.process.EventKeys;

/** Fits every read-out waveform with its detector's pulse template ({@link WaveformFitter}). */
public final class WaveformFitProcessor implements Processor {
    /** Per-run objects: the id map and one fitter per geometry detector. */
    private record Setup(ReadoutMap map, WaveformFitter[] fitters, CalorimeterCalibration[] calibrations) {
    }

    @Override
    public String name() {
        return "waveform-fit";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(EventKeys.RAW);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(CaloKeys.PULSES);
    }

    private static Setup setup(RunContext run) {
        ReadoutGeometry g = run.geometry();
        WaveformFitter[] fitters = new WaveformFitter[g.detectors().size()];
        CalorimeterCalibration[] cals = new CalorimeterCalibration[fitters.length];
        // one fitter per pulse shape, shared by the detectors of that shape: its template at the
        // expected time (the same for all channels in an event) is then formed once per event and shape
        java.util.Map<na64.reco.waveform.PulseShape, WaveformFitter> byShape = new java.util.HashMap<>();
        for (int d = 0; d < fitters.length; d++) {
            cals[d] = run.conditions().calorimeter(g.detectors().get(d).name());
            fitters[d] = byShape.computeIfAbsent(cals[d].pulse(),
                    shape -> new WaveformFitter(shape, run.header().board(), run.config().waveform()));
        }
        return new Setup(new ReadoutMap(run.header(), g), fitters, cals);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        Setup s = run.cached(WaveformFitProcessor.class, Setup.class, WaveformFitProcessor::setup);
        RawEvent raw = event.get(EventKeys.RAW);
        int nd = s.fitters().length;
        double[][] amplitude = new double[nd][];
        double[][] time = new double[nd][];
        boolean[][] read = new boolean[nd][];
        for (int d = 0; d < nd; d++) {
            int channels = run.geometry().detectors().get(d).channels();
            amplitude[d] = new double[channels];
            time[d] = new double[channels];
            read[d] = new boolean[channels];
            java.util.Arrays.fill(time[d], Double.NaN);
        }
        int extra = 0;
        int saturated = 0;
        double phase = raw.header().triggerPhase();
        // one result for all channels of the event; the fitter reads the raw counts in place
        InTimePulse fit = new InTimePulse();
        for (WaveformBlock b : raw.waveforms()) {
            int d = s.map().detector(b.detector());
            CalorimeterCalibration cal = s.calibrations()[d];
            short[] counts = b.samples();
            int perChannel = b.samplesPerChannel();
            for (int i = 0; i < b.channelCount(); i++) {
                int c = b.channels()[i];
                if (c < 0 || c >= amplitude[d].length) {
                    throw new IllegalArgumentException("channel " + c + " of " + run.geometry().detectors().get(d).name()
                            + " out of range in event " + raw.header().event());
                }
                s.fitters()[d].fit(counts, i * perChannel, perChannel, cal.pedestal(c), cal.noise(c), cal.timeOffset(c),
                        phase, fit);
                amplitude[d][c] = fit.amplitude();
                time[d][c] = fit.time();
                read[d][c] = true;
                extra += fit.extraPulses();
                saturated += fit.saturated() ? 1 : 0;
            }
        }
        event.put(CaloKeys.PULSES, new FittedPulses(amplitude, time, read, extra, saturated));
    }
}
