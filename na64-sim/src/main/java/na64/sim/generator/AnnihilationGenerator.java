package na64.sim.generator;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import na64.core.InputException;
import na64.physics.PhysicalConstants;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.material.Element;
import na64.physics.ParticleType;

/**
 * Resonant annihilation e+ e- -> X of a positron of total energy E+ along +z on an atomic
 * electron at rest. 2 -> 1: X takes the whole four-momentum of the pair, E_X = E+ + m_e
 * ({@link ResonantAnnihilation#bosonEnergy}), so its invariant mass is sqrt(s),
 * s = 2 m_e E+ + 2 m_e^2 (m_X on the peak, off it the s-channel X is off its mass shell). There
 * is nothing to sample but the decay; the weight is the Breit-Wigner cross section per atom at E+.
 */
public final class AnnihilationGenerator implements EmissionProcess {
    private static final int ELECTRON = ParticleType.ELECTRON.pdg();
    private static final int POSITRON = ParticleType.POSITRON.pdg();

    private final double positronEnergy;
    private final double sigmaPb;
    private final DarkBosonDecay decay;
    private final String description;

    public AnnihilationGenerator(ResonantAnnihilation annihilation, Element target, double positronEnergy, DarkBosonDecay decay) {
        this.positronEnergy = positronEnergy;
        this.decay = decay;
        this.sigmaPb = annihilation.sigmaPerAtomPb(target, positronEnergy, null);
        if (!(sigmaPb > 0)) {
            throw new InputException("energy", "energy = " + positronEnergy + " GeV: zero annihilation cross section (X has no e+e- width)");
        }
        this.description = String.format(Locale.ROOT,
                "resonant annihilation e+ e- -> X on the electrons of %s (%s, m_X = %g GeV, E_R = %.6g GeV), E+ = %g GeV",
                target.symbol(), annihilation.model().kind().cliName(), annihilation.model().mass(),
                annihilation.resonanceEnergy(), positronEnergy);
    }

    @Override
    public String name() {
        return "annihilation";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Beams beams() {
        return new Beams(POSITRON, positronEnergy, ELECTRON, PhysicalConstants.ELECTRON_MASS);
    }

    @Override
    public double crossSectionPb() {
        return sigmaPb;
    }

    @Override
    public GeneratorEvent event(long number, RandomGenerator rng) {
        double me = PhysicalConstants.ELECTRON_MASS;
        double p = Math.sqrt((positronEnergy - me) * (positronEnergy + me));
        double eX = ResonantAnnihilation.bosonEnergy(positronEnergy);
        double sqrtS = Math.sqrt(2 * me * positronEnergy + 2 * me * me);
        GeneratorEvent.Builder b = new GeneratorEvent.Builder();
        int positron = b.incoming(POSITRON, 0, 0, p, positronEnergy, me);
        int electron = b.incoming(ELECTRON, 0, 0, 0, me, me);
        int v = b.vertex(0, 0, 0, 0, List.of(positron, electron));
        int x = b.outgoing(v, ParticleType.DARK_BOSON.pdg(), 0, 0, p, eX, sqrtS);
        decay.attach(b, x, rng);
        return b.build(number, sigmaPb);
    }
}
