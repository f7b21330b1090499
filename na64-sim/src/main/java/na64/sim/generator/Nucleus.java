package na64.sim.generator;

import na64.physics.PhysicalConstants;
import na64.physics.material.Element;

/**
 * The target nucleus of an emission: PDG ion code 100ZZZAAA0 (PDG, "Monte Carlo particle
 * numbering scheme", A the rounded atomic weight) and mass A_r u, the atomic weight in atomic mass
 * units (the same nuclear mass as the kinematic limits of na64.physics.brem; electrons and binding
 * are ignored, a 3e-4 effect).
 */
public record Nucleus(int pdg, double mass) {
    public static Nucleus of(Element element) {
        int pdg = 1_000_000_000 + element.z() * 10_000 + element.massNumber() * 10;
        return new Nucleus(pdg, element.atomicMass() * PhysicalConstants.ATOMIC_MASS_UNIT);
    }
}
