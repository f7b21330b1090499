package na64.sim.signal;

import java.util.LinkedHashMap;
import java.util.Map;
import na64.physics.Lepton;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.brem.Approximation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.model.DarkSectorModel;
import na64.physics.sm.DimuonProduction;
import na64.physics.sm.Photonuclear;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.HadronicInteraction;

/**
 * The rare processes of a run and their tables (immutable, shared by threads): the dark-sector
 * signal (dark bremsstrahlung of e+- and resonant annihilation of e+, biased by B together, at
 * most one emission per event), gamma -> mu+ mu-, photonuclear and electronuclear interactions
 * (each with its own bias). {@link #newProcesses()} makes the per-thread {@link BiasedProcesses}.
 */
public final class RareProcessModel {
    private final DarkSectorModel signal;
    private final double signalBias;
    private final DarkBremTables darkBrem;
    private final AnnihilationTables annihilation;
    private final double dimuonBias;
    private final PhotonTables dimuon;
    private final double photonuclearBias;
    private final double photonuclearMinEnergy;
    private final PhotonTables photonuclear;
    private final double electronuclearBias;
    private final ElectronuclearTables electronuclear;
    private final PhotonTables primakoff;
    private final na64.physics.primakoff.PrimakoffProduction primakoffProcess;
    private final double primakoffMinEnergy;

    private RareProcessModel(Builder b) {
        this.signal = b.signal;
        this.signalBias = b.signalBias;
        this.darkBrem = b.darkBrem;
        this.annihilation = b.annihilation;
        this.dimuonBias = b.dimuonBias;
        this.dimuon = b.dimuon;
        this.photonuclearBias = b.photonuclearBias;
        this.photonuclearMinEnergy = b.photonuclearMinEnergy;
        this.photonuclear = b.photonuclear;
        this.electronuclearBias = b.electronuclearBias;
        this.electronuclear = b.electronuclear;
        this.primakoff = b.primakoff;
        this.primakoffProcess = b.primakoffProcess;
        this.primakoffMinEnergy = b.primakoffMinEnergy;
    }

    public static Builder builder(CascadePhysics physics) {
        return new Builder(physics);
    }

    /** The dark-sector model of the signal, or null. */
    public DarkSectorModel signal() {
        return signal;
    }

    public double signalBias() {
        return signalBias;
    }

    /** The same processes with another signal bias. */
    public RareProcessModel withSignalBias(double bias) {
        Builder b = new Builder(null);
        b.signal = signal;
        b.signalBias = bias;
        b.darkBrem = darkBrem;
        b.annihilation = annihilation;
        b.dimuonBias = dimuonBias;
        b.dimuon = dimuon;
        b.photonuclearBias = photonuclearBias;
        b.photonuclearMinEnergy = photonuclearMinEnergy;
        b.photonuclear = photonuclear;
        b.electronuclearBias = electronuclearBias;
        b.electronuclear = electronuclear;
        b.primakoff = primakoff;
        b.primakoffProcess = primakoffProcess;
        b.primakoffMinEnergy = primakoffMinEnergy;
        return new RareProcessModel(b);
    }

    /** The dark-bremsstrahlung tables, or null without a signal. */
    public DarkBremTables darkBremTables() {
        return darkBrem;
    }

    /** Resonance energy E_R [GeV] of the annihilation channel, or NaN. */
    public double resonanceEnergy() {
        return annihilation == null ? Double.NaN : annihilation.resonanceEnergy();
    }

    /**
     * A fresh per-thread set of processes with their clocks; {@code hadrons} (this thread's hadron
     * shower) gives the final state of photonuclear and electronuclear interactions.
     */
    public BiasedProcesses newProcesses(HadronicInteraction hadrons) {
        return new BiasedProcesses(this, darkBrem, annihilation, dimuon, photonuclear, electronuclear, hadrons,
                signalBias, dimuonBias, photonuclearBias, photonuclearMinEnergy, electronuclearBias,
                primakoff == null ? null : new BiasedProcesses.Primakoff(primakoff, primakoffProcess, primakoffMinEnergy));
    }

    /** What is simulated, for the output's metadata. */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        if (signal != null) {
            m.put("signal_model", signal.kind().cliName());
            m.put("signal_mass_GeV", Double.toString(signal.mass()));
            m.put("signal_epsilon", Double.toString(signal.electronEpsilon()));
            m.put("signal_bias", Double.toString(signalBias));
            // DMG4's form B = B0 (1e-4/eps)^2
            double r = signal.electronEpsilon() / 1e-4;
            m.put("signal_bias_B0", Double.toString(signalBias * r * r));
            m.put("signal_channels", (darkBrem != null ? "bremsstrahlung" : "")
                    + (annihilation != null ? "+annihilation" : "") + (primakoff != null ? (darkBrem != null ? "+" : "") + "primakoff" : ""));
            m.put("weight_convention", "w = exp[(1-1/B) Lambda_b]/B with an emission, exp[(1-1/B) Lambda_b] without; "
                    + "signal per EOT = sum of w over selected events / events simulated");
        }
        m.put("bias_dimuon", Double.toString(dimuonBias));
        m.put("bias_photonuclear", Double.toString(photonuclearBias));
        m.put("photonuclear_min_energy_GeV", Double.toString(photonuclearMinEnergy));
        m.put("electronuclear", Boolean.toString(electronuclear != null));
        m.put("bias_electronuclear", Double.toString(electronuclearBias));
        return m;
    }

    /** Builds the tables of the processes asked for. */
    public static final class Builder {
        private final CascadePhysics physics;
        private DarkSectorModel signal;
        private double signalBias = 1;
        private DarkBremTables darkBrem;
        private AnnihilationTables annihilation;
        private double dimuonBias = 1;
        private PhotonTables dimuon;
        private double photonuclearBias = 1;
        private double photonuclearMinEnergy;
        private PhotonTables primakoff;
        private na64.physics.primakoff.PrimakoffProduction primakoffProcess;
        private double primakoffMinEnergy;
        private PhotonTables photonuclear;
        private double electronuclearBias = 1;
        private ElectronuclearTables electronuclear;

        private Builder(CascadePhysics physics) {
            this.physics = physics;
        }

        /**
         * The dark-sector signal: bremsstrahlung (ETL cross sections of {@link DarkBrem}, elastic flux)
         * and, if {@code annihilation}, resonant annihilation of positrons.
         */
        public Builder signal(DarkSectorModel model, boolean withAnnihilation, double bias) {
            return signal(model, withAnnihilation, bias, 0);
        }

        /**
         * The signal with bremsstrahlung restricted to E_X above {@code minEnergy} [GeV] (0: all; see
         * {@link DarkBremTables}).
         */
        public Builder signal(DarkSectorModel model, boolean withAnnihilation, double bias, double minEnergy) {
            this.signal = model;
            this.signalBias = bias;
            DarkBrem brem = DarkBrem.of(Lepton.ELECTRON, model.mediator(), Approximation.ETL, FluxModel.ELASTIC);
            this.darkBrem = new DarkBremTables(physics, brem, model.mass(), model.electronEpsilon(), minEnergy);
            if (withAnnihilation) {
                this.annihilation = new AnnihilationTables(physics, new ResonantAnnihilation(model));
            }
            return this;
        }

        /**
         * An axion-like particle coupled to photons as the signal: Primakoff conversion gamma Z -> a Z of
         * the photons followed explicitly above {@code minEnergy} [GeV], biased by {@code bias} (the
         * signal group, at most once per event, exact weights).
         */
        public Builder primakoff(na64.physics.model.AxionLikeParticle alp, double bias, double minEnergy) {
            this.signal = alp;
            this.signalBias = bias;
            this.primakoffProcess = new na64.physics.primakoff.PrimakoffProduction(alp);
            var process = primakoffProcess;
            this.primakoff = new PhotonTables(physics, (el, k) -> k > alp.mass() ? process.sigmaPb(el, k) : 0, false);
            this.primakoffMinEnergy = minEnergy;
            return this;
        }

        /** gamma -> mu+ mu- biased by {@code bias} (always simulated; bias 1 = natural rate). */
        public Builder dimuon(double bias) {
            this.dimuonBias = bias;
            this.dimuon = new PhotonTables(physics, (el, k) -> DimuonProduction.sigmaPb(el, k), false);
            return this;
        }

        /** Photonuclear interactions biased by {@code bias} (hadrons from the per-thread shower). */
        public Builder photonuclear(double bias) {
            return photonuclear(bias, 0);
        }

        /**
         * Photonuclear interactions of photons above {@code minEnergy} [GeV] only, biased by {@code bias}
         * (0: every photon; the parameterised showers below the cut absorb none when it is above 0).
         */
        public Builder photonuclear(double bias, double minEnergy) {
            this.photonuclearBias = bias;
            this.photonuclearMinEnergy = minEnergy;
            this.photonuclear = new PhotonTables(physics, (el, k) -> Photonuclear.of(el).sigma(k), true);
            return this;
        }

        /**
         * Electronuclear interactions of the electrons and positrons followed in the cascade, biased by
         * {@code bias} (hadrons from the per-thread shower, like photonuclear ones).
         */
        public Builder electronuclear(double bias) {
            this.electronuclearBias = bias;
            this.electronuclear = new ElectronuclearTables(physics);
            return this;
        }

        public RareProcessModel build() {
            return new RareProcessModel(this);
        }
    }
}
