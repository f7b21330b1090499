package na64.sim.beam;

import java.util.List;
import na64.physics.ParticleType;

/**
 * One decay mode of a beam particle.
 *
 * @param label     readable form, "pi- -> mu- nu"
 * @param products  the decay products (NEUTRINO for each neutrino)
 * @param fraction  branching fraction (PDG)
 * @param matrix    how the products' momenta are distributed
 */
public record DecayChannel(String label, List<ParticleType> products, double fraction, Matrix matrix) {

    /** The kinematic model of a channel. */
    public enum Matrix {
        /** Two-body decay, isotropic in the rest frame. */
        TWO_BODY,
        /** Three-body decay uniform in phase space (Dalitz plot); form factors neglected. */
        PHASE_SPACE,
        /** mu -> e nu nu with the electron energy from the Michel spectrum x^2 (3 - 2x), unpolarised. */
        MICHEL
    }

    public DecayChannel {
        products = List.copyOf(products);
    }
}
