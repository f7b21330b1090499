package na64.reach.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import na64.core.InputException;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.model.DarkMatterType;
import na64.physics.model.DarkSectorSpec;
import na64.physics.model.ModelKind;
import na64.physics.model.Visibility;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.reach.acceptance.DecayWindow;
import na64.reach.acceptance.Efficiency;
import na64.reach.acceptance.ProductionDepth;
import na64.reach.acceptance.SignalAcceptance;
import na64.reach.limits.Dataset;
import na64.reach.limits.Hypothesis;
import na64.reach.production.BremCrossSections;
import na64.reach.production.DarkBremCrossSections;
import na64.reach.production.ProductionProcess;
import na64.reach.production.SignalProduction;
import na64.reach.tracklength.TrackLengthSources;
import na64.physics.tracklength.TrackLengthSpectrum;
import na64.stats.CLs;

/**
 * A validated reach calculation built from a {@link ReachConfig}: the model family, the datasets
 * with their production, acceptance and counts, and the plot inputs. Defaults that depend on the
 * model are filled here (documented in docs/reach.md):
 * <ul>
 * <li>invisible and semi-visible decays need a dark sector; without {@code dark_sector} the dark
 *     photon and the generic vector get alpha_D = 0.1, m_X = 3 m_chi, complex-scalar dark matter,
 *     the scalar, pseudoscalar and axial mediators Dirac dark matter (B-L and L_mu - L_tau decay
 *     invisibly into neutrinos and get no default dark sector);</li>
 * <li>visible decays happen between {@code decay_from_cm} (default: the end of the target,
 *     target_X0 X0) and {@code decay_to_cm} (default: infinity);</li>
 * <li>ALPs are searched through their decays beyond {@code decay_from_cm} (the shield).</li>
 * </ul>
 */
public final class ReachSetup {
    private final ReachConfig config;
    private final ModelKind kind;
    private final Visibility decay;
    private final DarkSectorSpec darkSector;
    private final Hypothesis hypothesis;
    private final List<Dataset> datasets;
    private final List<TrackLengthSpectrum> trackLengths;
    private final double[] masses;
    private final double[] plotMasses;
    private final Path baseDir;

    /** Efficiency tables given in-process, by the name a dataset's efficiency_table gives (no file is read for them). */
    private final Map<String, Efficiency> efficiencyTables;

    private ReachSetup(ReachConfig config, Path baseDir, BremCrossSections brem, Map<String, Efficiency> efficiencyTables) {
        this.config = config;
        this.baseDir = baseDir;
        this.efficiencyTables = Map.copyOf(efficiencyTables);
        this.kind = ModelKind.parse(config.model());
        this.decay = parseDecay(config.decay());
        this.darkSector = darkSector(config, kind, decay);
        if (config.y() && (darkSector == null || kind == ModelKind.ALP)) {
            throw new InputException("y", "y: true needs a model with a dark sector (dark_sector), not " + kind.cliName());
        }
        if (decay == Visibility.SEMI_VISIBLE && (darkSector == null || darkSector.type() != DarkMatterType.PSEUDO_DIRAC
                || !(darkSector.relativeSplitting() > 0))) {
            throw new InputException("dark_sector", "decay semi-visible needs dark_sector with type pseudo-dirac and splitting > 0");
        }
        if (kind == ModelKind.ALP && decay == Visibility.SEMI_VISIBLE) {
            throw new InputException("decay", "ALPs decay visibly (a -> gamma gamma) or escape (invisible); semi-visible is not possible");
        }
        this.hypothesis = new Hypothesis(kind, darkSector, 1e-4, config.couplingRange().get(0), config.couplingRange().get(1));
        double[] grid = config.massGrid().values();
        this.plotMasses = grid;
        this.masses = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            masses[i] = config.y() ? grid[i] * darkSector.massRatio() : grid[i];
        }
        this.datasets = new ArrayList<>();
        this.trackLengths = new ArrayList<>();
        for (int i = 0; i < config.datasets().size(); i++) {
            try {
                datasets.add(dataset(config.datasets().get(i), brem));
            } catch (InputException e) {
                throw new InputException("datasets[" + i + "]." + e.field(), "datasets[" + i + "] (" + config.datasets().get(i).name()
                        + "): " + e.getMessage(), e);
            }
        }
    }

    /** Builds the setup; relative paths in the configuration refer to {@code baseDir}. */
    public static ReachSetup from(ReachConfig config, Path baseDir) {
        return new ReachSetup(config, baseDir, new DarkBremCrossSections(), Map.of());
    }

    /**
     * Builds the setup with efficiency tables passed in-process (a study that measured them): a
     * dataset whose efficiency_table names one of them uses it instead of reading the file.
     */
    public static ReachSetup from(ReachConfig config, Path baseDir, Map<String, Efficiency> efficiencyTables) {
        return new ReachSetup(config, baseDir, new DarkBremCrossSections(), efficiencyTables);
    }

    static Visibility parseDecay(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "invisible" -> Visibility.INVISIBLE;
            case "visible" -> Visibility.VISIBLE;
            case "semi-visible", "semivisible" -> Visibility.SEMI_VISIBLE;
            default -> throw InputException.unknown("decay", text, List.of("invisible", "visible", "semi-visible"));
        };
    }

    private static DarkSectorSpec darkSector(ReachConfig config, ModelKind kind, Visibility decay) {
        DarkSectorConfig d = config.darkSector();
        if (d == null) {
            boolean needs = decay != Visibility.VISIBLE && kind != ModelKind.ALP && kind != ModelKind.B_MINUS_L
                    && kind != ModelKind.LMU_MINUS_LTAU;
            if (!needs && !config.y()) {
                return null;
            }
            d = new DarkSectorConfig(null, null, null, null);
        }
        if (kind == ModelKind.ALP) {
            throw new InputException("dark_sector", "model alp takes no dark_sector");
        }
        DarkMatterType type = d.type() != null ? DarkMatterType.parse(d.type()) : defaultType(kind);
        return new DarkSectorSpec(d.alphaD(), type, d.massRatio(), 0, d.splitting());
    }

    private static DarkMatterType defaultType(ModelKind kind) {
        return switch (kind) {
            case SCALAR, PSEUDOSCALAR, AXIAL -> DarkMatterType.DIRAC;
            default -> DarkMatterType.COMPLEX_SCALAR;
        };
    }

    private Dataset dataset(DatasetConfig c, BremCrossSections brem) {
        Lepton beam = Lepton.parse(c.beam());
        if (beam == Lepton.ANTIMUON) {
            throw InputException.unknown("beam", c.beam(), List.of("e-", "e+", "mu-"));
        }
        Material target = Materials.get(c.target());
        double x0 = target.radiationLengthCm();
        double targetCm = c.targetX0() * x0;
        TrackLengthSpectrum spectra = null;
        double muonPath = 0;
        if (beam.isElectronLike()) {
            spectra = TrackLengthSources.resolve(c.trackLengths(), beam, c.energy(), target, c.targetX0(), baseDir);
            trackLengths.add(spectra);
        } else {
            muonPath = c.muonPathCm() != null ? c.muonPathCm() : targetCm;
        }
        Set<ProductionProcess> processes = processes(c, beam);
        if (kind == ModelKind.ALP && processes.contains(ProductionProcess.PRIMAKOFF) && spectra != null
                && spectra.photon(c.energy() * 0.75) == 0) {
            throw new InputException("track_lengths", "track_lengths " + c.trackLengths()
                    + " has no photons (Primakoff production needs them); use cascade, rossi-a, rossi-b or a table");
        }
        SignalProduction production = new SignalProduction(
                new SignalProduction.Beamline(beam, c.energy(), target, spectra, muonPath, c.emissMin()), brem, processes,
                annihilationMethod(config.annihilation()));
        ProductionDepth depth = ProductionDepth.primaryAbove(c.energy(), Math.max(c.emissMin(), 0.1 * c.energy()), x0, c.targetX0());
        if (kind == ModelKind.ALP) {
            depth = depth.alongPhotonPath(x0);
        }
        SignalAcceptance acceptance = acceptance(c, targetCm, depth);
        Efficiency efficiency = c.efficiencyTable() == null ? Efficiency.flat(c.efficiency())
                : efficiencyTables.containsKey(c.efficiencyTable()) ? efficiencyTables.get(c.efficiencyTable())
                : Efficiency.read(resolve(c.efficiencyTable()));
        return new Dataset(c.name(), production, acceptance, c.eot(), efficiency, c.efficiencyUncertainty(),
                c.background(), c.backgroundUncertainty(), c.observed());
    }

    private SignalAcceptance acceptance(DatasetConfig c, double targetCm, ProductionDepth depth) {
        double to = c.decayToCm() != null ? c.decayToCm() : Double.POSITIVE_INFINITY;
        if (kind == ModelKind.ALP && decay != Visibility.INVISIBLE) {
            if (c.decayFromCm() == null) {
                throw new InputException("decay_from_cm", "model alp needs decay_from_cm: the end of the shielding (ECAL + HCAL1) in cm");
            }
            return SignalAcceptance.visible(new DecayWindow(c.decayFromCm(), to), depth);
        }
        return switch (decay) {
            case INVISIBLE -> SignalAcceptance.invisible(c.escapeCm() == null ? null : DecayWindow.beyond(c.escapeCm()), depth);
            case VISIBLE -> SignalAcceptance.visible(new DecayWindow(c.decayFromCm() != null ? c.decayFromCm() : targetCm, to), depth);
            case SEMI_VISIBLE -> {
                if (c.decayFromCm() == null) {
                    throw new InputException("decay_from_cm", "decay semi-visible needs decay_from_cm: where chi2 decays start to count");
                }
                yield SignalAcceptance.semiVisible(new DecayWindow(c.decayFromCm(), to), depth);
            }
        };
    }

    private Set<ProductionProcess> processes(DatasetConfig c, Lepton beam) {
        if (c.processes().isEmpty()) {
            if (!beam.isElectronLike()) {
                return EnumSet.of(ProductionProcess.BREMSSTRAHLUNG);
            }
            return kind == ModelKind.ALP ? EnumSet.of(ProductionProcess.PRIMAKOFF)
                    : EnumSet.of(ProductionProcess.BREMSSTRAHLUNG, ProductionProcess.ANNIHILATION);
        }
        Set<ProductionProcess> set = EnumSet.noneOf(ProductionProcess.class);
        for (String p : c.processes()) {
            set.add(ProductionProcess.parse(p));
        }
        return set;
    }

    private static SignalProduction.AnnihilationMethod annihilationMethod(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "auto" -> SignalProduction.AnnihilationMethod.AUTO;
            case "narrow-width", "narrow" -> SignalProduction.AnnihilationMethod.NARROW_WIDTH;
            case "breit-wigner", "bw" -> SignalProduction.AnnihilationMethod.BREIT_WIGNER;
            default -> throw InputException.unknown("annihilation", text, List.of("auto", "narrow-width", "breit-wigner"));
        };
    }

    /** A path of the configuration, relative to its directory. */
    public Path resolve(String path) {
        return baseDir == null ? Path.of(path) : baseDir.resolve(path);
    }

    public ReachConfig config() {
        return config;
    }

    public ModelKind kind() {
        return kind;
    }

    public Visibility decay() {
        return decay;
    }

    /** The dark sector (null without). */
    public DarkSectorSpec darkSector() {
        return darkSector;
    }

    public Hypothesis hypothesis() {
        return hypothesis;
    }

    public List<Dataset> datasets() {
        return datasets;
    }

    /** Track-length spectra of the e+- datasets, for reports. */
    public List<TrackLengthSpectrum> trackLengths() {
        return trackLengths;
    }

    /** Mediator masses of the scan [GeV]. */
    public double[] masses() {
        return masses.clone();
    }

    /** The x-axis masses: m_chi with y, else the mediator masses [GeV]. */
    public double[] plotMasses() {
        return plotMasses.clone();
    }

    public CLs cls() {
        return new CLs(CLs.Settings.defaults().withConfidenceLevel(config.confidenceLevel()));
    }

    /** The Lorentz structure of the mediator (for Delta a_e). */
    public Mediator mediator() {
        return hypothesis.at(masses[0], hypothesis.referenceCoupling()).mediator();
    }
}
