package na64.analysis.study;

import na64.core.Check;
import na64.core.Config;

/**
 * What to simulate and reconstruct for one sample of a study.
 *
 * @param name         short name, also the file name (name.parquet)
 * @param description  for the report
 * @param setup        setup name or file
 * @param particle     beam species (e-, pi-, K-, mu-)
 * @param energy       beam energy [GeV]
 * @param admixture    true: the setup's beam with its admixture (pseudo-data); false: this species only
 * @param spot         Gaussian sigma of the beam spot in x and y [cm] (a scan over the ECAL cells); null: the setup's
 * @param events       beam particles
 * @param seed         the sample's seed
 * @param signalModel  dark-sector mediator of a signal sample, null for none
 * @param mass         signal mass [GeV] (with a signal)
 * @param epsilon      signal coupling (with a signal)
 * @param emitting     fraction of signal events with an emission the signal bias aims at (with a signal)
 * @param emissionMin  smallest E_X simulated [GeV] (with a signal)
 * @param dimuonBias   enhancement of gamma -> mu+ mu- (1: none)
 * @param variation    detector variation ("data" of the dimuon comparison); never null
 * @param forcedDecay  decays in flight of the beam particles forced in the beam line (exact weights); null: natural decays
 * @param pileup       beam particles overlaid on every event; null: none (the calibration runs)
 * @param punchThrough the first hadronic interaction's leading neutral forced to escape (exact weights); null: natural
 * @param upstreamNuclear electronuclear interactions in the beam-line material biased and restricted, the events
 *                     without one weighted 0 ({@link na64.sim.spectrometer.UpstreamInteractions}); null: natural
 * @param signalDecay  how the signal's X decays (null: invisible)
 * @param signalDecayRegion with visible decays: the z window every X is made to decay in (exact weights); null: natural
 * @param photonuclear photonuclear interactions and their leading K0S biased (exact weights); null: natural
 * @param darkSector   alpha_D, m_A'/m_chi and splitting of an invisible or semi-visible signal; null: the default
 * @param photonCoupling with signal model pseudoscalar: an ALP coupled to photons, g_agg [1/GeV], made by Primakoff
 *                     conversion (epsilon then null); null: the model's bremsstrahlung signal
 */
public record SampleRequest(String name, String description, String setup, String particle, double energy,
        boolean admixture, Double spot, long events, long seed, String signalModel, Double mass, Double epsilon, Double emitting,
        Double emissionMin, double dimuonBias, StudyConfig.Variation variation, na64.sim.beam.ForcedDecay forcedDecay,
        StudyConfig.Pileup pileup, na64.sim.hadron.ForcedPunchThrough punchThrough,
        na64.sim.spectrometer.UpstreamNuclearOptions upstreamNuclear, na64.sim.run.SimulationOptions.SignalDecay signalDecay,
        na64.sim.signal.SignalDecayRegion signalDecayRegion, na64.sim.hadron.PhotonuclearBias photonuclear,
        na64.sim.run.DarkSectorParameters darkSector, Double photonCoupling) implements java.io.Serializable {

    public SampleRequest {
        Config.require("name", name);
        signalDecay = Config.orDefault(signalDecay, na64.sim.run.SimulationOptions.SignalDecay.INVISIBLE);
        Check.positive(name + ": events", events);
        Check.positive(name + ": energy", energy);
        variation = Config.orDefault(variation, new StudyConfig.Variation(null, null));
    }

    /** Not an ALP. */
    public SampleRequest(String name, String description, String setup, String particle, double energy, boolean admixture,
            Double spot, long events, long seed, String signalModel, Double mass, Double epsilon, Double emitting,
            Double emissionMin, double dimuonBias, StudyConfig.Variation variation, na64.sim.beam.ForcedDecay forcedDecay,
            StudyConfig.Pileup pileup, na64.sim.hadron.ForcedPunchThrough punchThrough,
            na64.sim.spectrometer.UpstreamNuclearOptions upstreamNuclear, na64.sim.run.SimulationOptions.SignalDecay signalDecay,
            na64.sim.signal.SignalDecayRegion signalDecayRegion, na64.sim.hadron.PhotonuclearBias photonuclear,
            na64.sim.run.DarkSectorParameters darkSector) {
        this(name, description, setup, particle, energy, admixture, spot, events, seed, signalModel, mass, epsilon, emitting,
                emissionMin, dimuonBias, variation, forcedDecay, pileup, punchThrough, upstreamNuclear, signalDecay,
                signalDecayRegion, photonuclear, darkSector, null);
    }

    /** The default dark sector. */
    public SampleRequest(String name, String description, String setup, String particle, double energy, boolean admixture,
            Double spot, long events, long seed, String signalModel, Double mass, Double epsilon, Double emitting,
            Double emissionMin, double dimuonBias, StudyConfig.Variation variation, na64.sim.beam.ForcedDecay forcedDecay,
            StudyConfig.Pileup pileup, na64.sim.hadron.ForcedPunchThrough punchThrough,
            na64.sim.spectrometer.UpstreamNuclearOptions upstreamNuclear, na64.sim.run.SimulationOptions.SignalDecay signalDecay,
            na64.sim.signal.SignalDecayRegion signalDecayRegion, na64.sim.hadron.PhotonuclearBias photonuclear) {
        this(name, description, setup, particle, energy, admixture, spot, events, seed, signalModel, mass, epsilon, emitting,
                emissionMin, dimuonBias, variation, forcedDecay, pileup, punchThrough, upstreamNuclear, signalDecay,
                signalDecayRegion, photonuclear, null);
    }

    /** Natural photonuclear interactions. */
    public SampleRequest(String name, String description, String setup, String particle, double energy, boolean admixture,
            Double spot, long events, long seed, String signalModel, Double mass, Double epsilon, Double emitting,
            Double emissionMin, double dimuonBias, StudyConfig.Variation variation, na64.sim.beam.ForcedDecay forcedDecay,
            StudyConfig.Pileup pileup, na64.sim.hadron.ForcedPunchThrough punchThrough,
            na64.sim.spectrometer.UpstreamNuclearOptions upstreamNuclear, na64.sim.run.SimulationOptions.SignalDecay signalDecay,
            na64.sim.signal.SignalDecayRegion signalDecayRegion) {
        this(name, description, setup, particle, energy, admixture, spot, events, seed, signalModel, mass, epsilon, emitting,
                emissionMin, dimuonBias, variation, forcedDecay, pileup, punchThrough, upstreamNuclear, signalDecay,
                signalDecayRegion, null);
    }

    /** An invisible signal (or none). */
    public SampleRequest(String name, String description, String setup, String particle, double energy, boolean admixture,
            Double spot, long events, long seed, String signalModel, Double mass, Double epsilon, Double emitting,
            Double emissionMin, double dimuonBias, StudyConfig.Variation variation, na64.sim.beam.ForcedDecay forcedDecay,
            StudyConfig.Pileup pileup, na64.sim.hadron.ForcedPunchThrough punchThrough,
            na64.sim.spectrometer.UpstreamNuclearOptions upstreamNuclear) {
        this(name, description, setup, particle, energy, admixture, spot, events, seed, signalModel, mass, epsilon, emitting,
                emissionMin, dimuonBias, variation, forcedDecay, pileup, punchThrough, upstreamNuclear, null, null);
    }

    /** Without forced upstream interactions. */
    public SampleRequest(String name, String description, String setup, String particle, double energy, boolean admixture,
            Double spot, long events, long seed, String signalModel, Double mass, Double epsilon, Double emitting,
            Double emissionMin, double dimuonBias, StudyConfig.Variation variation, na64.sim.beam.ForcedDecay forcedDecay,
            StudyConfig.Pileup pileup, na64.sim.hadron.ForcedPunchThrough punchThrough) {
        this(name, description, setup, particle, energy, admixture, spot, events, seed, signalModel, mass, epsilon, emitting,
                emissionMin, dimuonBias, variation, forcedDecay, pileup, punchThrough, null);
    }

    public boolean isSignal() {
        return signalModel != null;
    }

    /**
     * What identifies the sample, as "na64.sample.*" keys for its file metadata and the provenance
     * headers of the study's outputs: name, simulation seed, beam, events, signal model, mass,
     * coupling, biases (dimuon, forced decays, forced punch-through, forced upstream interactions) and detector
     * variation ("" where not applicable).
     */
    public java.util.Map<String, String> provenance() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("na64.sample.name", name);
        m.put("na64.sample.seed", Long.toString(seed));
        m.put("na64.sample.beam", particle + (admixture ? " with the setup's admixture" : "") + " at " + energy + " GeV");
        m.put("na64.sample.events", Long.toString(events));
        m.put("na64.sample.signal_model", signalModel == null ? "" : signalModel);
        m.put("na64.sample.signal_decay", signalModel == null ? "" : signalDecay.name().toLowerCase(java.util.Locale.ROOT));
        if (signalDecayRegion != null) {
            signalDecayRegion.metadata().forEach((k, v) -> m.put("na64.sample." + k, v));
        }
        m.put("na64.sample.mass_GeV", mass == null ? "" : mass.toString());
        m.put("na64.sample.epsilon", epsilon == null ? "" : epsilon.toString());
        if (photonCoupling != null) {
            m.put("na64.sample.alp_g_agg_per_GeV", photonCoupling.toString());
        }
        m.put("na64.sample.emission_min_GeV", emissionMin == null ? "" : emissionMin.toString());
        m.put("na64.sample.bias_dimuon", Double.toString(dimuonBias));
        m.put("na64.sample.variation", variation.hcalScale() == 1 && variation.ecalScale() == 1 ? ""
                : "HCAL scale x" + variation.hcalScale() + ", ECAL scale x" + variation.ecalScale());
        m.put("na64.sample.pileup", pileup == null || !pileup.enabled() ? "off" : pileup.intensity() + " particles per spill");
        if (forcedDecay != null) {
            forcedDecay.metadata().forEach((k, v) -> m.put("na64.sample." + k, v));
        }
        if (punchThrough != null) {
            punchThrough.metadata().forEach((k, v) -> m.put("na64.sample." + k, v));
        }
        if (upstreamNuclear != null) {
            upstreamNuclear.metadata().forEach((k, v) -> m.put("na64.sample." + k, v));
        }
        if (photonuclear != null) {
            photonuclear.metadata().forEach((k, v) -> m.put("na64.sample." + k, v));
        }
        if (darkSector != null) {
            darkSector.metadata().forEach((k, v) -> m.put("na64.sample." + k, v));
        }
        return m;
    }
}
