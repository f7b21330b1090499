package na64.sim.spectrometer;

import na64.core.PoissonSampler;
import na64.physics.material.Material;
import na64.sim.beam.Track;
import na64.physics.ParticleType;

/**
 * What a stretch of one material does to a charged track crossing it: multiple scattering
 * ({@link MultipleScattering}), bremsstrahlung of e+- ({@link ThinTargetBremsstrahlung}, photons
 * above {@link #PHOTON_CUT} are new particles, softer ones a continuous loss) and the mean
 * ionisation loss ({@link Ionisation}), and for e+- the electronuclear interactions
 * ({@link UpstreamInteractions}) when the transport is built with them. Photons and other neutral particles cross unaffected
 * (conversions in the thin upstream material, ~1 % per element, are neglected). Immutable.
 */
final class MaterialEffects {
    /** Bremsstrahlung photons below this energy [GeV] are not followed. */
    static final double PHOTON_CUT = 0.010;

    private final Ionisation ionisation;
    private final double radiationLengthCm;
    private final double density;
    private final boolean negligible;
    /** Electronuclear interactions in this material (null: not simulated here). */
    private final ElectronuclearTable nuclear;

    MaterialEffects(Material material) {
        this(material, null);
    }

    MaterialEffects(Material material, UpstreamNuclearOptions nuclearOptions) {
        this.ionisation = new Ionisation(material);
        this.radiationLengthCm = material.radiationLengthCm();
        this.density = material.density();
        this.negligible = density < 1e-10; // vacuum
        this.nuclear = nuclearOptions == null || negligible ? null
                : new ElectronuclearTable(material, nuclearOptions.minTransfer());
    }

    Ionisation ionisation() {
        return ionisation;
    }

    double radiationLengthCm() {
        return radiationLengthCm;
    }

    double density() {
        return density;
    }

    /**
     * Applies the effects of a path of {@code length} [cm] to a charged track at its current
     * position; returns the mean ionisation loss [GeV], which the caller books (deposit or loss).
     *
     * @param thick true if the length is physical (displacement from scattering); false for a
     *              thin plane whose thickness only counts in radiation lengths
     */
    double cross(Track t, double length, boolean thick, TransportState state) {
        if (negligible || t.charge() == 0 || !t.alive) {
            return 0;
        }
        double x0Fraction = length / radiationLengthCm;
        return crossX0(t, x0Fraction, thick ? length : 0, length * density, state);
    }

    /** The same for a plane given by its thickness in radiation lengths and mass thickness [g/cm^2]. */
    double crossX0(Track t, double x0Fraction, double physicalLength, double massThickness, TransportState state) {
        if (t.charge() == 0 || !t.alive || x0Fraction <= 0) {
            return 0;
        }
        scatterAndRadiate(t, x0Fraction, physicalLength, state);
        double loss = Math.min(t.energy - t.mass, ionisation.meanLoss(t.type, t.momentum() / t.mass) * massThickness);
        t.energy -= loss;
        return loss;
    }

    /** Multiple scattering and bremsstrahlung only (for read-out layers that sample their own deposit). */
    void scatterAndRadiate(Track t, double x0Fraction, double physicalLength, TransportState state) {
        if (t.type == ParticleType.ELECTRON || t.type == ParticleType.POSITRON) {
            UpstreamInteractions interactions = state.interactions();
            if (nuclear != null && interactions != null) {
                interactions.cross(t, nuclear, x0Fraction * radiationLengthCm * density, state);
            }
            radiate(t, x0Fraction, state);
        }
        MultipleScattering.scatter(t, x0Fraction, physicalLength, state.rng());
    }

    private void radiate(Track t, double x0Fraction, TransportState state) {
        double yMin = PHOTON_CUT / t.energy;
        if (yMin >= 1) {
            return;
        }
        double soft = x0Fraction * ThinTargetBremsstrahlung.softFractionPerX0(yMin) * t.energy;
        t.energy -= soft;
        state.loseEnergy(soft);
        long n = PoissonSampler.sample(state.rng(), x0Fraction * ThinTargetBremsstrahlung.photonsPerX0(yMin));
        for (long i = 0; i < n && t.energy > PHOTON_CUT; i++) {
            double k = ThinTargetBremsstrahlung.sampleY(PHOTON_CUT / t.energy, state.rng()) * t.energy;
            k = Math.min(k, t.energy - t.mass);
            t.energy -= k;
            state.upstreamBremsstrahlung(k);
            state.spawnPhoton(k, t.x, t.y, t.z, t.tx, t.ty, t.time);
        }
    }
}
