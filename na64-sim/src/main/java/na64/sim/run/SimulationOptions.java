package na64.sim.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.physics.Mediator;
import na64.sim.hadron.ForcedPunchThrough;

/**
 * What the downstream simulation should do beyond the Standard-Model cascade: the dark-sector
 * signal and the biasing of rare processes. Given to the {@link DownstreamSimulator.Factory} at
 * construction; written into the output file's metadata.
 *
 * @param signal           the mediator of the dark-sector signal, or null for no signal
 * @param signalDecay      how the produced X decays (invisible, visible, semi-visible)
 * @param mass             mass of X [GeV] (required with a signal)
 * @param epsilon          coupling (kinetic mixing) of X (required with a signal)
 * @param signalBias       cross-section bias factor of the emission (DMG4's B = B0 (1e-4/eps)^2);
 *                         null: the simulator chooses it (a few per cent emission probability)
 * @param biasDimuon       factor by which gamma -> mu+ mu- is enhanced (1 = unbiased)
 * @param biasPhotonuclear factor by which photonuclear interactions are enhanced (1 = unbiased)
 * @param cutEnergy        energy below which e+- and photons are not followed explicitly [GeV];
 *                         null: the simulator's default
 * @param signalMinEnergy  only emissions with E_X above it are simulated [GeV] (bremsstrahlung restricted
 *                         to x &gt; E_min/E, annihilation only if its E_X = E_R + m_e is above): the bias
 *                         then goes to the emissions a missing-energy search can select; null: all
 * @param forcePunchThrough the event's first hadronic interaction, if in the given region, always emits its
 *                         leading neutral (n, K0L), which leaves the setup without interacting, the event
 *                         weighted by the probability of both ({@link ForcedPunchThrough}); other events get
 *                         weight 0; null: natural
 * @param biasElectronuclear factor by which electronuclear interactions e A -> e hadrons are enhanced
 *                         (1 = unbiased; always simulated)
 * @param signalDecayRegion with visible decays: every X decays in this z window, the event weighted by the
 *                         true probability of that ({@link na64.sim.signal.SignalDecayRegion}); null: natural
 * @param photonuclear     the biasing of photonuclear interactions beyond the cross-section factor: a leading
 *                         K0S and a minimum photon energy ({@link na64.sim.hadron.PhotonuclearBias}, whose factor
 *                         must equal {@code biasPhotonuclear}); null: natural
 * @param darkSector       alpha_D, m_A'/m_chi and the splitting of invisible and semi-visible decays; null: the
 *                         default ({@link DarkSectorParameters#DEFAULT})
 * @param photonCoupling   with a pseudoscalar signal: an axion-like particle coupled to photons only, g_a-gamma-gamma
 *                         [1/GeV], produced by Primakoff conversion of the shower's photons (no epsilon then); its
 *                         visible decays are a -> gamma gamma; null: the mediator's bremsstrahlung and annihilation
 */
public record SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon,
                                Double signalBias, Double biasDimuon, Double biasPhotonuclear, Double cutEnergy,
                                Double signalMinEnergy, ForcedPunchThrough forcePunchThrough, Double biasElectronuclear,
                                na64.sim.signal.SignalDecayRegion signalDecayRegion,
                                na64.sim.hadron.PhotonuclearBias photonuclear, DarkSectorParameters darkSector,
                                Double photonCoupling) {

    /** Options without an ALP coupled to photons. */
    public SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon, Double signalBias,
                             Double biasDimuon, Double biasPhotonuclear, Double cutEnergy, Double signalMinEnergy,
                             ForcedPunchThrough forcePunchThrough, Double biasElectronuclear,
                             na64.sim.signal.SignalDecayRegion signalDecayRegion, na64.sim.hadron.PhotonuclearBias photonuclear,
                             DarkSectorParameters darkSector) {
        this(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy, signalMinEnergy,
                forcePunchThrough, biasElectronuclear, signalDecayRegion, photonuclear, darkSector, null);
    }

    /** Options with the default dark sector. */
    public SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon, Double signalBias,
                             Double biasDimuon, Double biasPhotonuclear, Double cutEnergy, Double signalMinEnergy,
                             ForcedPunchThrough forcePunchThrough, Double biasElectronuclear,
                             na64.sim.signal.SignalDecayRegion signalDecayRegion, na64.sim.hadron.PhotonuclearBias photonuclear) {
        this(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy, signalMinEnergy,
                forcePunchThrough, biasElectronuclear, signalDecayRegion, photonuclear, null);
    }

    /** Options with the natural leading meson of photonuclear final states. */
    public SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon, Double signalBias,
                             Double biasDimuon, Double biasPhotonuclear, Double cutEnergy, Double signalMinEnergy,
                             ForcedPunchThrough forcePunchThrough, Double biasElectronuclear,
                             na64.sim.signal.SignalDecayRegion signalDecayRegion) {
        this(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy, signalMinEnergy,
                forcePunchThrough, biasElectronuclear, signalDecayRegion, null);
    }

    /** Options with natural decay points of a visible X. */
    public SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon, Double signalBias,
                             Double biasDimuon, Double biasPhotonuclear, Double cutEnergy, Double signalMinEnergy,
                             ForcedPunchThrough forcePunchThrough, Double biasElectronuclear) {
        this(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy, signalMinEnergy,
                forcePunchThrough, biasElectronuclear, null);
    }

    /** Options with unbiased electronuclear interactions. */
    public SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon, Double signalBias,
                             Double biasDimuon, Double biasPhotonuclear, Double cutEnergy, Double signalMinEnergy,
                             ForcedPunchThrough forcePunchThrough) {
        this(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy, signalMinEnergy,
                forcePunchThrough, null);
    }

    /** Options without forced punch-through. */
    public SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon, Double signalBias,
                             Double biasDimuon, Double biasPhotonuclear, Double cutEnergy, Double signalMinEnergy) {
        this(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy, signalMinEnergy, null);
    }

    /** Options with emissions at every energy. */
    public SimulationOptions(Mediator signal, SignalDecay signalDecay, Double mass, Double epsilon, Double signalBias,
                             Double biasDimuon, Double biasPhotonuclear, Double cutEnergy) {
        this(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy, null, null);
    }

    /** How the emitted dark boson X shows up. */
    public enum SignalDecay {
        /** X -> invisible (chi chi): it carries its energy out of the setup. */
        @JsonProperty("invisible") INVISIBLE,
        /** X -> e+ e- at its sampled decay point. */
        @JsonProperty("visible") VISIBLE,
        /** X -> chi1 chi2, chi2 -> chi1 e+ e- (inelastic dark matter). */
        @JsonProperty("semi-visible") SEMI_VISIBLE
    }

    public SimulationOptions {
        signalDecay = Config.orDefault(signalDecay, SignalDecay.INVISIBLE);
        if (photonCoupling != null) {
            if (signal != Mediator.PSEUDOSCALAR) {
                throw new InputException("g-agg", "a photon coupling g_agg makes the signal an ALP: it needs --signal alp");
            }
            if (!(photonCoupling > 0) || !Double.isFinite(photonCoupling)) {
                throw InputException.outOfRange("g-agg", photonCoupling, "a finite number > 0 [1/GeV]");
            }
            if (epsilon != null) {
                throw new InputException("epsilon", "an ALP coupled to photons has no electron coupling here: give --g-agg, not --epsilon");
            }
            if (signalDecay == SignalDecay.SEMI_VISIBLE) {
                throw new InputException("signal-decay", "an ALP decays invisibly or to two photons, not semi-visibly");
            }
            Check.positive("mass", Config.require("mass", mass));
            if (signalBias != null) {
                Check.positive("signal-bias", signalBias);
            }
            if (signalMinEnergy != null) {
                Check.nonNegative("signal-min-energy", signalMinEnergy);
            }
        } else if (signal != null) {
            Check.positive("mass", Config.require("mass", mass));
            Check.positive("epsilon", Config.require("epsilon", epsilon));
            if (epsilon > 1) {
                throw InputException.outOfRange("epsilon", epsilon, "(0, 1]");
            }
            if (signalBias != null) {
                Check.positive("signal-bias", signalBias);
            }
            if (signalMinEnergy != null) {
                Check.nonNegative("signal-min-energy", signalMinEnergy);
            }
        } else if (mass != null || epsilon != null || signalBias != null || signalMinEnergy != null) {
            throw new InputException("signal", "--mass, --epsilon, --signal-bias and the signal's minimum energy need --signal <model>");
        }
        biasDimuon = Config.orDefault(biasDimuon, 1.0);
        if (!(biasDimuon >= 1) || !Double.isFinite(biasDimuon)) {
            throw InputException.outOfRange("bias-dimuon", biasDimuon, "a finite number >= 1");
        }
        biasPhotonuclear = Config.orDefault(biasPhotonuclear, 1.0);
        if (!(biasPhotonuclear >= 1) || !Double.isFinite(biasPhotonuclear)) {
            throw InputException.outOfRange("bias-photonuclear", biasPhotonuclear, "a finite number >= 1");
        }
        biasElectronuclear = Config.orDefault(biasElectronuclear, 1.0);
        if (!(biasElectronuclear >= 1) || !Double.isFinite(biasElectronuclear)) {
            throw InputException.outOfRange("bias-electronuclear", biasElectronuclear, "a finite number >= 1");
        }
        if (cutEnergy != null) {
            Check.positive("cut-energy", cutEnergy);
        }
        darkSector = Config.orDefault(darkSector, DarkSectorParameters.DEFAULT);
        if (photonuclear != null && photonuclear.crossSectionFactor() != biasPhotonuclear) {
            throw new InputException("bias-photonuclear", "the photonuclear bias " + biasPhotonuclear
                    + " differs from that of the photonuclear biasing, " + photonuclear.crossSectionFactor());
        }
        if (signalDecayRegion != null && (signal == null || signalDecay != SignalDecay.VISIBLE)) {
            throw new InputException("signal-decay-region", "a forced decay region of X needs a signal with visible decays");
        }
    }

    /** No signal, no biasing, default cut. */
    public static SimulationOptions standardModel() {
        return new SimulationOptions(null, null, null, null, null, null, null, null, null);
    }

    /** These options with forced punch-through in {@code region}. */
    public SimulationOptions withForcedPunchThrough(ForcedPunchThrough region) {
        return new SimulationOptions(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy,
                signalMinEnergy, region, biasElectronuclear, signalDecayRegion, photonuclear, darkSector, photonCoupling);
    }

    /** These options with every visible X decaying in {@code region} (exact weights). */
    public SimulationOptions withSignalDecayRegion(na64.sim.signal.SignalDecayRegion region) {
        return new SimulationOptions(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy,
                signalMinEnergy, forcePunchThrough, biasElectronuclear, region, photonuclear, darkSector, photonCoupling);
    }

    /** These options with photonuclear interactions biased by {@code bias} (exact weights). */
    public SimulationOptions withPhotonuclearBias(na64.sim.hadron.PhotonuclearBias bias) {
        return new SimulationOptions(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, bias.crossSectionFactor(), cutEnergy,
                signalMinEnergy, forcePunchThrough, biasElectronuclear, signalDecayRegion, bias, darkSector, photonCoupling);
    }

    /** These options with the dark sector {@code d} (alpha_D, m_A'/m_chi, splitting). */
    public SimulationOptions withDarkSector(DarkSectorParameters d) {
        return new SimulationOptions(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy,
                signalMinEnergy, forcePunchThrough, biasElectronuclear, signalDecayRegion, photonuclear, d, photonCoupling);
    }

    /** These options with the signal an ALP coupled to photons, g_agg = {@code g} [1/GeV] (Primakoff production). */
    public SimulationOptions withPhotonCoupling(Double g) {
        return new SimulationOptions(signal, signalDecay, mass, epsilon, signalBias, biasDimuon, biasPhotonuclear, cutEnergy,
                signalMinEnergy, forcePunchThrough, biasElectronuclear, signalDecayRegion, photonuclear, darkSector, g);
    }

    /** The photonuclear biasing in full (the natural one if none was given). */
    public na64.sim.hadron.PhotonuclearBias photonuclearBias() {
        return photonuclear != null ? photonuclear : new na64.sim.hadron.PhotonuclearBias(biasPhotonuclear, 0, 0);
    }

    public boolean hasSignal() {
        return signal != null;
    }

    /** The options as key-value pairs for file metadata ("" for unset values). */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("signal", signal == null ? "" : photonCoupling != null ? "alp" : signal.cliName());
        m.put("signal_decay", signal == null ? "" : signalDecay.name().toLowerCase(java.util.Locale.ROOT));
        m.put("mass_GeV", mass == null ? "" : Double.toString(mass));
        m.put("epsilon", epsilon == null ? "" : Double.toString(epsilon));
        m.put("signal_bias", signalBias == null ? "" : Double.toString(signalBias));
        m.put("bias_dimuon", Double.toString(biasDimuon));
        m.put("bias_photonuclear", Double.toString(biasPhotonuclear));
        m.put("bias_leading_k0s", Double.toString(photonuclearBias().leadingShortKaon()));
        m.put("photonuclear_min_energy_GeV", Double.toString(photonuclearBias().minEnergy()));
        m.put("bias_electronuclear", Double.toString(biasElectronuclear));
        m.put("cut_energy_GeV", cutEnergy == null ? "" : Double.toString(cutEnergy));
        m.put("signal_min_energy_GeV", signalMinEnergy == null ? "" : Double.toString(signalMinEnergy));
        m.put("force_punch_through", Boolean.toString(forcePunchThrough != null));
        if (forcePunchThrough != null) {
            m.putAll(forcePunchThrough.metadata());
        }
        if (signalDecayRegion != null) {
            m.putAll(signalDecayRegion.metadata());
        }
        if (signal != null && signalDecay != SignalDecay.VISIBLE && photonCoupling == null) {
            m.putAll(darkSector.metadata());
        }
        m.put("alp_g_agg_per_GeV", photonCoupling == null ? "" : Double.toString(photonCoupling));
        return m;
    }
}
