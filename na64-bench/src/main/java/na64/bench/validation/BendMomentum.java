package na64.bench.validation;

import java.util.Arrays;
import java.util.Locale;
import na64.event.SimEvent;
import na64.event.TrackerHit;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Histogram;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Rgb;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.SimEventInput;
import na64.sim.downstream.CascadeDownstreamFactory;
import na64.sim.run.EventLoop;
import na64.sim.run.SimulationOptions;
import na64.sim.run.SimulationRun;

/**
 * The momentum from the bending angle for whole simulated events (the setup's beam, beam line and
 * cascade), digitised and reconstructed, against the true momentum behind the last upstream plane.
 */
final class BendMomentum {
    private static final double RANGE = 0.02;
    private static final int BINS = 80;

    private BendMomentum() {
    }

    static void run(RecoSetting s, EventCounts counts, ValidationReport.Builder out) {
        EventLoop.Worker worker = new EventLoop(s.setup(), SimulationOptions.standardModel(), new CascadeDownstreamFactory())
                .newWorker();
        SimEventInput input = new SimEventInput(SimulationRun.detectors(s.setup()),
                s.setup().trackers().stream().map(t -> t.name()).toList(), s.geometry());
        Digitizer digitizer = s.digitizer(201);
        RecoSetting.Reconstructor reco = s.reconstructor(digitizer);
        int[] upstream = s.geometry().upstreamTrackers();
        int lastUp = upstream[upstream.length - 1];
        int events = counts.of(6000);
        double[] residuals = new double[events];
        int found = 0;
        int electrons = 0;
        for (int i = 0; i < events; i++) {
            SimEvent e = worker.simulate(202, i);
            if (e.truth().primaryPdg() != 11) {
                continue;
            }
            electrons++;
            double pTrue = Double.NaN;
            for (TrackerHit h : e.hits()) {
                if (h.track() == 0 && h.plane() == lastUp) {
                    pTrue = h.momentum();
                }
            }
            double p = reco.reco().reconstruct(digitizer.digitize(input.toTrue(e)), reco.run()).momentum();
            if (!Double.isNaN(p) && !Double.isNaN(pTrue)) {
                residuals[found++] = p / pTrue - 1;
            }
        }
        double[] r = Arrays.copyOf(residuals, found);
        Arrays.sort(r);
        double mean = Arrays.stream(r).average().orElse(Double.NaN);
        double rms = Math.sqrt(Arrays.stream(r).map(v -> (v - mean) * (v - mean)).average().orElse(Double.NaN));
        double core = 0.5 * (r[(int) (0.8413 * found)] - r[(int) (0.1587 * found)]);
        double median = r[found / 2];
        out.count("momentum_electrons", electrons);
        out.count("momentum_reconstructed", found);
        out.number("momentum_mean", mean);
        out.number("momentum_median", median);
        out.number("momentum_rms", rms);
        out.number("momentum_core_half_width_68pc", core);
        double width = 2 * RANGE / BINS;
        double[] gx = Histograms.edges(-RANGE, RANGE, 199);
        double[] gy = new double[gx.length];
        for (int i = 0; i < gx.length; i++) {
            gy[i] = found * width / (core * Math.sqrt(2 * Math.PI)) * Math.exp(-0.5 * Math.pow((gx[i] - median) / core, 2));
        }
        out.figure("momentum", Figure.titled(String.format(Locale.ROOT,
                        "Momentum from the bending angle, %.0f GeV beam, %s", s.setup().beam().energy(), s.setup().name()))
                .x(Axis.linear("p_{reco} / p_{true} − 1", -RANGE, RANGE))
                .y(Axis.linear("events"))
                .add(Histogram.of(Histograms.edges(-RANGE, RANGE, BINS), Histograms.counts(r, -RANGE, RANGE, BINS))
                        .label("simulated events, digitised and reconstructed"))
                .add(Line.of(gx, gy).style(LineStyle.solid(Rgb.BLUE, 1.5)).label(String.format(Locale.ROOT,
                        "Gaussian, σ = half width of the central 68 %%: %.2f %%", 100 * core))));
    }
}
