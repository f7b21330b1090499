package na64.analysis.visible;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * A study on a grid of masses and couplings, whose acceptance depends on a decay length: the visible
 * mode (A'/X -> e+ e- behind a compact dump, {@code search: visible}) and the semi-visible mode
 * (inelastic dark matter, A' -> chi1 chi2, chi2 -> chi1 e+ e-, {@code search: semi-visible}). One or
 * more runs, each a setup with its electrons on target and its selection, the signal simulated at
 * every grid point, and the 90 % CL band the runs exclude together; and the ALP search ({@code search:
 * alp}: an axion-like particle coupled to photons, made by Primakoff conversion of the shower's
 * photons, decaying to gamma gamma at its natural decay point; the grid's couplings are g_agg in
 * 1/GeV); and the positron-beam search ({@code search: positron}: invisible A' made by bremsstrahlung
 * and resonant annihilation e+ e- -> A' of the beam positron and of the shower's positrons, one run
 * per beam energy of a scan, the per-run curves and their combination). Read strictly from YAML; a
 * file is such a study when it names one of {@link #SEARCHES} ({@link #isVisible}).
 *
 * @param search          "visible", "semi-visible", "alp" or "positron"
 * @param name            title of the report
 * @param seed            study seed; every sample derives its own seed from it and its name
 * @param threads         worker threads
 * @param selection       the runs' selection unless a run names its own: "builtin" (na64/analysis/selection-na64e-visible.yaml),
 *                        "invisible" (the invisible mode's built-in selection) or a selection file relative to the study file
 * @param confidenceLevel of the band
 * @param runs            the datasets, combined in one likelihood
 * @param signal          the signal grid
 * @param published       published band to compare with (CSV mass_GeV,epsilon_low,epsilon_high), optional
 * @param kaons           the biased K0S background sample of every run (default: {@link Kaons#DEFAULT})
 */
public record VisibleStudyConfig(String search, String name, Long seed, Integer threads, String selection,
        Double confidenceLevel, List<Run> runs, Signal signal, Published published, Kaons kaons) {

    public static final String SEARCH = "visible";
    public static final String SEMI_VISIBLE = "semi-visible";
    public static final String ALP = "alp";
    public static final String POSITRON = "positron";
    /** The searches such a study file may name. */
    public static final List<String> SEARCHES = List.of(SEARCH, SEMI_VISIBLE, ALP, POSITRON);
    public static final String BUILTIN_SELECTION = "/na64/analysis/selection-na64e-visible.yaml";

    public VisibleStudyConfig {
        if (!SEARCHES.contains(search)) {
            throw InputException.unknown("search", search, SEARCHES);
        }
        Config.require("name", name);
        seed = Config.orDefault(seed, 1L);
        threads = Config.orDefault(threads, Runtime.getRuntime().availableProcessors());
        na64.core.Check.threads("threads", threads);
        // the positron search is an invisible-mode search: the invisible mode's selection unless told otherwise
        selection = Config.orDefault(selection, POSITRON.equals(search) ? "invisible" : "builtin");
        confidenceLevel = Config.orDefault(confidenceLevel, 0.9);
        Check.confidenceLevel("confidenceLevel", confidenceLevel);
        runs = List.copyOf(Config.require("runs", runs));
        if (runs.isEmpty()) {
            throw new InputException("runs", "at least one run is needed");
        }
        Set<String> names = new HashSet<>();
        for (Run r : runs) {
            if (!names.add(r.name())) {
                throw new InputException("runs", "two runs are named '" + r.name() + "'; names label samples and must differ");
            }
        }
        Config.require("signal", signal);
        if (SEMI_VISIBLE.equals(search) && !na64.physics.Mediator.parse(signal.model()).cliName().equals("vector")) {
            throw InputException.outOfRange("signal.model", signal.model(), "vector (a dark photon) for semi-visible decays");
        }
        if (SEMI_VISIBLE.equals(search)) {
            // chi2 -> chi1 e+ e- needs the splitting above 2 m_e
            double lightest = signal.darkSector().lightestSemiVisibleMass();
            for (int i = 0; i < signal.masses().size(); i++) {
                if (!(signal.masses().get(i) > lightest)) {
                    throw InputException.outOfRange("signal.masses[" + i + "]", signal.masses().get(i), String.format(
                            java.util.Locale.ROOT, "> %.4g GeV for semi-visible decays (the splitting %s m_chi1 = %s m / %s must "
                                    + "exceed 2 m_e)", lightest, signal.splitting(), signal.splitting(), signal.massRatio()));
                }
            }
        }
        kaons = Config.orDefault(kaons, Kaons.DEFAULT);
    }

    /**
     * True for the positron-beam search: invisible A' from bremsstrahlung and resonant annihilation of
     * the beam positron and of the shower's positrons, runs at several beam energies (a scan).
     */
    public boolean positron() {
        return POSITRON.equals(search);
    }

    /** True for the ALP search (Primakoff production, a -> gamma gamma at natural decay points; couplings are g_agg). */
    public boolean alp() {
        return ALP.equals(search);
    }

    /** True for the semi-visible mode (chi2 -> chi1 e+ e- at its natural decay points). */
    public boolean semiVisible() {
        return SEMI_VISIBLE.equals(search);
    }

    /** The selection of a run: its own, else the study's. */
    public String selectionOf(Run run) {
        return run.selection() != null ? run.selection() : selection;
    }

    /** Without a K0S block: the default K0S sample. */
    public VisibleStudyConfig(String search, String name, Long seed, Integer threads, String selection, Double confidenceLevel,
            List<Run> runs, Signal signal, Published published) {
        this(search, name, seed, threads, selection, confidenceLevel, runs, signal, published, null);
    }

    /**
     * The K0S background sample of every run: beam electrons whose photons above {@code minEnergy} x E0
     * are absorbed by nuclei with the photonuclear cross section x {@code bias} (the others not at all:
     * they cannot give a K0S that carries the box's E_ECAL > 0.3 E0), a K0S made the leading meson of
     * the final state with probability {@code leading}; exact weights
     * ({@link na64.sim.hadron.PhotonuclearBias}). Every K0S decays in flight where it does.
     *
     * @param events    beam electrons per run (0: no K0S sample)
     * @param bias      photonuclear cross-section factor (>= 1)
     * @param leading   probability of a leading K0S where the final state has one, [0, 1)
     * @param minEnergy smallest photon energy absorbed, in units of the run's beam energy
     */
    public record Kaons(Long events, Double bias, Double leading, Double minEnergy) {
        /** 50,000 electrons per run, cross section x 1e4 above 0.2 E0 (~80 % of the events absorb one photon), leading K0S 0.9. */
        public static final Kaons DEFAULT = new Kaons(null, null, null, null);

        public Kaons {
            events = Config.orDefault(events, 50_000L);
            Check.nonNegative("kaons.events", events);
            bias = Config.orDefault(bias, 1e4);
            if (!(bias >= 1) || !Double.isFinite(bias)) {
                throw InputException.outOfRange("kaons.bias", bias, "a finite number >= 1");
            }
            leading = Config.orDefault(leading, 0.9);
            if (!(leading >= 0 && leading < 1)) {
                throw InputException.outOfRange("kaons.leading", leading, "[0, 1)");
            }
            minEnergy = Config.orDefault(minEnergy, 0.2);
            Check.inClosedRange("kaons.minEnergy", minEnergy, 0.05, 0.99);
        }
    }

    /**
     * One dataset.
     *
     * @param name        label ("2017"), also part of the sample names
     * @param setup       setup name or file
     * @param beamEnergy  beam energy [GeV] (default: the setup's); the selection's E0 cuts follow it
     * @param eot         electrons on target of the run
     * @param observed    events observed in the signal box
     * @param beamEvents  events of the pseudo-data sample (the setup's beam with its admixture)
     * @param decayRegion z window [cm] every signal X is made to decay in (exact weights, visible mode
     *                    only); default: from the end of the dump (the target calorimeter) to the ECAL
     *                    front, the only decays whose e+ e- can pass V2 unseen and cross the decay counter
     * @param selection   this run's selection (as the study's {@code selection}); null: the study's
     * @param calibrationEvents electrons per energy of the run's calibration runs (0: none); their ECAL
     *                    shower profile reconstructs all the run's samples, as the invisible study's
     *                    calibration run does (needed by selections with shower-shape cuts)
     */
    public record Run(String name, String setup, Double beamEnergy, Double eot, Integer observed, Long beamEvents,
            List<Double> decayRegion, String selection, Long calibrationEvents) {

        /** A run with the study's selection and no calibration runs. */
        public Run(String name, String setup, Double beamEnergy, Double eot, Integer observed, Long beamEvents,
                List<Double> decayRegion) {
            this(name, setup, beamEnergy, eot, observed, beamEvents, decayRegion, null, null);
        }

        public Run {
            Config.require("name", name);
            if (!name.matches("[A-Za-z0-9_.-]+")) {
                throw new InputException("runs[].name", "run name '" + name + "': letters, digits, '_', '.', '-' only (it names files)");
            }
            Config.require("setup", setup);
            na64.detector.Setup s = na64.detector.Setups.loadOrRead(setup);
            beamEnergy = Config.orDefault(beamEnergy, s.beam().energy());
            Check.inClosedRange("runs[" + name + "].beamEnergy", beamEnergy, 1, 1000);
            Check.positive("runs[" + name + "].eot", Config.require("eot", eot));
            observed = Config.orDefault(observed, 0);
            Check.nonNegative("runs[" + name + "].observed", (long) observed);
            Check.positive("runs[" + name + "].beamEvents", Config.require("beamEvents", beamEvents));
            calibrationEvents = Config.orDefault(calibrationEvents, 0L);
            Check.nonNegative("runs[" + name + "].calibrationEvents", calibrationEvents);
            if (decayRegion == null) {
                double zMin = s.targetCalorimeter().zBack();
                double zMax = s.calorimeter("ECAL").map(c -> c.zFront()).orElse(Double.NaN);
                // the ECAL is the dump of an invisible-mode setup: no decay window (only the visible mode forces one)
                decayRegion = zMax > zMin ? List.of(zMin, zMax) : null;
            }
            if (decayRegion != null) {
                if (decayRegion.size() != 2 || !(decayRegion.get(1) > decayRegion.get(0))) {
                    throw InputException.outOfRange("runs[" + name + "].decayRegion", decayRegion, "[zMin, zMax] in cm with zMin < zMax");
                }
                decayRegion = List.copyOf(decayRegion);
            }
        }
    }

    /**
     * The signal grid, simulated in every run.
     *
     * @param model       mediator (vector, scalar, pseudoscalar, axial)
     * @param masses      [GeV], increasing, each > 2 m_e
     * @param epsilons    couplings, increasing
     * @param events      beam electrons per grid point, emission biased
     * @param emitting    fraction of events with an emission the bias aims at
     * @param emissionMin smallest E_X simulated, in units of the run's beam energy (the selection's
     *                    E_ECAL > 0.3 E0 cannot pass below it)
     * @param alphaD      dark coupling of the semi-visible dark sector (default 0.1)
     * @param massRatio   m_A' / m_chi1 (default 3)
     * @param splitting   (m_chi2 - m_chi1) / m_chi1 (default 0.1)
     */
    public record Signal(String model, List<Double> masses, List<Double> epsilons, Long events, Double emitting,
            Double emissionMin, Double alphaD, Double massRatio, Double splitting) {

        /** With the default dark sector. */
        public Signal(String model, List<Double> masses, List<Double> epsilons, Long events, Double emitting, Double emissionMin) {
            this(model, masses, epsilons, events, emitting, emissionMin, null, null, null);
        }

        public Signal {
            var d = na64.sim.run.DarkSectorParameters.DEFAULT;
            alphaD = Config.orDefault(alphaD, d.alphaD());
            massRatio = Config.orDefault(massRatio, d.massRatio());
            splitting = Config.orDefault(splitting, d.splitting());
            try {
                new na64.sim.run.DarkSectorParameters(alphaD, massRatio, splitting);
            } catch (InputException e) {
                throw new InputException("signal." + e.field(), "signal." + e.getMessage(), e);
            }
            model = Config.orDefault(model, "vector");
            try {
                na64.physics.Mediator.parse(model);
            } catch (InputException e) {
                throw new InputException("signal.model", "signal.model: " + e.getMessage(), e);
            }
            masses = increasing("signal.masses", Config.require("masses", masses), 2 * na64.physics.PhysicalConstants.ELECTRON_MASS, 1);
            epsilons = increasing("signal.epsilons", Config.require("epsilons", epsilons), 1e-9, 1);
            if (epsilons.size() < 2) {
                throw new InputException("signal.epsilons", "at least two couplings are needed (the band's edges are interpolated)");
            }
            Check.positive("signal.events", Config.require("events", events));
            emitting = Config.orDefault(emitting, 0.5);
            Check.inClosedRange("signal.emitting", emitting, 0.001, 0.9);
            emissionMin = Config.orDefault(emissionMin, 0.25);
            Check.inClosedRange("signal.emissionMin", emissionMin, 0, 0.99);
        }

        /** The dark sector of semi-visible decays. */
        public na64.sim.run.DarkSectorParameters darkSector() {
            return new na64.sim.run.DarkSectorParameters(alphaD, massRatio, splitting);
        }

        private static List<Double> increasing(String key, List<Double> values, double lo, double hi) {
            if (values.isEmpty()) {
                throw new InputException(key, "at least one value is needed");
            }
            for (int i = 0; i < values.size(); i++) {
                double v = values.get(i);
                if (!(v > lo && v <= hi)) {
                    throw InputException.outOfRange(key + "[" + i + "]", v, "(" + lo + ", " + hi + "]");
                }
                if (i > 0 && !(v > values.get(i - 1))) {
                    throw InputException.outOfRange(key + "[" + i + "]", v, "> the previous value (increasing)");
                }
            }
            return List.copyOf(values);
        }
    }

    /** @param band CSV mass_GeV,epsilon_low,epsilon_high relative to the study file; @param label legend */
    public record Published(String band, String label) {
        public Published {
            Config.require("band", band);
            label = Config.orDefault(label, "published");
        }
    }

    public VisibleStudyConfig withThreads(int newThreads) {
        return new VisibleStudyConfig(search, name, seed, newThreads, selection, confidenceLevel, runs, signal, published, kaons);
    }

    public VisibleStudyConfig withSeed(long newSeed) {
        return new VisibleStudyConfig(search, name, newSeed, threads, selection, confidenceLevel, runs, signal, published, kaons);
    }

    public static VisibleStudyConfig read(Path file) {
        return Config.read(file, VisibleStudyConfig.class);
    }

    /** Whether a study file names one of {@link #SEARCHES} (any other file is an invisible-mode study with an electron beam). */
    public static boolean isVisible(Path file) {
        try {
            com.fasterxml.jackson.databind.JsonNode tree = Config.yaml().readTree(file.toFile());
            return tree != null && tree.has("search") && SEARCHES.contains(tree.get("search").asText());
        } catch (java.io.IOException e) {
            throw new InputException("config", "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
