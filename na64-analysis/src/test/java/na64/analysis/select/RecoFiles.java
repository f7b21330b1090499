package na64.analysis.select;

import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import na64.analysis.fixture.SyntheticRecoEvent;
import na64.event.raw.TruthLink;
import na64.event.reco.RecoEvent.TrackSegment;
import na64.event.reco.RecoEventWriter;

/**
 * Writes small reconstructed-event files for tests, with the production schema and writer
 * ({@link SyntheticRecoEvent}): the quantities the selection uses, filled with a mixture of
 * electron-like, hadron-like and signal-like events, some quantities missing (null) and weighted
 * truth.
 */
final class RecoFiles {
    private RecoFiles() {
    }

    /** {@code n} events from the stream {@code seed}; {@code truth} false writes data-like files without truth. */
    static void write(Path path, int n, long seed, boolean truth) {
        SplittableRandom rng = new SplittableRandom(seed);
        SplittableRandom downstreamRng = new SplittableRandom(seed ^ 0x5eedL); // its own stream: the other columns as before
        try (RecoEventWriter w = RecoEventWriter.open(path, Map.of())) {
            for (int i = 0; i < n; i++) {
                double u = rng.nextDouble();
                double e;
                double h;
                if (u < 0.6) {                       // electron shower, full energy in the ECAL
                    e = 100 * (1 + 0.02 * rng.nextGaussian());
                    h = Math.abs(0.2 * rng.nextGaussian());
                } else if (u < 0.8) {                // hadronic: shared between ECAL and HCAL
                    e = 100 * rng.nextDouble();
                    h = 100 - e + 5 * rng.nextGaussian();
                } else if (u < 0.9) {                // dimuon-like
                    e = 40 + 30 * rng.nextDouble();
                    h = 8 + 4 * rng.nextDouble();
                } else {                             // missing energy
                    e = 60 * rng.nextDouble();
                    h = Math.abs(1.5 * rng.nextGaussian());
                }
                double preshower = rng.nextDouble() * 3;
                double chi2 = rng.nextDouble() < 0.05 ? Double.NaN : rng.nextDouble() * 15;
                int count = rng.nextDouble() < 0.02 ? 1 : 4;          // a short list now and then: hcal2 is null
                double[] modules = new double[count];
                for (int k = 0; k < count; k++) {
                    modules[k] = h / 4 + rng.nextGaussian();
                }
                double veto = rng.nextDouble() < 0.1 ? 0.01 : 0.001 * rng.nextDouble();
                double srd = rng.nextDouble() * 0.25;
                double srdTime = rng.nextDouble() < 0.03 ? Double.NaN : 15 * rng.nextGaussian();
                double momentum = rng.nextDouble() < 0.04 ? Double.NaN : 100 + 3 * rng.nextGaussian();
                TrackSegment up = rng.nextDouble() < 0.03 ? null
                        : SyntheticRecoEvent.upstream(0.0008 * rng.nextGaussian(), 0.0008 * rng.nextGaussian(), 4 + rng.nextInt(3));
                TrackSegment down = downstreamRng.nextDouble() < 0.03 ? null
                        : SyntheticRecoEvent.downstream(downstreamRng.nextDouble() < 0.05 ? 200 : 15 * downstreamRng.nextDouble(),
                                6 + downstreamRng.nextInt(5));
                TruthLink mc = null;
                if (truth) {
                    double weight = rng.nextDouble() < 0.3 ? 0.005 : 1.0;
                    mc = SyntheticRecoEvent.truth(weight, 11, 11, rng.nextInt(3), 0, u >= 0.8 && u < 0.9);
                }
                w.write(SyntheticRecoEvent.of(i, e, preshower, chi2, h, modules, veto, srd, srdTime, momentum, up, down, mc));
            }
            w.commit();
        }
    }
}
