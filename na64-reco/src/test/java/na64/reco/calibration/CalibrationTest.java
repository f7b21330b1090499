package na64.reco.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.raw.StrawHits;
import na64.reco.Reconstruction;
import na64.reco.ShowerToy;
import na64.reco.TestSetups;
import na64.reco.calo.CellEnergies;
import na64.reco.calo.EcalShowerProcessor;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.conditions.NominalConditions;
import na64.reco.conditions.RtRelation;
import na64.reco.conditions.RunRange;
import na64.reco.conditions.ShowerProfile;
import na64.reco.conditions.TrackerCalibration;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.event.raw.WaveformBlock;
import na64.reco.digitize.MoyalSampler;
import na64.reco.digitize.PmtDigitizer;
import na64.reco.geometry.ReadoutType;
import na64.reco.waveform.FitSettings;
import na64.reco.waveform.WaveformFit;
import na64.reco.waveform.WaveformFitter;
import na64.reco.digitize.TrackerDigitizer;
import na64.reco.digitize.TrueEvent;
import na64.reco.digitize.TrueHit;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.TrackerReadout;
import na64.reco.geometry.WaveformDetector;
import na64.reco.process.RunContext;
import org.junit.jupiter.api.Test;
import na64.reco.calo.CaloKeys;

/**
 * Calibration procedures recover constants deliberately mis-set in the simulated detector: the
 * digitisation runs with TRUE conditions (gains off by up to +-10 %, another straw t0 and r-t),
 * the reconstruction with the nominal ones, the procedure derives new constants from the
 * reconstructed calibration sample, and they are compared with the truth. (The ECAL pre-shower is
 * not constrained by an electron scan, whose pre-shower fraction hardly changes with the impact
 * point: its constants are kept fixed there; see docs/reconstruction.md.)
 */
class CalibrationTest {
    static final ReadoutGeometry GEOMETRY = TestSetups.na64e2022();
    static final Conditions NOMINAL = NominalConditions.builtIn().forGeometry(GEOMETRY);

    static double[][] empty() {
        double[][] d = new double[GEOMETRY.detectors().size()][];
        for (int i = 0; i < d.length; i++) {
            d[i] = new double[GEOMETRY.detectors().get(i).channels()];
        }
        return d;
    }

    /** Gains of some channels scaled by factors uniform in [0.9, 1.1]: the true energy scale. */
    static CalorimeterCalibration misSet(CalorimeterCalibration nominal, int from, int to, SplittableRandom rng) {
        double[] g = nominal.gevPerAdc();
        for (int c = from; c < to; c++) {
            g[c] *= 0.9 + 0.2 * rng.nextDouble();
        }
        return nominal.withGevPerAdc(g);
    }

    /** ECAL main-section gains off by up to +-10 %, recovered to < 1 % from a 100 GeV electron scan of all cells. */
    @Test
    void ecalEqualisationWithBeamElectrons() {
        SplittableRandom rng = new SplittableRandom(31);
        WaveformDetector ecal = GEOMETRY.detector("ECAL");
        int cells = ecal.cells();
        CalorimeterCalibration trueEcal = misSet(NOMINAL.calorimeter("ECAL"), cells, 2 * cells, rng);
        Conditions truth = NOMINAL.with("true", RunRange.all(), List.of(trueEcal));
        Digitizer digitizer = new Digitizer(GEOMETRY, truth, DigitizerConfig.defaults(), null, 32, 1);
        Reconstruction reco = Reconstruction.chain(GEOMETRY, ConditionsProvider.fixed(NOMINAL));
        RunContext run = reco.beginRun(digitizer.runHeader(Map.of()));
        ShowerToy toy = new ShowerToy(ecal, 0.09, 4.1);
        boolean[] fixed = new boolean[ecal.channels()];
        for (int c = 0; c < cells; c++) {
            fixed[c] = true;
        }
        EcalEqualisation equalisation = new EcalEqualisation(ecal.channels(), fixed);
        int ecalIndex = GEOMETRY.detectorIndex("ECAL");
        long n = 0;
        for (int cell = 0; cell < cells; cell++) {
            double x = ecal.cellX(cell % ecal.nx());
            double y = ecal.cellY(cell / ecal.nx());
            // expected visible energy at this impact point: the toy's mean containment (from "simulation")
            double containment = 0;
            for (int i = 0; i < 1000; i++) {
                for (double e : toy.deposits(100, x + 0.3 * rng.nextGaussian(), y + 0.3 * rng.nextGaussian(), rng)) {
                    containment += e;
                }
            }
            containment /= 1000;
            for (int i = 0; i < 80; i++) {
                double[][] dep = empty();
                dep[ecalIndex] = toy.deposits(100, x + 0.3 * rng.nextGaussian(), y + 0.3 * rng.nextGaussian(), rng);
                RawEvent raw = digitizer.digitize(new TrueEvent(n++, dep, List.of(), null, true));
                CellEnergies e = reco.process(raw, run).get(CaloKeys.CELLS);
                equalisation.add(cell, e.energy()[ecalIndex], containment);
            }
        }
        double[] c = equalisation.solve(0.01);
        double worst = 0;
        for (int ch = cells; ch < 2 * cells; ch++) {
            double recovered = NOMINAL.calorimeter("ECAL").gevPerAdc(ch) * c[ch];
            worst = Math.max(worst, Math.abs(recovered / trueEcal.gevPerAdc(ch) - 1));
        }
        assertThat(worst).as("largest relative error of the recovered ECAL gains").isLessThan(0.01);
    }

    /** A muon depositing the most probable energy {@code mpv} (Moyal width mpv/12) in a cell. */
    static double mip(double mpv, SplittableRandom rng) {
        return Math.max(0, MoyalSampler.sample(rng, mpv, mpv / 12));
    }

    /**
     * Muon signals of one HCAL cell, digitised with the TRUE calibration and fitted, converted to
     * energy with the nominal one: what the reconstruction of a muon run gives for that cell.
     */
    static double[] muonSignals(String module, int cell, Conditions truth, int n, SplittableRandom rng) {
        WaveformDetector det = GEOMETRY.detector(module);
        RunHeader.WaveformBoard board = DigitizerConfig.defaults().selectedBoard().toHeader();
        PmtDigitizer pmt = new PmtDigitizer(0, det, truth.calorimeter(module),
                DigitizerConfig.defaults().photoelectrons().get(ReadoutType.HCAL), 1.2, 0.3, board, 0);
        CalorimeterCalibration nominal = NOMINAL.calorimeter(module);
        WaveformFitter fitter = new WaveformFitter(nominal.pulse(), board, FitSettings.defaults());
        double[] out = new double[n];
        double[] samples = new double[board.samples()];
        for (int i = 0; i < n; i++) {
            double[] deposits = new double[det.channels()];
            deposits[cell] = mip(1.9, rng);
            double phase = board.period() * rng.nextDouble();
            WaveformBlock block = pmt.digitize(List.of(new PmtDigitizer.Contribution(deposits, 0)), phase, rng);
            WaveformFit fit = fitter.fit(block.waveform(cell, samples), nominal.pedestal(cell), nominal.noise(cell),
                    nominal.timeOffset(cell), phase);
            out[i] = fit.amplitude() * nominal.gevPerAdc(cell);
        }
        return out;
    }

    /**
     * HCAL gains (all 36 cells) off by up to +-10 %, recovered to < 1 % from the MIP peak of 5000 muons
     * per cell (statistical precision ~0.2 % per cell); the reference peak E_ref comes from an
     * independent "simulation" sample of 20000 muons
     * digitised and reconstructed with the nominal (= true there) constants.
     */
    @Test
    void hcalWithMuons() {
        SplittableRandom rng = new SplittableRandom(41);
        List<CalorimeterCalibration> trueCals = new ArrayList<>();
        List<String> modules = List.of("HCAL1", "HCAL2", "HCAL3", "HCAL4");
        for (String h : modules) {
            trueCals.add(misSet(NOMINAL.calorimeter(h), 0, 9, rng));
        }
        Conditions truth = NOMINAL.with("true", RunRange.all(), trueCals);
        double reference = MipCalibration.fit(muonSignals("HCAL1", 4, NOMINAL, 20000, rng)).mostProbable();
        double worst = 0;
        for (int m = 0; m < 4; m++) {
            for (int cell = 0; cell < 9; cell++) {
                double measured = MipCalibration.fit(muonSignals(modules.get(m), cell, truth, 5000, rng)).mostProbable();
                double recovered = NOMINAL.calorimeter(modules.get(m)).gevPerAdc(cell) * reference / measured;
                worst = Math.max(worst, Math.abs(recovered / trueCals.get(m).gevPerAdc(cell) - 1));
            }
        }
        assertThat(worst).as("largest relative error of the recovered HCAL gains").isLessThan(0.01);
    }

    /**
     * Straw t0 and r-t from the drift-time spectrum of a uniformly illuminated plane: the simulated
     * tubes have t0 = 7.3 ns and a faster r-t than the nominal. The integration method maps a drift
     * time to the quantile of the track distance, so it returns the effective relation: the distance
     * at which the drift starts is that of the nearest primary cluster, sqrt(d^2 + s^2), s being the
     * distance along the track to the nearest of the clusters (Poisson, n per cm, on both sides:
     * exponential of rate 2n); a time that the true relation gives for radius rho therefore belongs
     * to tracks at distances d = sqrt(rho^2 - s^2), of mean E[sqrt(rho^2 - s^2)]. The derived
     * relation must follow this expectation within 20 um over the tube, and the drift radii it gives
     * must be at least as precise as those of the true relation.
     */
    @Test
    void strawRtFromTheDriftTimeSpectrum() {
        int plane = GEOMETRY.trackerIndex("ST1X");
        TrackerReadout straw = GEOMETRY.trackers().get(plane);
        double radius = straw.pitch() / 2;
        RtRelation trueRt = RtRelation.quadratic(120, 550, radius, 31);
        TrackerCalibration trueCal = NOMINAL.tracker("ST1X").withRt(7.3, trueRt);
        Conditions truth = NOMINAL.withTrackers("true", RunRange.all(), List.of(trueCal));
        DigitizerConfig config = DigitizerConfig.defaults();
        TrackerDigitizer digitizer = new TrackerDigitizer(GEOMETRY, truth, config);
        SplittableRandom rng = new SplittableRandom(51);
        List<Double> times = new ArrayList<>();
        List<double[]> circles = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            double x = -4 + 8 * rng.nextDouble();
            TrueHit h = new TrueHit(plane, x, 0, 0, 0, straw.z() / 29.9792458, 0);
            StrawHits s = digitizer.digitizeStraws(List.of(new TrackerDigitizer.TimedHit(h, 0)), false, rng);
            for (int k = 0; k < s.size(); k++) {
                double t = s.tdc()[k] * config.straws().tdcLsb();
                times.add(t);
                circles.add(new double[] {t, Math.abs(x - straw.wire(s.layer()[k], s.tube()[k]))});
            }
        }
        RtCalibration.Result result = RtCalibration.derive(times.stream().mapToDouble(Double::doubleValue).toArray(),
                radius, 0.5, 41);
        double rate = 2 * config.straws().clusterDensity();
        double worst = 0;
        for (double rho = 0.03; rho <= 0.28; rho += 0.01) {
            double expected = effectiveDistance(rho, rate);
            double tdcTime = trueCal.t0() + trueRt.time(rho);
            worst = Math.max(worst, Math.abs(result.rt().radius(tdcTime - result.t0()) - expected));
        }
        assertThat(worst).as("largest deviation of the derived r-t from the expectation [cm]").isLessThan(0.002);
        assertThat(result.t0()).as("t0: the true one plus the mean drift time of the nearest cluster")
                .isBetween(trueCal.t0(), trueCal.t0() + 2);
        double derived = 0;
        double exact = 0;
        for (double[] c : circles) {
            double a = result.rt().radius(c[0] - result.t0()) - c[1];
            double b = trueRt.radius(c[0] - trueCal.t0()) - c[1];
            derived += a * a;
            exact += b * b;
        }
        assertThat(Math.sqrt(derived / exact)).isLessThan(1.02);
        // with the nominal constants the drift radii are far off
        RtRelation nominal = NOMINAL.tracker("ST1X").rt();
        assertThat(Math.abs(nominal.radius(trueCal.t0() + trueRt.time(0.15)) - 0.15)).isGreaterThan(0.02);
    }

    /** E[sqrt(rho^2 - s^2)] over s ~ exponential(rate) (s > rho contributes 0), by Simpson's rule. */
    static double effectiveDistance(double rho, double rate) {
        int n = 2000;
        double h = rho / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = i * h;
            double f = Math.sqrt(Math.max(0, rho * rho - s * s)) * rate * Math.exp(-rate * s);
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3;
    }

    /**
     * The lateral profile per energy bin: electron showers of 15 GeV, whose cell fractions fluctuate
     * more than those of 100 GeV showers (sampling fluctuations grow as 1/sqrt(E)), get the chi2 of
     * their degrees of freedom against their own energy bin, and a larger one against a profile of
     * 100 GeV electrons only.
     */
    @Test
    void theLateralProfileIsMeasuredPerEnergyBin() {
        WaveformDetector ecal = GEOMETRY.detector("ECAL");
        ShowerToy electrons = new ShowerToy(ecal, 0.09, 4.1);
        SplittableRandom rng = new SplittableRandom(62);
        ShowerProfileCalibration perEnergy = new ShowerProfileCalibration(ecal, 4, new double[] {5, 30, 60, 150}, 4.0);
        ShowerProfileCalibration highOnly = new ShowerProfileCalibration(ecal, 4, new double[] {60, 150}, 4.0);
        for (int i = 0; i < 8000; i++) {
            double e = i % 2 == 0 ? 10 + 10 * rng.nextDouble() : 90 + 20 * rng.nextDouble();
            double[] cells = electrons.deposits(e, 2 * rng.nextGaussian(), 2 * rng.nextGaussian(), rng);
            perEnergy.add(cells);
            highOnly.add(cells);
        }
        assertThat(highOnly.events()).as("showers outside the energy bins are not used").isBetween(3800L, 4200L);
        ShowerProfile binned = perEnergy.result(30);
        ShowerProfile single = highOnly.result(30);
        assertThat(binned.lateralSets()).isEqualTo(3);
        double own = 0;
        double other = 0;
        double high = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double[] cells = electrons.deposits(15, 2 * rng.nextGaussian(), 2 * rng.nextGaussian(), rng);
            own += EcalShowerProcessor.shower(ecal, cells, new double[cells.length], binned, 4.0).lateralChi2();
            other += EcalShowerProcessor.shower(ecal, cells, new double[cells.length], single, 4.0).lateralChi2();
            double[] hundred = electrons.deposits(100, 2 * rng.nextGaussian(), 2 * rng.nextGaussian(), rng);
            high += EcalShowerProcessor.shower(ecal, hundred, new double[hundred.length], binned, 4.0).lateralChi2();
        }
        assertThat(own / n).as("15 GeV against its bin").isBetween(7.5, 10.5);
        assertThat(high / n).as("100 GeV against its bin").isBetween(7.5, 10.5);
        // in this toy the shower-width fluctuation (10 %, energy independent) dominates: the sampling term adds ~50 %
        assertThat(other / n).as("15 GeV against 100 GeV electrons").isGreaterThan(1.3 * own / n);
    }

    /**
     * The electron shower profile: measured on one electron sample, the chi2 of another has the mean
     * expected for a population measured with its own mean and r.m.s. (the number of terms: about 9
     * lateral, 1 longitudinal), while wider, deeper hadron-like showers stand far out.
     */
    @Test
    void showerProfileGivesElectronsChi2OfTheirDegreesOfFreedom() {
        WaveformDetector ecal = GEOMETRY.detector("ECAL");
        ShowerToy electrons = new ShowerToy(ecal, 0.09, 4.1);
        SplittableRandom rng = new SplittableRandom(61);
        double[] edges = {20, 50, 80, 120};
        ShowerProfileCalibration calibration = new ShowerProfileCalibration(ecal, 4, edges, 4.0);
        for (int i = 0; i < 6000; i++) {
            calibration.add(electrons.deposits(60 + 50 * rng.nextDouble(), 2 * rng.nextGaussian(), 2 * rng.nextGaussian(), rng));
        }
        ShowerProfile profile = calibration.result(30);
        double lateral = 0;
        double longitudinal = 0;
        int n = 0;
        int nl = 0;
        for (int i = 0; i < 3000; i++) {
            double[] cells = electrons.deposits(60 + 50 * rng.nextDouble(), 2 * rng.nextGaussian(), 2 * rng.nextGaussian(), rng);
            var s = EcalShowerProcessor.shower(ecal, cells, new double[cells.length], profile, 4.0);
            if (!Double.isNaN(s.lateralChi2())) {
                lateral += s.lateralChi2();
                n++;
            }
            if (!Double.isNaN(s.longitudinalChi2())) {
                longitudinal += s.longitudinalChi2();
                nl++;
            }
        }
        assertThat(lateral / n).as("mean lateral chi2 of electrons").isBetween(8.0, 10.5);
        assertThat(longitudinal / nl).as("mean longitudinal chi2 of electrons").isBetween(0.85, 1.15);
        // hadron-like showers, twice as wide: at the chi2 cut keeping 99 % of electrons, 90 % are rejected
        double[] electronChi2 = new double[1000];
        for (int i = 0; i < electronChi2.length; i++) {
            double[] cells = electrons.deposits(80, 2 * rng.nextGaussian(), 2 * rng.nextGaussian(), rng);
            electronChi2[i] = EcalShowerProcessor.shower(ecal, cells, new double[cells.length], profile, 4.0).lateralChi2();
        }
        java.util.Arrays.sort(electronChi2);
        double cut = electronChi2[(int) (0.99 * electronChi2.length)];
        ShowerToy hadrons = new ShowerToy(ecal, 0.09, 4.1, 2.0);
        int rejected = 0;
        for (int i = 0; i < 500; i++) {
            double[] cells = hadrons.deposits(80, 2 * rng.nextGaussian(), 2 * rng.nextGaussian(), rng);
            if (EcalShowerProcessor.shower(ecal, cells, new double[cells.length], profile, 4.0).lateralChi2() > cut) {
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThan(450);
    }

}
