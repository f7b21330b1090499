package na64.reco;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import na64.event.SimEvent;
import na64.event.TrackerHit;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Histogram;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.PngRenderer;
import na64.plot.Points;
import na64.plot.Rgb;
import na64.reco.calibration.RtCalibration;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.conditions.NominalConditions;
import na64.reco.conditions.RtRelation;
import na64.reco.conditions.RunRange;
import na64.reco.conditions.TrackerCalibration;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.digitize.SimEventInput;
import na64.reco.digitize.TrackerDigitizer;
import na64.reco.digitize.TrueEvent;
import na64.reco.digitize.TrueHit;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.ReadoutType;
import na64.reco.geometry.SetupReadout;
import na64.reco.geometry.TrackerReadout;
import na64.reco.process.EventStore;
import na64.reco.process.RunContext;
import na64.reco.track.DriftCircle;
import na64.reco.waveform.FitSettings;
import na64.reco.waveform.PulseShape;
import na64.reco.waveform.WaveformFit;
import na64.reco.waveform.WaveformFitter;
import na64.sim.run.EventLoop;
import na64.sim.run.SimulationOptions;
import na64.sim.run.SimulationRun;
import na64.detector.Setup;
import na64.detector.Setups;
import na64.reco.calo.CaloKeys;

/**
 * NOT A TEST: writes the validation figures of docs/validation.md ("Digitisation and
 * reconstruction") into docs/img and prints the numbers quoted there (the reconstruction
 * benchmark is {@code na64 bench reco}). Run from the repository root after {@code mvn -pl na64-reco -am
 * test-compile} with the test class path (see docs/validation.md).
 */
public final class ValidationFigures {
    private static final Path IMG = Path.of("docs/img");

    private ValidationFigures() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(IMG);
        Setup setup = Setups.load("na64e-2022");
        ReadoutGeometry geometry = SetupReadout.from(setup, DigitizerConfig.defaults().pitches());
        Conditions nominal = NominalConditions.builtIn().forGeometry(geometry);
        ecalResolution(geometry, nominal);
        twoPulses(nominal);
        momentum(setup, geometry, nominal);
        straws(geometry, nominal);
        pileup(geometry, nominal);
    }

    static void write(Figure f, String name) {
        new PngRenderer().write(f, IMG.resolve(name));
        System.out.println("wrote docs/img/" + name);
    }

    /** ECAL: reconstructed minus deposited energy, relative bias and resolution against the expectation. */
    static void ecalResolution(ReadoutGeometry g, Conditions nominal) {
        DigitizerConfig config = DigitizerConfig.defaults();
        Digitizer digitizer = new Digitizer(g, nominal, config, null, 101, 1);
        RunHeader header = digitizer.runHeader(Map.of());
        Reconstruction reco = Reconstruction.chain(g, ConditionsProvider.fixed(nominal));
        RunContext run = reco.beginRun(header);
        int ecal = g.detectorIndex("ECAL");
        CalorimeterCalibration cal = nominal.calorimeter("ECAL");
        ShowerToy toy = new ShowerToy(g.detector("ECAL"), 0.09, 4.1);
        double pe = config.photoelectrons().get(ReadoutType.ECAL);
        double[] energies = {2, 5, 10, 20, 50, 100, 150};
        double[] measured = new double[energies.length];
        double[] expected = new double[energies.length];
        double[] bias = new double[energies.length];
        SplittableRandom rng = new SplittableRandom(102);
        System.out.println("\n| E [GeV] | bias (reco/deposit - 1) | sigma [GeV] | expected sigma [GeV] | sigma/E |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int k = 0; k < energies.length; k++) {
            double sum = 0;
            double sum2 = 0;
            double ev = 0;
            int n = 1500;
            for (int i = 0; i < n; i++) {
                double[][] dep = new double[g.detectors().size()][];
                for (int d = 0; d < dep.length; d++) {
                    dep[d] = new double[g.detectors().get(d).channels()];
                }
                dep[ecal] = toy.deposits(energies[k], rng.nextDouble() - 0.5, rng.nextDouble() - 0.5, rng);
                double truth = 0;
                for (double e : dep[ecal]) {
                    truth += e;
                }
                RawEvent raw = digitizer.digitize(new TrueEvent(k * 100000L + i, dep, List.of(), null, true));
                EventStore store = reco.process(raw, run);
                double diff = store.get(CaloKeys.ECAL).energy() - truth;
                sum += diff / truth;
                sum2 += diff * diff;
                var p = store.get(CaloKeys.PULSES);
                double noise = 0;
                for (int c = 0; c < dep[ecal].length; c++) {
                    double v = EcalRoundTripTest.amplitudeVariance(header.board(), cal.pulse(), raw.header().triggerPhase(),
                            cal.timeOffset(c), dep[ecal][c] / cal.gevPerAdc(c), cal.noise(c), !Double.isNaN(p.time()[ecal][c]));
                    noise += v * cal.gevPerAdc(c) * cal.gevPerAdc(c);
                }
                ev += config.excessNoiseFactor() * truth / pe + noise;
            }
            bias[k] = sum / n;
            measured[k] = Math.sqrt(sum2 / n) / energies[k];
            expected[k] = Math.sqrt(ev / n) / energies[k];
            System.out.printf(Locale.ROOT, "| %.0f | %+.4f | %.3f | %.3f | %.4f |%n", energies[k], bias[k],
                    measured[k] * energies[k], expected[k] * energies[k], measured[k]);
        }
        write(Figure.titled("ECAL: digitisation + reconstruction vs deposited energy")
                .x(Axis.log("E deposited [GeV]", 1.5, 200))
                .y(Axis.log("σ(E_{reco} − E_{dep}) / E", 1e-3, 0.2))
                .add(Line.of(energies, expected).style(LineStyle.solid(Rgb.BLUE, 2)).label("expected: photo-electrons + noise"))
                .add(Points.of(energies, measured).color(Rgb.VERMILION).label("digitised and reconstructed")), "reco-ecal-resolution.png");
    }

    /** A waveform with two pulses 25 ns apart and its two-pulse fit. */
    static void twoPulses(Conditions nominal) {
        RunHeader.WaveformBoard board = new RunHeader.WaveformBoard(32, 12.5, 12, 8);
        PulseShape shape = nominal.calorimeter("ECAL").pulse();
        SplittableRandom rng = new SplittableRandom(5);
        double phase = 4.0;
        double[] samples = new double[32];
        double[] t = new double[32];
        for (int k = 0; k < 32; k++) {
            t[k] = board.sampleTime(k) - phase;
            samples[k] = Math.rint(200 + 1.5 * rng.nextGaussian() + 900 * shape.atPeak(t[k]) + 600 * shape.atPeak(t[k] - 25));
        }
        WaveformFit fit = new WaveformFitter(shape, board, FitSettings.defaults()).fit(samples, 200, 1.5, 0, phase);
        int m = 400;
        double[] tt = new double[m];
        double[] a = new double[m];
        double[] b = new double[m];
        double[] sum = new double[m];
        for (int i = 0; i < m; i++) {
            tt[i] = -100 + 300.0 * i / m;
            a[i] = 200 + fit.amplitude() * shape.atPeak(tt[i] - fit.time());
            b[i] = 200 + fit.extraAmplitudes()[0] * shape.atPeak(tt[i] - fit.extraTimes()[0]);
            sum[i] = a[i] + b[i] - 200;
        }
        System.out.printf(Locale.ROOT, "%ntwo pulses: true (900, 0 ns), (600, 25 ns); fitted (%.1f, %.2f ns), (%.1f, %.2f ns), chi2/ndf %.1f/%d%n",
                fit.amplitude(), fit.time(), fit.extraAmplitudes()[0], fit.extraTimes()[0], fit.chi2(), fit.ndf());
        write(Figure.titled("Two pulses 25 ns apart, 12.5 ns sampling: two-pulse template fit")
                .x(Axis.linear("time after trigger [ns]", -100, 200))
                .y(Axis.linear("ADC counts", 150, 1600))
                .add(Line.of(tt, a).style(LineStyle.dashed(Rgb.BLUE, 1.5)).label(String.format(Locale.ROOT, "pulse 1: %.0f counts at %.1f ns", fit.amplitude(), fit.time())))
                .add(Line.of(tt, b).style(LineStyle.dashed(Rgb.GREEN, 1.5)).label(String.format(Locale.ROOT, "pulse 2: %.0f counts at %.1f ns", fit.extraAmplitudes()[0], fit.extraTimes()[0])))
                .add(Line.of(tt, sum).style(LineStyle.solid(Rgb.BLACK, 1.5)).label("fit"))
                .add(Points.of(t, samples).color(Rgb.VERMILION).label("samples (true: 900 at 0 ns, 600 at 25 ns)")), "reco-two-pulses.png");
    }

    /** Momentum from the bending angle, for events of the simulation's beam line. */
    static void momentum(Setup setup, ReadoutGeometry g, Conditions nominal) {
        EventLoop.Worker worker = new EventLoop(setup, SimulationOptions.standardModel(), new ToyDownstream()).newWorker();
        SimEventInput input = new SimEventInput(SimulationRun.detectors(setup),
                setup.trackers().stream().map(t -> t.name()).toList(), g);
        Digitizer digitizer = new Digitizer(g, nominal, DigitizerConfig.defaults(), null, 201, 1);
        Reconstruction reco = Reconstruction.chain(g, ConditionsProvider.fixed(nominal));
        RunContext run = reco.beginRun(digitizer.runHeader(Map.of()));
        int lastUp = g.upstreamTrackers()[g.upstreamTrackers().length - 1];
        List<Double> residuals = new ArrayList<>();
        int n = 6000;
        int electrons = 0;
        for (int i = 0; i < n; i++) {
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
            double p = reco.reconstruct(digitizer.digitize(input.toTrue(e)), run).momentum();
            if (!Double.isNaN(p) && !Double.isNaN(pTrue)) {
                residuals.add(p / pTrue - 1);
            }
        }
        double[] r = residuals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = 0;
        for (double v : r) {
            mean += v / r.length;
        }
        double var = 0;
        for (double v : r) {
            var += (v - mean) * (v - mean) / r.length;
        }
        double core = 0.5 * (r[(int) (0.8413 * r.length)] - r[(int) (0.1587 * r.length)]);
        double median = r[r.length / 2];
        System.out.printf(Locale.ROOT, "%nmomentum (sim-setup beam line, 100 GeV e-): %d of %d electrons with a momentum; mean %+.5f, "
                + "median %+.5f, rms %.5f, central 68 %% half width %.5f%n", r.length, electrons, mean, median, Math.sqrt(var), core);
        double[] edges = new double[81];
        double[] counts = new double[80];
        for (int i = 0; i <= 80; i++) {
            edges[i] = -0.02 + 0.04 * i / 80;
        }
        for (double v : r) {
            int b = (int) Math.floor((v + 0.02) / 0.0005);
            if (b >= 0 && b < 80) {
                counts[b]++;
            }
        }
        double[] gx = new double[200];
        double[] gy = new double[200];
        for (int i = 0; i < 200; i++) {
            gx[i] = -0.02 + 0.04 * i / 199;
            gy[i] = r.length * 0.0005 / (core * Math.sqrt(2 * Math.PI)) * Math.exp(-0.5 * Math.pow((gx[i] - median) / core, 2));
        }
        write(Figure.titled("Momentum from the bending angle, 100 GeV e−, na64e-2022")
                .x(Axis.linear("p_{reco} / p_{true} − 1", -0.02, 0.02))
                .y(Axis.linear("events"))
                .add(Histogram.of(edges, counts).label("reconstructed (simulated beam line)"))
                .add(Line.of(gx, gy).style(LineStyle.solid(Rgb.BLUE, 1.5)).label(String.format(Locale.ROOT, "Gaussian, σ = half width of the central 68 %%: %.2f %%", 100 * core))), "reco-momentum.png");
    }

    /** Straw hit residuals with the nominal r-t, and an r-t calibration of mis-set constants. */
    static void straws(ReadoutGeometry g, Conditions nominal) {
        int plane = g.trackerIndex("ST1X");
        TrackerReadout straw = g.trackers().get(plane);
        double radius = straw.pitch() / 2;
        RtRelation trueRt = RtRelation.quadratic(120, 550, radius, 31);
        TrackerCalibration trueCal = nominal.tracker("ST1X").withRt(7.3, trueRt);
        Conditions truth = nominal.withTrackers("true", RunRange.all(), List.of(trueCal));
        DigitizerConfig config = DigitizerConfig.defaults();
        TrackerDigitizer digitizer = new TrackerDigitizer(g, truth, config);
        SplittableRandom rng = new SplittableRandom(301);
        List<Double> times = new ArrayList<>();
        List<double[]> hits = new ArrayList<>();
        for (int i = 0; i < 40000; i++) {
            double x = -8 + 16 * rng.nextDouble();
            var s = digitizer.digitizeStraws(List.of(new TrackerDigitizer.TimedHit(
                    new TrueHit(plane, x, 0, 0, 0, straw.z() / 29.9792458, 0), 0)), false, rng);
            for (int k = 0; k < s.size(); k++) {
                double t = s.tdc()[k] * config.straws().tdcLsb();
                times.add(t);
                double d = Math.abs(x - straw.wire(s.layer()[k], s.tube()[k]));
                if (d <= radius) {
                    // the tube the track crossed (noise hits in other tubes are in the spectrum, not here)
                    hits.add(new double[] {t, d});
                }
            }
        }
        RtCalibration.Result result = RtCalibration.derive(times.stream().mapToDouble(Double::doubleValue).toArray(), radius, 0.5, 41);
        double[] edges = new double[101];
        double[] counts = new double[100];
        double sum2 = 0;
        for (int i = 0; i <= 100; i++) {
            edges[i] = -0.1 + 0.2 * i / 100;
        }
        for (double[] h : hits) {
            double res = 10 * (result.rt().radius(h[0] - result.t0()) - h[1]);
            sum2 += res * res;
            int b = (int) Math.floor((res + 0.1) / 0.002);
            if (b >= 0 && b < 100) {
                counts[b]++;
            }
        }
        System.out.printf(Locale.ROOT, "%nstraw r-t calibration: t0 = %.2f ns (true 7.30 + nearest-cluster delay), %d hits, "
                + "hit resolution %.3f mm%n", result.t0(), hits.size(), Math.sqrt(sum2 / hits.size()));
        write(Figure.titled(String.format(Locale.ROOT, "Straw drift radius − true distance (derived r-t): r.m.s. %.3f mm",
                        Math.sqrt(sum2 / hits.size())))
                .x(Axis.linear("residual [mm]", -0.1, 0.1))
                .y(Axis.linear("hits"))
                .add(Histogram.of(edges, counts).label("6 mm straws, Ar/CO2, uniform illumination")), "reco-straw-residuals.png");
        double[] tt = new double[60];
        double[] rTrue = new double[60];
        double[] rDerived = new double[60];
        double[] rNominal = new double[60];
        for (int i = 0; i < 60; i++) {
            tt[i] = trueCal.t0() + 80.0 * i / 59;
            rTrue[i] = 10 * trueRt.radius(tt[i] - trueCal.t0());
            rDerived[i] = 10 * result.rt().radius(tt[i] - result.t0());
            rNominal[i] = 10 * nominal.tracker("ST1X").rt().radius(tt[i]);
        }
        write(Figure.titled("Straw r-t relation from the drift-time spectrum (integration method)")
                .x(Axis.linear("TDC time [ns]", 0, 90))
                .y(Axis.linear("drift radius [mm]", 0, 3.2))
                .add(Line.of(tt, rNominal).style(LineStyle.dotted(Rgb.GREY, 1.5)).label("nominal (the reconstruction's start)"))
                .add(Line.of(tt, rTrue).style(LineStyle.solid(Rgb.BLUE, 2)).label("true (simulated tubes: t0 = 7.3 ns)"))
                .add(Line.of(tt, rDerived).style(LineStyle.dashed(Rgb.VERMILION, 2)).label("derived")), "reco-rt-calibration.png");
    }

    /** In-time ECAL energy with a 100 GeV pile-up electron at a given time. */
    static void pileup(ReadoutGeometry g, Conditions nominal) {
        Digitizer digitizer = new Digitizer(g, nominal, DigitizerConfig.defaults(), null, 401, 1);
        Reconstruction reco = Reconstruction.chain(g, ConditionsProvider.fixed(nominal));
        RunContext run = reco.beginRun(digitizer.runHeader(Map.of()));
        int ecal = g.detectorIndex("ECAL");
        ShowerToy toy = new ShowerToy(g.detector("ECAL"), 0.09, 4.1);
        SplittableRandom rng = new SplittableRandom(402);
        double[] dts = {-250, -200, -150, -100, -75, -50, -40, -30, -25, -20, -15, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200};
        double[] biasFit = new double[dts.length];
        System.out.println("\n| pile-up at [ns] | in-time ECAL energy / deposit - 1 |");
        System.out.println("| --- | --- |");
        for (int k = 0; k < dts.length; k++) {
            double sum = 0;
            int n = 200;
            for (int i = 0; i < n; i++) {
                double[][] a = new double[g.detectors().size()][];
                double[][] b = new double[g.detectors().size()][];
                for (int d = 0; d < a.length; d++) {
                    a[d] = new double[g.detectors().get(d).channels()];
                    b[d] = new double[g.detectors().get(d).channels()];
                }
                a[ecal] = toy.deposits(50, 0, 0, rng);
                b[ecal] = toy.deposits(100, 1, 0, rng);
                double truth = 0;
                for (double e : a[ecal]) {
                    truth += e;
                }
                RawEvent raw = digitizer.digitize(new TrueEvent(k * 1000L + i, a, List.of(), null, true),
                        List.of(new Digitizer.Overlay(new TrueEvent(0, b, List.of(), null, true), dts[k])));
                sum += reco.reconstruct(raw, run).ecal().energy() / truth - 1;
            }
            biasFit[k] = 100 * sum / n;
            System.out.printf(Locale.ROOT, "| %+.0f | %+.4f |%n", dts[k], sum / n);
        }
        write(Figure.titled("50 GeV electron with a 100 GeV pile-up electron arriving Δt later")
                .x(Axis.linear("Δt [ns]", -260, 210))
                .y(Axis.linear("in-time E_{ECAL} / deposit − 1 [%]", -2, 25))
                .add(Line.of(new double[] {-260, 210}, new double[] {0, 0}).style(LineStyle.dotted(Rgb.GREY, 1)).label("no bias"))
                .add(Points.of(dts, biasFit).color(Rgb.VERMILION).label("template fits (up to 3 pulses per channel)")), "reco-pileup.png");
    }

}
