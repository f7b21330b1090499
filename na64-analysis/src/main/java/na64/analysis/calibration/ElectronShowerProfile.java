package na64.analysis.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import na64.core.Check;
import na64.core.InputException;
import na64.event.reco.RecoEventReader;
import na64.reco.process.RecoConfig;
import na64.reco.calibration.ShowerProfileCalibration;
import na64.reco.conditions.ShowerProfile;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.geometry.SetupReadout;
import na64.reco.geometry.WaveformDetector;
import na64.detector.Calorimeter;
import na64.detector.Setup;

/**
 * The reference electron shower of the ECAL, measured as NA64 measures it: from electron
 * calibration runs, with reconstructed quantities only. The runs are electron beams of several
 * energies, because a signal event leaves 0-50 GeV in the ECAL and the cell fractions of a shower
 * fluctuate roughly as 1/sqrt(E): the profile has one lateral set per energy bin, the bin edges
 * half-way (geometrically) between the run energies.
 *
 * <p>Clean electrons of a run at E_b: a track of the run momentum (|p - E_b| &lt;
 * {@value #MOMENTUM_WINDOW} E_b) and the whole energy in the ECAL (|E_ECAL - E_b| &lt;
 * {@value #ENERGY_SIGMAS} sigma_E, the ECAL resolution of the setup: no upstream losses). The
 * runs are pure electron beams, so no particle identification is needed. Their ECAL cells fill the
 * {@link ShowerProfileCalibration} of na64-reco, whose {@link ShowerProfile} the reconstruction of
 * every other sample then uses for the shower-shape chi2.
 */
public final class ElectronShowerProfile {
    /** Accepted |p - E_b| / E_b of a calibration electron (the spectrometer resolves ~1 %). */
    public static final double MOMENTUM_WINDOW = 0.03;
    /** Accepted |E_ECAL - E_b| in units of the ECAL resolution at E_b. */
    public static final double ENERGY_SIGMAS = 3;
    /** Offset bins per axis of the lateral profile (as in na64-reco's calibration test). */
    public static final int BINS = 4;
    /** Entries needed in a bin for its mean and r.m.s. to be used. */
    public static final int MIN_ENTRIES = 30;

    private ElectronShowerProfile() {
    }

    /** One calibration run: its beam energy [GeV] and reconstructed-event file. */
    public record Run(double energy, Path file) {
    }

    /**
     * The measured profile.
     *
     * @param profile   the reference shower
     * @param edges     its energy bins [GeV]
     * @param electrons clean electrons per run
     * @param events    events per run
     */
    public record Result(ShowerProfile profile, double[] edges, long[] electrons, long[] events) {
    }

    /** The energy-bin edges of runs at increasing {@code energies}: 0, the geometric means of neighbours, 10 x the last. */
    public static double[] edges(List<Double> energies) {
        double[] edges = new double[energies.size() + 1];
        for (int i = 1; i < energies.size(); i++) {
            edges[i] = Math.sqrt(energies.get(i - 1) * energies.get(i));
        }
        edges[energies.size()] = 10 * energies.get(energies.size() - 1);
        return edges;
    }

    /** Measures the profile from the runs (increasing energies) of {@code setup}. */
    public static Result measure(List<Run> runs, Setup setup) {
        if (runs.isEmpty()) {
            throw new InputException("calibration.energies", "at least one calibration energy is needed");
        }
        Calorimeter target = setup.targetCalorimeter();
        WaveformDetector ecal = SetupReadout.from(setup, DigitizerConfig.defaults().pitches()).detector(target.name());
        double[] edges = edges(runs.stream().map(Run::energy).toList());
        ShowerProfileCalibration calibration = new ShowerProfileCalibration(ecal, BINS, edges, RecoConfig.defaults().logWeight());
        long[] electrons = new long[runs.size()];
        long[] events = new long[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            Check.positive("calibration energy", run.energy());
            double energyWindow = ENERGY_SIGMAS * target.resolution().relative(run.energy()) * run.energy();
            int k = i;
            // a file, or a directory of parts in event order (a production on Spark): the same events in the same order
            for (java.nio.file.Path part : na64.analysis.select.EventFiles.expand(List.of(run.file()))) {
                RecoEventReader.forEach(part, e -> {
                    events[k]++;
                    if (Math.abs(e.momentum() - run.energy()) < MOMENTUM_WINDOW * run.energy()
                            && Math.abs(e.ecal().energy() - run.energy()) < energyWindow) {
                        calibration.add(e.ecal().cells());
                        electrons[k]++;
                    }
                });
            }
            if (electrons[i] < MIN_ENTRIES) {
                throw new InputException("calibration.events", String.format(Locale.ROOT,
                        "only %d clean electrons in %d events of the %.3g GeV calibration run; at least %d are needed "
                                + "for the ECAL shower profile", electrons[i], events[i], run.energy(), MIN_ENTRIES));
            }
        }
        return new Result(calibration.result(MIN_ENTRIES), edges, electrons, events);
    }
}
