package na64.sim.event;

/**
 * Monte Carlo truth of one event, filled by the parts of the simulation and written with the
 * event. Mutable and reused per worker thread ({@link #clear()}); energies in GeV, positions in
 * cm, angles in rad.
 *
 * <p>Energy bookkeeping: beam energy = visible deposits (before sampling fluctuations, see
 * {@link #depositedTrue}) + {@link #escapedInvisible} + {@link #escapedLeakage} + {@link #lostUpstream}
 * + rest masses not converted; the simulation tests check this per event.
 */
public final class EventTruth {
    /** Kinds of dark-sector emission. */
    public enum Emission { NONE, BREMSSTRAHLUNG, ANNIHILATION, PRIMAKOFF }

    // --- primary beam particle at the start of the beam line ---
    public int primaryPdg;
    public double primaryEnergy;
    public double primaryX;
    public double primaryY;
    public double primaryThetaX;
    public double primaryThetaY;
    /** PDG code of the particle that reached the target after decays in flight (0 if none). */
    public int incidentPdg;
    public double incidentEnergy;
    /** z of a decay in flight along the beam line, NaN if none. */
    public double beamDecayZ = Double.NaN;
    /** The decay channel of a decay in flight ("pi- -> mu- nu"), null if none. */
    public String beamDecayChannel;
    /** Number of synchrotron photons emitted in the magnets. */
    public int synchrotronPhotons;
    /** Energy radiated as synchrotron photons in the magnets [GeV]. */
    public double synchrotronEnergy;
    /** Energy radiated as bremsstrahlung in the material upstream of the handover plane [GeV]. */
    public double upstreamBremsstrahlung;

    // --- dark-sector emission (at most one per event) ---
    public Emission emission = Emission.NONE;
    /** PDG code of the lepton that emitted (or annihilated). */
    public int emitterPdg;
    /** Energy of the emitting lepton just before the emission. */
    public double emitterEnergy;
    /** Energy of the dark boson X. */
    public double emissionEnergy;
    public double emissionX;
    public double emissionY;
    public double emissionZ;
    /** Polar angle of X relative to the emitting lepton. */
    public double emissionTheta;
    /** Direction cosines of the emitter just before the emission (its momentum direction). */
    public double emitterDirX;
    public double emitterDirY;
    public double emitterDirZ;
    /** Direction cosines of X (the HepMC3 truth record needs its momentum, not only theta). */
    public double emissionDirX;
    public double emissionDirY;
    public double emissionDirZ;
    /** Decay point of X for visible/semi-visible decays (NaN if it escaped or decays invisibly). */
    public double decayZ = Double.NaN;
    /**
     * The event weight from cross-section biasing: the number of real events this simulated
     * event stands for (1 for unbiased events; 1/B for events with a biased emission).
     */
    public double weight = 1;

    // --- rare Standard-Model processes (for background studies; biased like the signal) ---
    /** True if a gamma -> mu+ mu- conversion happened in the event. */
    public boolean dimuon;
    /** True if a photonuclear interaction happened in the event. */
    public boolean photonuclear;
    /** True if an electron or positron interacted electronuclearly (e A -> e hadrons; not in the event files). */
    public boolean electronuclear;
    /** z of an electronuclear interaction in the beam-line material, NaN if none (not in the event files). */
    public double upstreamInteractionZ = Double.NaN;

    // --- energy bookkeeping ---
    /** Energy deposited in all detectors before any resolution effect. */
    public double depositedTrue;
    /** Energy carried away by invisible particles (X -> invisible, neutrinos). */
    public double escapedInvisible;
    /** Energy of visible particles leaving the setup (leakage, punch-through, muons). */
    public double escapedLeakage;
    /** Energy lost upstream of the target (dead material, beam-line decays' neutral products, ...). */
    public double lostUpstream;

    public void clear() {
        primaryPdg = 0;
        primaryEnergy = 0;
        primaryX = 0;
        primaryY = 0;
        primaryThetaX = 0;
        primaryThetaY = 0;
        incidentPdg = 0;
        incidentEnergy = 0;
        beamDecayZ = Double.NaN;
        beamDecayChannel = null;
        synchrotronPhotons = 0;
        synchrotronEnergy = 0;
        upstreamBremsstrahlung = 0;
        emission = Emission.NONE;
        emitterPdg = 0;
        emitterEnergy = 0;
        emissionEnergy = 0;
        emissionX = 0;
        emissionY = 0;
        emissionZ = 0;
        emissionTheta = 0;
        emitterDirX = 0;
        emitterDirY = 0;
        emitterDirZ = 0;
        emissionDirX = 0;
        emissionDirY = 0;
        emissionDirZ = 0;
        decayZ = Double.NaN;
        weight = 1;
        dimuon = false;
        photonuclear = false;
        electronuclear = false;
        upstreamInteractionZ = Double.NaN;
        depositedTrue = 0;
        escapedInvisible = 0;
        escapedLeakage = 0;
        lostUpstream = 0;
    }
}
