package na64.reco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.conditions.NominalConditions;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.digitize.TrueEvent;
import na64.reco.digitize.TrueHit;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.Technology;
import na64.reco.geometry.TrackerReadout;
import na64.reco.process.EventStore;
import na64.reco.process.RunContext;
import na64.reco.track.DriftCircle;
import na64.reco.track.Measurement;
import na64.reco.track.Measurements;
import na64.reco.track.StripCluster;
import na64.reco.track.TrackerHits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import na64.reco.track.TrackKeys;

/**
 * True tracks -> strips and drift times -> clusters, drift circles, segments -> momentum from the
 * bending angle, for 100 GeV electrons in the 2021-2022 spectrometer.
 */
class TrackingRoundTripTest {
    static final ReadoutGeometry GEOMETRY = TestSetups.na64e2022();
    static final Conditions NOMINAL = NominalConditions.builtIn().forGeometry(GEOMETRY);
    static final double P = 100;
    static final int EVENTS = 1500;

    record Sample(List<TrueHit> truth, EventStore store, double momentum) {
    }

    static List<Sample> samples = new ArrayList<>();

    @BeforeAll
    static void run() {
        Digitizer digitizer = new Digitizer(GEOMETRY, NOMINAL, DigitizerConfig.defaults(), null, 21, 1);
        RunHeader header = digitizer.runHeader(Map.of());
        Reconstruction reco = Reconstruction.chain(GEOMETRY, ConditionsProvider.fixed(NOMINAL));
        RunContext run = reco.beginRun(header);
        TrackToy toy = new TrackToy(GEOMETRY, 1000, 2500);
        SplittableRandom rng = new SplittableRandom(22);
        for (int i = 0; i < EVENTS; i++) {
            List<TrueHit> hits = toy.track(P, 0.5 * rng.nextGaussian(), 0.5 * rng.nextGaussian(),
                    1e-4 * rng.nextGaussian(), 1e-4 * rng.nextGaussian(), rng, true);
            double[][] deposits = new double[GEOMETRY.detectors().size()][];
            for (int d = 0; d < deposits.length; d++) {
                deposits[d] = new double[GEOMETRY.detectors().get(d).channels()];
            }
            RawEvent raw = digitizer.digitize(new TrueEvent(i, deposits, hits, null, true));
            EventStore store = reco.process(raw, run);
            samples.add(new Sample(hits, store, store.get(TrackKeys.MOMENTUM)));
        }
    }

    static TrueHit hitOn(List<TrueHit> hits, int plane) {
        for (TrueHit h : hits) {
            if (h.plane() == plane) {
                return h;
            }
        }
        return null;
    }

    /** Straw drift circles: the drift radius against the true distance of the track from the wire. */
    @Test
    void strawHitResolutionIsTenthsOfAMillimetre() {
        double sum2 = 0;
        int n = 0;
        for (Sample s : samples) {
            for (DriftCircle c : s.store().get(TrackKeys.TRACKER_HITS).circles()) {
                TrueHit h = hitOn(s.truth(), c.plane());
                TrackerReadout plane = GEOMETRY.trackers().get(c.plane());
                int view = plane.strawView();
                double slope = view == 0 ? h.tx() : h.ty();
                double u = (view == 0 ? h.x() : h.y()) + slope * (c.z() - plane.z());
                double d = Math.abs(u - c.wire()) / Math.sqrt(1 + slope * slope);
                if (d > 0.3) {
                    continue;
                }
                double r = c.radius() - d;
                sum2 += r * r;
                n++;
            }
        }
        double rms = Math.sqrt(sum2 / n);
        assertThat(n).isGreaterThan(EVENTS * 4 * 2 * 9 / 10);
        assertThat(rms).as("straw hit resolution [cm]").isBetween(0.010, 0.020);
    }

    /** Micromegas clusters: charge-weighted centroids within the plane's nominal resolution. */
    @Test
    void micromegasClusterResolution() {
        double rms = residualRms(Technology.MICROMEGAS);
        assertThat(rms).as("Micromegas cluster resolution [cm]").isLessThan(0.008);
    }

    /** RMS of the residuals (measured - true) of the measurements of a technology nearest the truth. */
    static double residualRms(Technology technology) {
        double sum2 = 0;
        int n = 0;
        for (Sample s : samples) {
            Measurements m = s.store().get(TrackKeys.MEASUREMENTS);
            for (int p = 0; p < GEOMETRY.trackers().size(); p++) {
                TrackerReadout plane = GEOMETRY.trackers().get(p);
                if (plane.technology() != technology) {
                    continue;
                }
                TrueHit h = hitOn(s.truth(), p);
                for (int view = 0; view < 2; view++) {
                    double best = Double.MAX_VALUE;
                    for (Measurement x : m.all()) {
                        if (x.plane() == p && x.view() == view && x.ambiguity() < 0) {
                            double t = (view == 0 ? h.x() + h.tx() * (x.z() - plane.z()) : h.y() + h.ty() * (x.z() - plane.z()));
                            double r = x.position() - t;
                            if (Math.abs(r) < Math.abs(best)) {
                                best = r;
                            }
                        }
                    }
                    if (Math.abs(best) < 0.1) {
                        sum2 += best * best;
                        n++;
                    }
                }
            }
        }
        return Math.sqrt(sum2 / n);
    }

    /**
     * Momentum from the bending angle: about 1 % at 100 GeV, and equal (within 15 %) to the
     * expectation from linear error propagation through the two least-squares slope fits: the
     * measured hit resolutions of the planes and the multiple scattering of the planes and the air
     * (Highland) with the setup's lever arms, divided by the nominal bend 0.2998 B L / p.
     */
    @Test
    void momentumResolutionMatchesTheLeverArmsAndScattering() {
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (Sample s : samples) {
            if (!Double.isNaN(s.momentum())) {
                double r = s.momentum() / P - 1;
                sum += r;
                sum2 += r * r;
                n++;
            }
        }
        assertThat(n).isGreaterThan(EVENTS * 95 / 100);
        double mean = sum / n;
        double resolution = Math.sqrt(sum2 / n - mean * mean);

        double sigmaMm = residualRms(Technology.MICROMEGAS);
        double sigmaStraw = residualRms(Technology.STRAW);
        double variance = 0;
        List<double[]> up = new ArrayList<>();
        List<double[]> down = new ArrayList<>();
        for (int p : GEOMETRY.upstreamTrackers()) {
            if (GEOMETRY.trackers().get(p).measuresX()) {
                up.add(point(GEOMETRY.trackers().get(p), sigmaMm, sigmaStraw));
            }
        }
        for (int p : GEOMETRY.downstreamTrackers()) {
            if (GEOMETRY.trackers().get(p).measuresX()) {
                down.add(point(GEOMETRY.trackers().get(p), sigmaMm, sigmaStraw));
            }
        }
        double[] cu = slopeCoefficients(up);
        double[] cd = slopeCoefficients(down);
        for (int i = 0; i < up.size(); i++) {
            variance += cu[i] * cu[i] * up.get(i)[2];
        }
        for (int i = 0; i < down.size(); i++) {
            variance += cd[i] * cd[i] * down.get(i)[2];
        }
        for (TrackToy.Scatterer k : new TrackToy(GEOMETRY, 1000, 2500).scatterers(P)) {
            double g = lever(down, cd, k.z()) - lever(up, cu, k.z());
            variance += k.theta0() * k.theta0() * g * g;
        }
        double expected = Math.sqrt(variance) / GEOMETRY.nominalBend();
        assertThat(Math.abs(mean)).as("momentum bias").isLessThan(0.003);
        assertThat(resolution).as("dp/p").isBetween(0.002, 0.015);
        assertThat(resolution / expected).as("dp/p %s against the expectation %s", resolution, expected)
                .isBetween(0.85, 1.15);
    }

    /** {z, fit sigma, true variance} of the measurement a plane contributes to the x fit. */
    private static double[] point(TrackerReadout plane, double sigmaMm, double sigmaStraw) {
        if (plane.technology() == Technology.STRAW) {
            double s = plane.resolution() / Math.sqrt(2);
            return new double[] {plane.z() + plane.layerSpacing() / 2, s, sigmaStraw * sigmaStraw};
        }
        return new double[] {plane.z(), plane.resolution(), sigmaMm * sigmaMm};
    }

    /** Weights c_i of the least-squares slope b = sum c_i u_i for points {z, sigma}. */
    private static double[] slopeCoefficients(List<double[]> points) {
        double sw = 0;
        double swz = 0;
        for (double[] p : points) {
            if (p[1] > 0) {
                double w = 1 / (p[1] * p[1]);
                sw += w;
                swz += w * p[0];
            }
        }
        double zbar = swz / sw;
        double s = 0;
        for (double[] p : points) {
            if (p[1] > 0) {
                s += (p[0] - zbar) * (p[0] - zbar) / (p[1] * p[1]);
            }
        }
        double[] c = new double[points.size()];
        for (int i = 0; i < c.length; i++) {
            double[] p = points.get(i);
            c[i] = p[1] > 0 ? (p[0] - zbar) / (p[1] * p[1]) / s : 0;
        }
        return c;
    }

    /** Change of the fitted slope per unit kick at z: sum over later planes of c_i (z_i - z). */
    private static double lever(List<double[]> points, double[] c, double z) {
        double g = 0;
        for (int i = 0; i < c.length; i++) {
            if (points.get(i)[0] > z) {
                g += c[i] * (points.get(i)[0] - z);
            }
        }
        return g;
    }

    @Test
    void clustersAreFoundOnEveryStripPlane() {
        int planes = 0;
        for (TrackerReadout t : GEOMETRY.trackers()) {
            planes += t.technology().strips() ? 2 : 0;
        }
        long found = 0;
        for (Sample s : samples) {
            TrackerHits h = s.store().get(TrackKeys.TRACKER_HITS);
            for (StripCluster c : h.clusters()) {
                found++;
            }
        }
        assertThat(found).isGreaterThanOrEqualTo((long) planes * EVENTS);
    }
}
