package na64.sim.spectrometer;

import java.util.random.RandomGenerator;
import na64.physics.PhysicalConstants;
import na64.physics.material.IonisationLoss;
import na64.physics.material.Material;
import na64.physics.ParticleType;

/**
 * Ionisation energy loss of charged particles in one material: the mean loss from
 * {@link IonisationLoss} (Bethe for heavy particles, Berger-Seltzer for e+-), tabulated once in
 * log(beta gamma) per species; and, for thin read-out layers, the straggling of the energy
 * deposit in the Landau form approximated by Moyal's distribution (J. E. Moyal, Phil. Mag. 46
 * (1955) 263): Delta = Delta_p + xi lambda with lambda = -ln(Z^2), Z standard normal (Moyal's
 * density exp(-(lambda + e^-lambda)/2)/sqrt(2 pi) is that of -ln of a chi-square variate with one
 * degree of freedom), and the most probable loss (PDG Review, "Passage of particles through
 * matter", eq. 34.12)
 * <pre>
 *   Delta_p = xi [ ln(2 m_e c^2 beta^2 gamma^2 / I) + ln(xi / I) + 0.200 - beta^2 - delta(beta gamma) ]
 *   xi      = (K/2) (Z/A) (x / beta^2),   x in g/cm^2
 * </pre>
 * Immutable; tables are built for every charged beam-line species at construction.
 */
public final class Ionisation {
    private static final double LN_BG_MIN = Math.log(0.05);
    private static final double LN_BG_MAX = Math.log(1e7);
    private static final int POINTS = 200;
    private static final ParticleType[] CHARGED = {ParticleType.ELECTRON, ParticleType.POSITRON, ParticleType.MUON,
        ParticleType.ANTIMUON, ParticleType.PION_MINUS, ParticleType.PION_PLUS, ParticleType.KAON_MINUS,
        ParticleType.KAON_PLUS, ParticleType.PROTON};

    private final Material material;
    private final double[][] lossTable = new double[ParticleType.values().length][];
    private final double meanExcitation;
    private final double zOverA;

    public Ionisation(Material material) {
        this.material = material;
        this.meanExcitation = material.meanExcitationEnergy();
        this.zOverA = material.zOverA();
        double step = (LN_BG_MAX - LN_BG_MIN) / (POINTS - 1);
        for (ParticleType type : CHARGED) {
            double[] table = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                double bg = Math.exp(LN_BG_MIN + i * step);
                table[i] = exactLoss(type, bg);
            }
            lossTable[type.ordinal()] = table;
        }
    }

    public Material material() {
        return material;
    }

    private double exactLoss(ParticleType type, double betaGamma) {
        double m = type.mass();
        if (type == ParticleType.ELECTRON || type == ParticleType.POSITRON) {
            double kinetic = m * (Math.sqrt(1 + betaGamma * betaGamma) - 1);
            return IonisationLoss.electron(material, kinetic, type == ParticleType.POSITRON);
        }
        return IonisationLoss.bethe(material, betaGamma, m);
    }

    /** Mean loss [GeV cm^2/g] of a charged species at beta gamma (0 for neutral species). */
    public double meanLoss(ParticleType type, double betaGamma) {
        double[] table = lossTable[type.ordinal()];
        if (table == null) {
            return 0;
        }
        double u = (Math.log(betaGamma) - LN_BG_MIN) / (LN_BG_MAX - LN_BG_MIN) * (POINTS - 1);
        if (u <= 0) {
            return table[0];
        }
        if (u >= POINTS - 1) {
            return table[POINTS - 1];
        }
        int i = (int) u;
        double w = u - i;
        return table[i] + w * (table[i + 1] - table[i]);
    }

    /**
     * A sampled energy deposit [GeV] of a unit-charge particle with beta gamma in a layer of
     * {@code massThickness} [g/cm^2]: Moyal around the most probable loss, never negative.
     */
    public double sampleDeposit(double betaGamma, double massThickness, RandomGenerator rng) {
        double beta2 = betaGamma * betaGamma / (1 + betaGamma * betaGamma);
        double xi = 0.5 * IonisationLoss.K * zOverA * massThickness / beta2;
        double me = PhysicalConstants.ELECTRON_MASS;
        double delta = material.densityEffect().delta(betaGamma);
        double mostProbable = xi * (Math.log(2 * me * betaGamma * betaGamma / meanExcitation)
                + Math.log(xi / meanExcitation) + 0.200 - beta2 - delta);
        double z = rng.nextGaussian();
        double lambda = -Math.log(Math.max(z * z, 1e-300));
        return Math.max(0, mostProbable + xi * lambda);
    }
}
