package na64.sim.downstream;

import java.util.LinkedHashMap;
import java.util.Map;
import na64.core.InputException;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.model.DarkMatterType;
import na64.physics.model.DarkPhoton;
import na64.physics.model.DarkSector;
import na64.physics.model.DarkSectorModel;
import na64.physics.model.LeptophilicBoson;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.sim.hadron.HadronShowerParameters;
import na64.sim.muon.HeavyMedia;
import na64.sim.run.DarkSectorParameters;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;
import na64.sim.signal.DarkBosonHandler;
import na64.sim.signal.RareProcessModel;

/**
 * Everything the downstream simulation of one setup and set of options shares between threads
 * (immutable): layout, electromagnetic tables, heavy-particle media, hadron-shower parameters, the
 * rare processes with their biases, and the signal model.
 *
 * <p>The signal model for a mediator, mass m and coupling eps: a dark photon for a vector mediator,
 * a leptophilic boson with g_e = eps e for the others; for invisible decays a Dirac dark-matter
 * sector with alpha_D = 0.1 and m_chi = m/3 (the benchmark of the guide, sec. 5), for semi-visible
 * decays pseudo-Dirac dark matter with the same alpha_D and ratio and a splitting of 0.1 m_chi (na64
 * choice), for visible decays none; the options' {@link DarkSectorParameters} change the three. With bias null the signal bias is chosen so that about
 * {@value #TARGET_EMISSION} of the events have an emission (estimated from {@value #PILOT_EVENTS}
 * pilot events of the beam).
 */
public final class DownstreamModel {
    static final double TARGET_EMISSION = 0.03;
    static final int PILOT_EVENTS = 40;


    private final Setup setup;
    private final SimulationOptions options;
    private final CascadePhysics physics;
    private final HeavyMedia heavy;
    private final HadronShowerParameters hadronParameters;
    private final RareProcessModel rare;
    private final DarkSectorModel signal;
    private final DarkBosonHandler.Fate fate;

    public DownstreamModel(Setup setup, SimulationOptions options) {
        this(setup, options, SetupLayout.of(setup), null);
    }

    /** With an explicit layout and cascade configuration (null: the defaults). */
    public DownstreamModel(Setup setup, SimulationOptions options, Layout layout, CascadeConfig config) {
        this.setup = setup;
        this.options = options;
        CascadeConfig c = config != null ? config : CascadeConfig.defaults();
        if (options.cutEnergy() != null) {
            c = c.withCut(options.cutEnergy());
        }
        this.physics = new CascadePhysics(layout, c);
        this.heavy = new HeavyMedia(layout);
        this.hadronParameters = HadronShowerParameters.defaults();
        RareProcessModel.Builder b = RareProcessModel.builder(physics);
        if (options.hasSignal()) {
            this.fate = switch (options.signalDecay()) {
                case INVISIBLE -> DarkBosonHandler.Fate.INVISIBLE;
                case VISIBLE -> DarkBosonHandler.Fate.VISIBLE;
                case SEMI_VISIBLE -> DarkBosonHandler.Fate.SEMI_VISIBLE;
            };
            double minEnergy = options.signalMinEnergy() != null ? options.signalMinEnergy() : 0;
            double bias = options.signalBias() != null ? options.signalBias() : 1;
            if (options.photonCoupling() != null) {
                // an ALP coupled to photons only: Primakoff conversion of the shower's photons
                var alp = new na64.physics.model.AxionLikeParticle(options.mass(), options.photonCoupling(), 0);
                this.signal = alp;
                b.primakoff(alp, bias, minEnergy);
            } else {
                this.signal = signalModel(options.signal(), options.mass(), options.epsilon(), options.signalDecay(), options.darkSector());
                b.signal(signal, annihilationAbove(signal, minEnergy), bias, minEnergy);
            }
        } else {
            this.signal = null;
            this.fate = null;
        }
        b.dimuon(options.biasDimuon());
        na64.sim.hadron.PhotonuclearBias pn = options.photonuclearBias();
        if (pn.minEnergy() > 0 && pn.minEnergy() < physics.config().cutEnergy()) {
            throw na64.core.InputException.outOfRange("photonuclear minimum energy", pn.minEnergy(),
                    ">= the cascade's cut energy " + physics.config().cutEnergy() + " GeV (or 0)");
        }
        b.photonuclear(pn.crossSectionFactor(), pn.minEnergy());
        b.electronuclear(options.biasElectronuclear());
        RareProcessModel built = b.build();
        this.rare = built;
        if (options.hasSignal() && options.signalBias() == null) {
            rareBiasFromPilot();
        }
    }

    private RareProcessModel rareChosen;

    /** Resonant annihilation gives E_X = E_R + m_e (narrow resonance): simulated only if that is above {@code minEnergy}. */
    private static boolean annihilationAbove(DarkSectorModel model, double minEnergy) {
        return minEnergy <= 0
                || new ResonantAnnihilation(model).resonanceEnergy() + PhysicalConstants.ELECTRON_MASS > minEnergy;
    }

    private void rareBiasFromPilot() {
        double depth = signalDepth();
        double bias = depth > 0 ? TARGET_EMISSION / depth : 1;
        rareChosen = rare.withSignalBias(Math.max(bias, 1));
    }

    /**
     * The mean optical depth of the signal processes per beam particle (the expected number of
     * emissions), from a short pilot run of the nominal beam with a fixed seed, at the signal bias
     * of the options (give none or 1 for the unbiased depth); 0 without a signal. A caller choosing
     * its own bias B from the unbiased depth gets about 1 - exp(-B depth) of the events emitting.
     */
    public double signalDepth() {
        return options.hasSignal() ? new Pilot(this).meanSignalDepth(PILOT_EVENTS) : 0;
    }

    /** The dark-sector model simulated for the options with the default dark sector (see the class comment). */
    public static DarkSectorModel signalModel(Mediator mediator, double mass, double epsilon,
                                              SimulationOptions.SignalDecay decay) {
        return signalModel(mediator, mass, epsilon, decay, DarkSectorParameters.DEFAULT);
    }

    /** The dark-sector model simulated for the options, with the dark sector {@code d}. */
    public static DarkSectorModel signalModel(Mediator mediator, double mass, double epsilon,
                                              SimulationOptions.SignalDecay decay, DarkSectorParameters d) {
        DarkSector dm = switch (decay) {
            case VISIBLE -> null;
            case INVISIBLE -> DarkSector.withMassRatio(d.alphaD(), mass, d.massRatio(), DarkMatterType.DIRAC);
            case SEMI_VISIBLE -> {
                if (mediator != Mediator.VECTOR) {
                    throw InputException.outOfRange("signal", mediator.cliName(), "vector for semi-visible decays");
                }
                double chi = mass / d.massRatio();
                yield new DarkSector(d.alphaD(), chi, DarkMatterType.PSEUDO_DIRAC, d.splitting() * chi);
            }
        };
        if (mediator == Mediator.VECTOR) {
            return new DarkPhoton(mass, epsilon, dm);
        }
        double g = epsilon * Math.sqrt(4 * Math.PI * PhysicalConstants.ALPHA);
        return new LeptophilicBoson(mediator, mass, g, 0, dm);
    }

    public Setup setup() {
        return setup;
    }

    public SimulationOptions options() {
        return options;
    }

    public CascadePhysics physics() {
        return physics;
    }

    public HeavyMedia heavyMedia() {
        return heavy;
    }

    public HadronShowerParameters hadronParameters() {
        return hadronParameters;
    }

    /** The rare processes with the bias actually used. */
    public RareProcessModel rare() {
        return rareChosen != null ? rareChosen : rare;
    }

    /** The rare processes with signal bias 1 (for the pilot run). */
    RareProcessModel unbiasedRare() {
        return rare;
    }

    public DarkSectorModel signal() {
        return signal;
    }

    public DarkBosonHandler.Fate fate() {
        return fate;
    }

    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model", "cascade");
        m.put("cut_energy_GeV", Double.toString(physics.config().cutEnergy()));
        m.put("spot_energy_GeV", Double.toString(physics.config().spotEnergy()));
        rare().metadata().forEach(m::put);
        return m;
    }
}
