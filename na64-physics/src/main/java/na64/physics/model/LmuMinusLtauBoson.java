package na64.physics.model;

import na64.core.Check;
import na64.core.GaussLegendre;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;

/**
 * Z' of a gauged U(1)_{L_mu - L_tau} with coupling g: tree-level vector coupling to mu, tau,
 * nu_mu, nu_tau (charges +1, -1). Electrons couple only through the mu and tau loop that mixes
 * the Z' with the photon:
 * <pre>
 *   eps(q^2) = (e g / (2 pi^2)) int_0^1 dx x(1-x) ln[(m_tau^2 - x(1-x) q^2) / (m_mu^2 - x(1-x) q^2)]
 *   eps(0)   = (e g / (12 pi^2)) ln(m_tau^2 / m_mu^2)  ~ g / 70
 * </pre>
 * (Araki, Kaneko, Ota, Sato, Shimomura, PRD 93 (2016) 013014; Escudero, Hooper, Krnjaic, Pierre,
 * JHEP 03 (2019) 071). Decays: Z' -> mu mu, tau tau (alpha_g = g^2/4 pi), nu nubar (two
 * flavours, alpha_g m / 6 each), e+e- through |eps(m^2)|.
 */
public final class LmuMinusLtauBoson extends DarkBoson {
    private static final int PANELS = 64;
    private static final GaussLegendre EIGHT_POINTS = GaussLegendre.of(8);

    public LmuMinusLtauBoson(double mass, double g, DarkSector darkSector) {
        super(Check.positive("mass", mass), Check.positive("coupling", g), darkSector, widths(mass, g, darkSector));
    }

    /**
     * |eps(q^2)|, the loop-induced kinetic mixing at four-momentum squared q2 [GeV^2] (time-like
     * q2 > 0 with the + i0 prescription: the logarithms take an imaginary part above the mu and
     * tau pair thresholds).
     */
    public double kineticMixing(double q2) {
        return kineticMixing(coupling(), q2);
    }

    private static double kineticMixing(double g, double q2) {
        double mMu2 = PhysicalConstants.MUON_MASS * PhysicalConstants.MUON_MASS;
        double mTau2 = PhysicalConstants.TAU_MASS * PhysicalConstants.TAU_MASS;
        double re = 0;
        double im = 0;
        double h = 1.0 / PANELS;
        for (int p = 0; p < PANELS; p++) {
            for (int k = 0; k < EIGHT_POINTS.points(); k++) {
                double x = EIGHT_POINTS.node(k, p * h, (p + 1) * h);
                double w = EIGHT_POINTS.weight(k, p * h, (p + 1) * h) * x * (1 - x);
                double a = mTau2 - x * (1 - x) * q2;
                double b = mMu2 - x * (1 - x) * q2;
                re += w * Math.log(Math.abs(a / b));
                // ln(z - i0) = ln|z| - i pi theta(-z)
                im += w * -Math.PI * ((a < 0 ? 1 : 0) - (b < 0 ? 1 : 0));
            }
        }
        return Couplings.ELECTRON_CHARGE * g / (2 * Math.PI * Math.PI) * Math.hypot(re, im);
    }

    private static DecayWidths widths(double mass, double g, DarkSector darkSector) {
        double alphaG = Couplings.alpha(g);
        double epsEe = kineticMixing(g, mass * mass);
        return DecayWidths.of(mass)
                .addChargedLeptons(Mediator.VECTOR, PhysicalConstants.ALPHA * epsEe * epsEe, alphaG, alphaG)
                .add(Channel.NEUTRINOS, 2 * FermionPairWidth.neutrinoWidth(alphaG, mass))
                .addDarkSector(darkSector, Mediator.VECTOR)
                .build();
    }

    @Override
    public ModelKind kind() {
        return ModelKind.LMU_MINUS_LTAU;
    }

    @Override
    public Mediator mediator() {
        return Mediator.VECTOR;
    }

    /** eps(0) = e g ln(m_tau^2/m_mu^2) / (12 pi^2): electron brem and annihilation happen at low q^2. */
    @Override
    public double electronEpsilon() {
        return Couplings.ELECTRON_CHARGE * coupling() / (12 * Math.PI * Math.PI)
                * Math.log(Math.pow(PhysicalConstants.TAU_MASS / PhysicalConstants.MUON_MASS, 2));
    }

    /** g / e (tree level). */
    @Override
    public double muonEpsilon() {
        return Couplings.epsilon(coupling());
    }

    @Override
    public LmuMinusLtauBoson withCoupling(double coupling) {
        return new LmuMinusLtauBoson(mass(), coupling, darkSectorOrNull());
    }

    @Override
    public LmuMinusLtauBoson withMass(double newMass) {
        return new LmuMinusLtauBoson(newMass, coupling(), darkSectorOrNull());
    }
}
