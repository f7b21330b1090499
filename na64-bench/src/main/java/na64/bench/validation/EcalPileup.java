package na64.bench.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import na64.core.RandomStreams;
import na64.event.raw.RawEvent;
import na64.physics.ParticleType;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Points;
import na64.plot.Rgb;
import na64.reco.digitize.Digitizer;

/** The in-time ECAL energy of a 50 GeV electron shower with a 100 GeV one arriving dt later, 1 cm away. */
final class EcalPileup {
    private static final double[] DT = {-250, -200, -150, -100, -75, -50, -40, -30, -25, -20, -15, 15, 20, 25, 30, 40,
        50, 75, 100, 150, 200};

    private EcalPileup() {
    }

    static void run(RecoSetting s, EventCounts counts, ValidationReport.Builder out) {
        Digitizer digitizer = s.digitizer(401);
        RecoSetting.Reconstructor reco = s.reconstructor(digitizer);
        DownstreamShots shots = new DownstreamShots(s);
        int ecal = s.geometry().detectorIndex("ECAL");
        int events = counts.of(200);
        double[] bias = new double[DT.length];
        for (int k = 0; k < DT.length; k++) {
            double sum = 0;
            for (int i = 0; i < events; i++) {
                long number = k * 1000L + i;
                double[][] a = shots.deposits(ParticleType.ELECTRON, 50, 0, 0, RandomStreams.forEvent(402, number));
                double[][] b = shots.deposits(ParticleType.ELECTRON, 100, 1, 0, RandomStreams.forEvent(403, number));
                double truth = 0;
                for (double e : a[ecal]) {
                    truth += e;
                }
                RawEvent raw = digitizer.digitize(DownstreamShots.event(number, a),
                        List.of(new Digitizer.Overlay(DownstreamShots.event(0, b), DT[k])));
                sum += reco.reco().reconstruct(raw, reco.run()).ecal().energy() / truth - 1;
            }
            bias[k] = sum / events;
            out.number(String.format(Locale.ROOT, "pileup_%+.0fns_bias", DT[k]), bias[k]);
        }
        out.count("pileup_events_per_dt", events);
        double[] percent = Arrays.stream(bias).map(v -> 100 * v).toArray();
        out.figure("pileup", Figure.titled("50 GeV electron with a 100 GeV pile-up electron arriving Δt later")
                .x(Axis.linear("Δt [ns]", -260, 210))
                .y(Axis.linear("in-time E_{ECAL} / deposit − 1 [%]", -2, 25))
                .add(Line.of(new double[] {-260, 210}, new double[] {0, 0}).style(LineStyle.dotted(Rgb.GREY, 1)).label("no bias"))
                .add(Points.of(DT, percent).color(Rgb.VERMILION).label("template fits (up to 3 pulses per channel)")));
    }
}
