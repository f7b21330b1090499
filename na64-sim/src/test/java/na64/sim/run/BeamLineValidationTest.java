package na64.sim.run;

import na64.sim.event.EnergyDeposits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import na64.core.RandomStreams;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Histogram;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Points;
import na64.plot.Rgb;
import na64.sim.beam.DecaySampler;
import na64.sim.event.EventRecord;
import na64.sim.event.TrackerHits;
import na64.physics.ParticleType;
import na64.detector.Magnet;
import na64.detector.Setup;
import na64.detector.TrackerPlane;
import na64.sim.spectrometer.MagnetOptics;
import na64.sim.spectrometer.SynchrotronRadiation;
import na64.sim.spectrometer.TransportState;
import org.junit.jupiter.api.Test;

/**
 * The beam line of the 2021-2022 setup against what NA64 reports for it: the spectrometer's
 * momentum resolution (~1 %, seed 002), the SRD separation of electrons and pions, decays in
 * flight. With -Dna64.figures=true it also draws the figures of docs/validation.md into docs/img
 * and prints the numbers quoted there.
 */
class BeamLineValidationTest {
    static final boolean FIGURES = Boolean.getBoolean("na64.figures");
    static final Path IMG = Path.of("..", "docs", "img");

    /** Momentum from the measured hits: straight lines upstream and downstream of the magnets. */
    static double[] reconstructMomenta(Setup setup, int n, long seed) {
        UpstreamSimulator sim = new UpstreamSimulator(setup);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(setup));
        TransportState st = new TransportState();
        double bl = setup.magnets().stream().mapToDouble(Magnet::fieldIntegral).sum();
        double theta0 = MagnetOptics.bendingAngle(bl, setup.beamMomentum());
        double zMagnets = setup.magnets().get(0).zFront();
        double zEnd = setup.magnets().get(setup.magnets().size() - 1).zBack();
        List<TrackerPlane> planes = setup.trackers();
        double[] out = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            ev.reset(i);
            sim.simulate(RandomStreams.forEvent(seed, i), ev, st);
            if (!Double.isNaN(ev.truth().beamDecayZ)) {
                continue;
            }
            TrackerHits h = ev.hits();
            List<double[]> up = new ArrayList<>();
            List<double[]> down = new ArrayList<>();
            double pTrue = Double.NaN;
            for (int j = 0; j < h.size(); j++) {
                if (h.track(j) != 0 || Double.isNaN(h.xMeasured(j))) {
                    continue;
                }
                double z = planes.get(h.plane(j)).zFront();
                if (z < zMagnets) {
                    up.add(new double[] {z, h.xMeasured(j), planes.get(h.plane(j)).resolution()});
                } else if (z > zEnd) {
                    down.add(new double[] {z, h.xMeasured(j), planes.get(h.plane(j)).resolution()});
                    if (Double.isNaN(pTrue)) {
                        pTrue = h.momentum(j);
                    }
                }
            }
            if (up.size() < 2 || down.size() < 2) {
                continue;
            }
            double bend = theta0 + slope(down) - slope(up);
            out[k++] = MagnetOptics.momentumFromAngle(bl, bend);
            out[k++] = pTrue;
        }
        return Arrays.copyOf(out, k);
    }

    /** Weighted least-squares slope of x(z). */
    static double slope(List<double[]> pts) {
        double sw = 0;
        double sz = 0;
        double sx = 0;
        double szz = 0;
        double szx = 0;
        for (double[] p : pts) {
            double w = 1 / (p[2] * p[2]);
            sw += w;
            sz += w * p[0];
            sx += w * p[1];
            szz += w * p[0] * p[0];
            szx += w * p[0] * p[1];
        }
        return (sw * szx - sz * sx) / (sw * szz - sz * sz);
    }

    @Test
    void spectrometerMeasuresTheMomentumToAboutOnePercent() throws Exception {
        Setup setup = UpstreamSimulatorTest.pure("na64e-2022", ParticleType.ELECTRON, 100);
        double[] pr = reconstructMomenta(setup, 5000, 21);
        int m = pr.length / 2;
        double[] rel = new double[m];
        for (int i = 0; i < m; i++) {
            rel[i] = pr[2 * i] / pr[2 * i + 1] - 1;
        }
        double[] sorted = rel.clone();
        Arrays.sort(sorted);
        // core width: half the 16-84 % interval (robust against bremsstrahlung in the magnets)
        double width = 0.5 * (sorted[(int) (0.84 * m)] - sorted[(int) (0.16 * m)]);
        double median = sorted[m / 2];
        assertThat(m).isGreaterThan(4000);
        assertThat(width).isBetween(0.003, 0.015);  // dp/p ~ 1 % (seed 002, NA64 PRD 97 (2018) 072002)
        assertThat(Math.abs(median)).isLessThan(0.002);
        if (FIGURES) {
            System.out.printf(Locale.ROOT, "momentum: %d tracks, median %.4f, core width %.4f%n", m, median, width);
            double[] edges = edges(-0.05, 0.05, 50);
            Figure f = Figure.titled("Spectrometer momentum resolution, 100 GeV e-, na64e-2022")
                    .x(Axis.linear("p(reconstructed) / p(true) - 1")).y(Axis.linear("tracks"))
                    .add(Histogram.of(edges, histogram(rel, edges)).style(LineStyle.solid(Rgb.BLUE, 1.5))
                            .label(String.format(Locale.ROOT, "core width %.2f %%", 100 * width)));
            write(f, "beamline-momentum.svg");
        }
    }

    @Test
    void srdEnergyOfElectronsAndPions() throws Exception {
        int n = 4000;
        var e = UpstreamSimulatorTest.simulate(UpstreamSimulatorTest.pure("na64e-2022", ParticleType.ELECTRON, 100), n, 31);
        var p = UpstreamSimulatorTest.simulate(UpstreamSimulatorTest.pure("na64e-2022", ParticleType.PION_MINUS, 100), n, 32);
        double[] se = e.srd().clone();
        Arrays.sort(se);
        double threshold = se[(int) (0.05 * n)];
        long pass = Arrays.stream(p.srd()).filter(x -> x >= threshold).count();
        long pionsWithSignal = Arrays.stream(p.srd()).filter(x -> x > 0).count();
        assertThat(pass).isLessThanOrEqualTo(1);
        if (FIGURES) {
            System.out.printf(Locale.ROOT, "SRD: electrons median %.1f MeV, 95 %% efficiency threshold %.1f MeV; "
                    + "pions above it %d of %d, pions with any SRD energy %d; electrons with > 1 GeV %d%n",
                    1e3 * se[n / 2], 1e3 * threshold, pass, n, pionsWithSignal,
                    Arrays.stream(se).filter(x -> x > 1).count());
            double[] edges = edges(0, 0.3, 60);
            double[] pe = Arrays.stream(p.srd()).map(x -> Math.max(x, 1e-9)).toArray();
            Figure f = Figure.titled("SRD energy, 100 GeV beam, na64e-2022")
                    .x(Axis.linear("energy in the SRD [GeV]", 0, 0.3)).y(Axis.log("events", 0.5, n))
                    .add(Histogram.of(edges, histogram(se, edges)).style(LineStyle.solid(Rgb.BLUE, 1.5)).label("e-"))
                    .add(Histogram.of(edges, histogram(pe, edges)).style(LineStyle.solid(Rgb.VERMILION, 1.5)).label("pi-"))
                    .add(Line.of(new double[] {threshold, threshold}, new double[] {0.5, n})
                            .style(LineStyle.dashed(Rgb.GREY, 1)).label("95 % e- efficiency"));
            write(f, "beamline-srd.svg");
        }
    }

    @Test
    void decayPointsOfPionsFollowTheExponentialLaw() throws Exception {
        Setup setup = UpstreamSimulatorTest.pure("na64e-2022", ParticleType.PION_MINUS, 10);
        UpstreamSimulator sim = new UpstreamSimulator(setup);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(setup));
        TransportState st = new TransportState();
        double z0 = -setup.beam().upstreamLength();
        double z1 = setup.handoverZ();
        double[] edges = edges(z0, z1, 20);
        double[] counts = new double[20];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            ev.reset(i);
            sim.simulate(RandomStreams.forEvent(41, i), ev, st);
            double z = ev.truth().beamDecayZ;
            if (!Double.isNaN(z)) {
                counts[Math.min(19, (int) ((z - z0) / (z1 - z0) * 20))]++;
            }
        }
        double lambda = DecaySampler.decayLength(ParticleType.PION_MINUS,
                Math.sqrt(100 - Math.pow(ParticleType.PION_MINUS.mass(), 2)));
        double chi2 = 0;
        double[] expected = new double[20];
        for (int b = 0; b < 20; b++) {
            expected[b] = n * (Math.exp(-(edges[b] - z0) / lambda) - Math.exp(-(edges[b + 1] - z0) / lambda));
            chi2 += Math.pow(counts[b] - expected[b], 2) / expected[b];
        }
        assertThat(chi2).isLessThan(45.3); // 20 dof, p = 0.001 (the 1 % momentum spread is a 1e-4 effect)
        if (FIGURES) {
            double[] centres = new double[20];
            double[] err = new double[20];
            for (int b = 0; b < 20; b++) {
                centres[b] = 0.5 * (edges[b] + edges[b + 1]);
                err[b] = Math.sqrt(counts[b]);
            }
            Figure f = Figure.titled("Decays in flight of 10 GeV pi-, na64e-2022 (20000 beam particles)")
                    .x(Axis.linear("z of the decay [cm]")).y(Axis.linear("decays per bin", 0, 1.3 * counts[0]))
                    .add(Points.of(centres, counts).yErrors(err).label("simulated"))
                    .add(Line.of(centres, expected).style(LineStyle.solid(Rgb.VERMILION, 1.5))
                            .label("exponential law, L = beta gamma c tau = 559 m"));
            write(f, "beamline-decays.svg");
            System.out.printf(Locale.ROOT, "decays: %d of %d, chi2 %.1f / 20, L = %.0f m%n",
                    (long) Arrays.stream(counts).sum(), n, chi2, lambda / 100);
        }
    }

    @Test
    void synchrotronSpectrumFigure() throws Exception {
        if (!FIGURES) {
            return; // the spectrum itself is tested in SynchrotronRadiationTest
        }
        var rng = new java.util.SplittableRandom(51);
        int n = 200_000;
        double[] edges = new double[41];
        for (int i = 0; i <= 40; i++) {
            edges[i] = 1e-4 * Math.pow(10, i * 0.125);
        }
        double[] counts = new double[40];
        for (int i = 0; i < n; i++) {
            double x = SynchrotronRadiation.sampleX(rng);
            int b = (int) Math.floor(Math.log10(x / 1e-4) / 0.125);
            if (b >= 0 && b < 40) {
                counts[b]++;
            }
        }
        double[] c = new double[40];
        double[] dens = new double[40];
        double[] model = new double[40];
        for (int b = 0; b < 40; b++) {
            c[b] = Math.sqrt(edges[b] * edges[b + 1]);
            dens[b] = counts[b] / n / (edges[b + 1] - edges[b]);
            model[b] = SynchrotronRadiation.spectrum(c[b]);
        }
        Figure f = Figure.titled("Synchrotron photon spectrum (x = E / E_c)")
                .x(Axis.log("x = E / E_c", 1e-4, 10)).y(Axis.log("dN/dx (per photon)", 1e-3, 1e3))
                .add(Points.of(c, dens).label("sampled (200000 photons)"))
                .add(Line.of(c, model).style(LineStyle.solid(Rgb.VERMILION, 1.5)).label("(3/5 pi) integral of K5/3 from x"));
        write(f, "beamline-synchrotron.svg");
    }

    static double[] edges(double lo, double hi, int n) {
        double[] e = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            e[i] = lo + (hi - lo) * i / n;
        }
        return e;
    }

    static double[] histogram(double[] x, double[] edges) {
        double[] h = new double[edges.length - 1];
        double lo = edges[0];
        double w = edges[1] - edges[0];
        for (double v : x) {
            int b = (int) Math.floor((v - lo) / w);
            if (b >= 0 && b < h.length) {
                h[b]++;
            }
        }
        return h;
    }

    static void write(Figure f, String name) throws Exception {
        Files.createDirectories(IMG);
        new na64.plot.PngRenderer().write(f, IMG.resolve(name.replace(".svg", ".png")));
    }
}
