package na64.sim.generator;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import na64.core.InputException;
import na64.physics.Lepton;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.Emission;
import na64.physics.brem.EmissionSampler;
import na64.physics.material.Element;
import na64.physics.ParticleType;

/**
 * Dark bremsstrahlung l N -> l N X of a lepton of energy E0 along +z on a nucleus at rest.
 * (x = E_X/E0, theta_X) come from the physics library's sampler ({@link DarkBrem#sampler}, the
 * one the cascade uses), the azimuth is uniform. The library integrates over the lepton's angle;
 * here the lepton keeps the beam direction, as in the cascade, and the nucleus takes the
 * transverse momentum and the recoil, solved on its mass shell ({@link RecoilSolver}), so that
 * every event conserves energy and momentum exactly with E_X = x E0 as drawn (the lepton gives up
 * the recoil energy, |q|^2/2M ~ keV).
 */
public final class BremGenerator implements EmissionProcess {
    private final DarkBrem brem;
    private final Lepton lepton;
    private final int leptonPdg;
    private final Element target;
    private final Nucleus nucleus;
    private final double mass;
    private final double e0;
    private final double sigmaPb;
    private final EmissionSampler sampler;
    private final DarkBosonDecay decay;
    private final String description;

    public BremGenerator(DarkBrem brem, Lepton lepton, Element target, double e0, double epsilon, DarkBosonDecay decay) {
        this.brem = brem;
        this.lepton = lepton;
        this.leptonPdg = ParticleType.parse(lepton.cliName()).pdg();
        this.target = target;
        this.nucleus = Nucleus.of(target);
        this.mass = decay.model().mass();
        this.e0 = e0;
        this.decay = decay;
        this.sigmaPb = brem.totalPb(target, mass, e0, epsilon);
        if (!(sigmaPb > 0)) {
            throw new InputException("energy", String.format(Locale.ROOT,
                    "energy = %g GeV: no dark bremsstrahlung of m = %g GeV by %s on %s (below threshold or zero cross section)",
                    e0, mass, lepton, target.symbol()));
        }
        this.sampler = brem.sampler(target, mass);
        this.description = String.format(Locale.ROOT, "dark bremsstrahlung %s %s -> %s %s X (%s, m_X = %g GeV, eps = %g, %s), E0 = %g GeV",
                lepton, target.symbol(), lepton, target.symbol(), brem.mediator().cliName(), mass, epsilon,
                brem.approximation().cliName(), e0);
    }

    @Override
    public String name() {
        return "brem";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Beams beams() {
        return new Beams(leptonPdg, e0, nucleus.pdg(), nucleus.mass());
    }

    @Override
    public double crossSectionPb() {
        return sigmaPb;
    }

    /** The beam energy E0 [GeV]. */
    public double beamEnergy() {
        return e0;
    }

    @Override
    public GeneratorEvent event(long number, RandomGenerator rng) {
        double ml = lepton.mass();
        double bigM = nucleus.mass();
        double p0 = Math.sqrt((e0 - ml) * (e0 + ml));
        Emission emission = sampler.sample(e0, rng);
        double phi = 2 * Math.PI * rng.nextDouble();
        double eX = emission.x() * e0;
        double pX = Math.sqrt(Math.max(0, (eX - mass) * (eX + mass)));
        double sin = Math.sin(emission.theta());
        double xx = pX * sin * Math.cos(phi);
        double xy = pX * sin * Math.sin(phi);
        double xz = pX * Math.cos(emission.theta());
        // lepton + nucleus share E0 + M - E_X and p0 - p_X; the lepton goes along +z
        double kinetic = e0 - eX;
        double px = -xx;
        double py = -xy;
        double pz = p0 - xz;
        double pl = RecoilSolver.momentumAlong(kinetic, bigM, px, py, pz, 0, 0, 1, ml);
        if (Double.isNaN(pl)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "no recoil solution for x = %.17g, theta = %.17g at E0 = %g GeV", emission.x(), emission.theta(), e0));
        }
        double el = Math.sqrt(ml * ml + pl * pl);
        GeneratorEvent.Builder b = new GeneratorEvent.Builder();
        int beam = b.incoming(leptonPdg, 0, 0, p0, e0, ml);
        int atom = b.incoming(nucleus.pdg(), 0, 0, 0, bigM, bigM);
        int v = b.vertex(0, 0, 0, 0, List.of(beam, atom));
        b.outgoing(v, leptonPdg, 0, 0, pl, el, ml);
        b.outgoing(v, nucleus.pdg(), px, py, pz - pl, kinetic - el + bigM, bigM);
        int x = b.outgoing(v, ParticleType.DARK_BOSON.pdg(), xx, xy, xz, eX, mass);
        decay.attach(b, x, rng);
        return b.build(number, sigmaPb);
    }

    /** The target element. */
    public Element target() {
        return target;
    }

    /** The process of the physics library this generator samples. */
    public DarkBrem process() {
        return brem;
    }
}
