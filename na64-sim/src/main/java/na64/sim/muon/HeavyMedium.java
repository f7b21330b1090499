package na64.sim.muon;

import java.util.EnumMap;
import java.util.Map;
import na64.physics.material.DensityEffect;
import na64.physics.material.IonisationLoss;
import na64.physics.material.Material;
import na64.sim.cascade.EnergyTable;
import na64.physics.ParticleType;

/**
 * What the transport of muons and hadrons needs of one material (immutable, shared by threads):
 * the Bethe mean loss per species tabulated in kinetic energy [GeV/cm], the quantities of the Landau
 * straggling (Z/A, I, density effect), the radiative coefficient b of muons and the nuclear
 * interaction length.
 */
public final class HeavyMedium {
    private static final double T_MIN = 1e-3;
    private static final double T_MAX = 2000;

    private final Material material;
    private final double density;
    private final double zOverA;
    private final double meanExcitation;
    private final DensityEffect densityEffect;
    private final double radiativeB;
    private final double interactionLengthCm;
    private final Map<ParticleType, EnergyTable> bethe = new EnumMap<>(ParticleType.class);

    public HeavyMedium(Material material) {
        this.material = material;
        this.density = material.density();
        this.zOverA = material.zOverA();
        this.meanExcitation = material.meanExcitationEnergy();
        this.densityEffect = material.densityEffect();
        this.radiativeB = RadiativeLoss.b(material);
        this.interactionLengthCm = material.nuclearInteractionLengthCm();
        for (ParticleType t : ParticleType.values()) {
            if (t.charge() != 0 && !t.isElectromagnetic() && t != ParticleType.DARK_BOSON) {
                double m = t.mass();
                bethe.put(t, EnergyTable.of(kin -> {
                    double p = Math.sqrt(kin * (kin + 2 * m));
                    return density * IonisationLoss.bethe(material, p / m, m);
                }, T_MIN, T_MAX, 50));
            }
        }
    }

    public Material material() {
        return material;
    }

    public double density() {
        return density;
    }

    /** Mean ionisation loss [GeV/cm] of a charged species at kinetic energy T [GeV]. */
    public double meanLoss(ParticleType type, double kinetic) {
        EnergyTable t = bethe.get(type);
        return t == null ? 0 : t.value(Math.max(kinetic, T_MIN));
    }

    /**
     * Landau most probable loss [GeV] over a path of {@code xi} (the Landau scale xi [GeV]) for
     * beta gamma and beta^2 (PDG Review, eq. 34.12):
     * Delta_p = xi [ln(2 m_e c^2 beta^2 gamma^2 / I) + ln(xi/I) + 0.200 - beta^2 - delta(beta gamma)].
     */
    public double mostProbableLoss(double xi, double betaGamma, double beta2) {
        double me = na64.physics.PhysicalConstants.ELECTRON_MASS;
        return xi * (Math.log(2 * me * betaGamma * betaGamma / meanExcitation) + Math.log(xi / meanExcitation)
                + 0.200 - beta2 - densityEffect.delta(betaGamma));
    }

    /** The Landau scale xi = (K/2) (Z/A) rho x / beta^2 [GeV] for a path x [cm]. */
    public double xi(double pathCm, double beta2) {
        return 0.5 * IonisationLoss.K * zOverA * density * pathCm / beta2;
    }

    /** Radiative loss coefficient b of muons [cm^2/g]. */
    public double radiativeB() {
        return radiativeB;
    }

    /** Nuclear interaction length [cm]. */
    public double interactionLengthCm() {
        return interactionLengthCm;
    }
}
