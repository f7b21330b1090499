package na64.sim.generator;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import na64.core.InputException;
import na64.physics.material.Element;
import na64.physics.primakoff.PrimakoffProduction;
import na64.physics.ParticleType;

/**
 * Primakoff production gamma N -> a N of an axion-like particle by a photon of energy E along +z
 * on a nucleus at rest. The ALP's polar angle comes from the physics library's sampler
 * ({@link PrimakoffProduction#sample}), the azimuth is uniform; the library lets the ALP take the
 * photon energy, here the nucleus recoil is solved on its mass shell along the drawn direction
 * ({@link RecoilSolver}), so that each event conserves energy and momentum exactly (E_a = E minus
 * the recoil energy t/2M).
 */
public final class PrimakoffGenerator implements EmissionProcess {
    private static final int PHOTON = ParticleType.PHOTON.pdg();

    private final PrimakoffProduction primakoff;
    private final Element target;
    private final Nucleus nucleus;
    private final double photonEnergy;
    private final double sigmaPb;
    private final DarkBosonDecay decay;
    private final String description;

    public PrimakoffGenerator(PrimakoffProduction primakoff, Element target, double photonEnergy, DarkBosonDecay decay) {
        this.primakoff = primakoff;
        this.target = target;
        this.nucleus = Nucleus.of(target);
        this.photonEnergy = photonEnergy;
        this.decay = decay;
        this.sigmaPb = primakoff.sigmaPb(target, photonEnergy);
        if (!(sigmaPb > 0)) {
            throw new InputException("energy", String.format(Locale.ROOT,
                    "energy = %g GeV: no Primakoff production of m_a = %g GeV on %s (needs E > m_a and a positive cross section)",
                    photonEnergy, primakoff.alp().mass(), target.symbol()));
        }
        this.description = String.format(Locale.ROOT, "Primakoff gamma %s -> a %s (m_a = %g GeV, g_agg = %g /GeV), E_gamma = %g GeV",
                target.symbol(), target.symbol(), primakoff.alp().mass(), primakoff.alp().coupling(), photonEnergy);
    }

    @Override
    public String name() {
        return "primakoff";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Beams beams() {
        return new Beams(PHOTON, photonEnergy, nucleus.pdg(), nucleus.mass());
    }

    @Override
    public double crossSectionPb() {
        return sigmaPb;
    }

    @Override
    public GeneratorEvent event(long number, RandomGenerator rng) {
        double ma = primakoff.alp().mass();
        double bigM = nucleus.mass();
        double theta = primakoff.sample(target, photonEnergy, rng).theta();
        double phi = 2 * Math.PI * rng.nextDouble();
        double ux = Math.sin(theta) * Math.cos(phi);
        double uy = Math.sin(theta) * Math.sin(phi);
        double uz = Math.cos(theta);
        double pa = RecoilSolver.momentumAlong(photonEnergy, bigM, 0, 0, photonEnergy, ux, uy, uz, ma);
        if (Double.isNaN(pa)) {
            throw new IllegalStateException("no recoil solution for theta = " + theta + " at E = " + photonEnergy + " GeV");
        }
        double ea = Math.sqrt(ma * ma + pa * pa);
        GeneratorEvent.Builder b = new GeneratorEvent.Builder();
        int photon = b.incoming(PHOTON, 0, 0, photonEnergy, photonEnergy, 0);
        int atom = b.incoming(nucleus.pdg(), 0, 0, 0, bigM, bigM);
        int v = b.vertex(0, 0, 0, 0, List.of(photon, atom));
        int a = b.outgoing(v, ParticleType.DARK_BOSON.pdg(), pa * ux, pa * uy, pa * uz, ea, ma);
        b.outgoing(v, nucleus.pdg(), -pa * ux, -pa * uy, photonEnergy - pa * uz, photonEnergy - ea + bigM, bigM);
        decay.attach(b, a, rng);
        return b.build(number, sigmaPb);
    }
}
