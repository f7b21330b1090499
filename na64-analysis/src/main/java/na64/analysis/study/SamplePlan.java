package na64.analysis.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import na64.analysis.select.BeamEnergyFraction;
import na64.core.RandomStreams;

/**
 * The samples a study simulates, derived from its configuration, by role ({@link StudySamples}); the
 * names are file names and labels only. Each sample gets its own seed,
 * a pure function of the study seed and the sample name, so adding a sample does not change the
 * others.
 */
public final class SamplePlan {
    /** Prefix of the calibration runs ("calibration-100GeV"). */
    public static final String CALIBRATION = "calibration-";
    public static final String BEAM = "beam";
    public static final String DIMUON = "dimuon";
    public static final String DIMUON_DATA = "dimuon-data";
    public static final String SIGNAL_PREFIX = "signal-";
    /** Suffix of the forced-decay samples ("K--decays"). */
    public static final String DECAYS_SUFFIX = "-decays";
    /** Suffix of the forced punch-through samples ("pi--punch-through"). */
    public static final String PUNCH_THROUGH_SUFFIX = "-punch-through";
    /** The electrons forced to interact in the beam-line material. */
    public static final String UPSTREAM = "upstream-interactions";

    private SamplePlan() {
    }

    /** @param emissMin the selection's missing-energy cut [GeV] (the signal's emission threshold follows it) */
    public static StudySamples<SampleRequest> of(StudyConfig c, double emissMin) {
        List<SampleRequest> calibration = new ArrayList<>();
        for (double e : c.calibrationEnergies()) {
            calibration.add(calibration(c, e));
        }
        SampleRequest beam = request(c, BEAM, "pseudo-data: the setup's beam with its hadron and muon admixture", "e-", true,
                c.beam().events(), null, null, null, 1, null, null, null);
        var d = c.dimuon();
        SampleRequest dimuon = request(c, DIMUON, String.format(Locale.ROOT, "electrons, gamma -> mu+ mu- biased x%.0f", d.bias()), "e-", false,
                d.events(), null, null, null, d.bias(), null, null, null);
        SampleRequest dimuonData = request(c, DIMUON_DATA, String.format(Locale.ROOT,
                "\"data\" for the dimuon comparison: other seed, HCAL scale x%.3g, ECAL scale x%.3g",
                d.dataVariation().hcalScale(), d.dataVariation().ecalScale()), "e-", false, d.dataEvents(), null, null, null, d.bias(),
                d.dataVariation(), null, null);
        List<SampleRequest> hadrons = new ArrayList<>();
        for (StudyConfig.HadronSample h : c.hadrons()) {
            hadrons.add(request(c, h.particle(), h.particle() + " beam only (decays in flight, punch-through)", h.particle(), false,
                    h.events(), null, null, null, 1, null, null, null));
        }
        List<SampleRequest> decays = new ArrayList<>();
        for (StudyConfig.HadronSample h : c.hadrons()) {
            if (h.decayEvents() != null) {
                decays.add(request(c, h.particle() + DECAYS_SUFFIX, h.particle() + " beam only, every particle decaying in flight in the "
                        + "beam line" + (h.electronShare() == null ? "" : String.format(Locale.ROOT,
                        ", %.0f %% of them to a lone e (weights exact)", 100 * h.electronShare())), h.particle(), false,
                        h.decayEvents(), null, null, null, 1, null, h.forcedDecay(), null));
            }
        }
        List<SampleRequest> punchThroughs = new ArrayList<>();
        for (StudyConfig.HadronSample h : c.hadrons()) {
            if (h.punchThroughEvents() != null) {
                punchThroughs.add(request(c, h.particle() + PUNCH_THROUGH_SUFFIX, h.particle() + " beam only, the leading n/K0L of the "
                        + "first hadronic interaction in " + h.punchThrough().describeRegion() + " forced to leave the setup (weights exact)",
                        h.particle(), false, h.punchThroughEvents(), null, null, null, 1,
                        null, null, h.punchThrough()));
            }
        }
        SampleRequest upstream = upstream(c, emissMin);
        var s = c.signal();
        List<SampleRequest> signals = new ArrayList<>();
        for (double m : s.masses()) {
            signals.add(request(c, signalName(m), String.format(Locale.ROOT,
                    "A' (%s) -> invisible, m = %.4g GeV, eps = %.1e, E_A' > %.3g GeV, emission biased (%.0f %% of events)",
                    s.model(), m, s.epsilon(), c.emissionMin(emissMin), 100 * s.emitting()), "e-", false, s.events(), m,
                    s.epsilon(), c.emissionMin(emissMin), 1, null, null, null));
        }
        return new StudySamples<>(calibration, beam, dimuon, dimuonData, hadrons, decays, punchThroughs, upstream, signals);
    }

    /**
     * Electrons whose electronuclear interactions in the beam-line material are biased, in the region
     * and above the transfer of the configuration (defaults: from the end of the last magnet to the
     * handover plane; {@link StudyConfig#EMISSION_MIN_FRACTION} of the missing-energy cut), forced
     * (events without one weighted 0); null if the study asks for none.
     */
    private static SampleRequest upstream(StudyConfig c, double emissMin) {
        StudyConfig.BeamSample b = c.beam();
        if (b.upstreamEvents() == null) {
            return null;
        }
        double zMin;
        double zMax;
        if (b.upstreamRegion() != null) {
            zMin = b.upstreamRegion().get(0);
            zMax = b.upstreamRegion().get(1);
        } else {
            na64.detector.Setup setup = na64.detector.Setups.loadOrRead(c.setup());
            zMin = setup.magnets().stream().mapToDouble(na64.detector.Magnet::zBack).max().orElse(-setup.beam().upstreamLength());
            zMax = setup.handoverZ();
        }
        double minTransfer = b.upstreamMinTransfer() != null ? b.upstreamMinTransfer()
                : BeamEnergyFraction.times(StudyConfig.EMISSION_MIN_FRACTION, emissMin);
        var options = new na64.sim.spectrometer.UpstreamNuclearOptions(b.upstreamBias(), minTransfer, zMin, zMax, true);
        String description = String.format(Locale.ROOT, "e- only, electronuclear interactions in the beam-line material at "
                + "z = %.0f-%.0f cm transferring > %.3g GeV biased x%.3g, the others weighted 0 (weights exact)", zMin, zMax,
                minTransfer, b.upstreamBias());
        return new SampleRequest(UPSTREAM, description, c.setup(), "e-", c.beamEnergy(), false, null, b.upstreamEvents(),
                seed(c, UPSTREAM), null, null, null, null, null, 1, null, null, c.pileup(), null, options);
    }

    /** An electron run at {@code energy} without admixture, the beam spread by the calibration spot. */
    private static SampleRequest calibration(StudyConfig c, double energy) {
        String name = CALIBRATION + String.format(Locale.ROOT, "%.4gGeV", energy);
        double spot = c.calibration().spot();
        String description = String.format(Locale.ROOT,
                "electron calibration run at %.4g GeV, beam spread over the ECAL cells (sigma %.3g cm)", energy, spot);
        return new SampleRequest(name, description, c.setup(), "e-", energy, false, spot, c.calibration().events(), seed(c, name),
                null, null, null, null, null, 1, null, null, null, null);
    }

    public static String signalName(double mass) {
        return SIGNAL_PREFIX + String.format(Locale.ROOT, "%.4g", mass);
    }

    /** The sample's seed: derived from the study seed and the sample's name, so samples are independent of each other and of their order. */
    private static long seed(StudyConfig c, String name) {
        return sampleSeed(c.seed(), name);
    }

    /** The seed of the sample {@code name} of a study with seed {@code studySeed} (every kind of study). */
    public static long sampleSeed(long studySeed, String name) {
        return RandomStreams.forEvent(studySeed, 0, RandomStreams.label("na64 study sample " + name)).nextLong() & Long.MAX_VALUE;
    }

    private static SampleRequest request(StudyConfig c, String name, String description, String particle, boolean admixture,
            long events, Double mass, Double epsilon, Double emissionMin, double bias, StudyConfig.Variation variation,
            na64.sim.beam.ForcedDecay forcedDecay, na64.sim.hadron.ForcedPunchThrough punchThrough) {
        String model = mass == null ? null : c.signal().model();
        Double emitting = mass == null ? null : c.signal().emitting();
        return new SampleRequest(name, description, c.setup(), particle, c.beamEnergy(), admixture, null, events, seed(c, name), model, mass,
                epsilon, emitting, emissionMin, bias, variation, forcedDecay, c.pileup(), punchThrough);
    }
}
