package na64.physics.model;

import na64.core.Check;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;

/**
 * Axion-like particle a with L = -(g_agg/4) a F Fdual and optionally a Yukawa coupling
 * i g_ae ebar gamma5 e a. Decays: a -> gamma gamma with Gamma = g_agg^2 m^3 / (64 pi)
 * (e.g. Dobrich, Jaeckel, Kahlhoefer, Ringwald, Schlier, JHEP 02 (2016) 018), and
 * a -> e+e- with the pseudoscalar formula alpha_ae m beta / 2, alpha_ae = g_ae^2/(4 pi). Its
 * {@link #coupling()} is g_agg [GeV^-1].
 */
public final class AxionLikeParticle extends DarkBoson {
    private final double gElectron;

    /**
     * @param mass      ALP mass [GeV]
     * @param gPhoton   g_a-gamma-gamma [GeV^-1]
     * @param gElectron g_ae (dimensionless), 0 for a photophilic ALP
     */
    public AxionLikeParticle(double mass, double gPhoton, double gElectron) {
        super(Check.positive("mass", mass), Check.positive("coupling", gPhoton), null,
                widths(mass, gPhoton, Check.nonNegative("electron-coupling", gElectron)));
        this.gElectron = gElectron;
    }

    private static DecayWidths widths(double mass, double gPhoton, double gElectron) {
        return DecayWidths.of(mass)
                .add(Channel.PHOTONS, photonWidth(gPhoton, mass))
                .add(Channel.ELECTRONS, FermionPairWidth.width(Mediator.PSEUDOSCALAR,
                        Couplings.alpha(gElectron), mass, PhysicalConstants.ELECTRON_MASS))
                .build();
    }

    /** Gamma(a -> gamma gamma) = g^2 m^3 / (64 pi) [GeV]. */
    public static double photonWidth(double gPhoton, double mass) {
        return gPhoton * gPhoton * mass * mass * mass / (64 * Math.PI);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.ALP;
    }

    @Override
    public Mediator mediator() {
        return Mediator.PSEUDOSCALAR;
    }

    /** g_ae / e (0 for a photophilic ALP). */
    @Override
    public double electronEpsilon() {
        return Couplings.epsilon(gElectron);
    }

    @Override
    public double muonEpsilon() {
        return 0;
    }

    @Override
    public AxionLikeParticle withCoupling(double coupling) {
        return new AxionLikeParticle(mass(), coupling, gElectron);
    }

    @Override
    public AxionLikeParticle withMass(double newMass) {
        return new AxionLikeParticle(newMass, coupling(), gElectron);
    }
}
