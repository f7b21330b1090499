package na64.sim.signal;

import java.util.random.RandomGenerator;
import na64.sim.shower.GFlashParameters;
import na64.sim.shower.GammaVariate;
import na64.sim.shower.ShowerModel;

/**
 * Where along its axis a rare process inside a parameterised shower happens: a depth [cm] drawn
 * from the shower's average GFlash longitudinal profile (the profile of its energy deposit, a
 * stand-in for the depth of the particles that make the process, which is not tabulated). One
 * instance per thread (it reuses its profile).
 */
final class SubShowerDepth {
    private final GFlashParameters.Profile profile = new GFlashParameters.Profile();

    double sample(ShowerModel shower, double energy, RandomGenerator rng) {
        double eShape = Math.max(energy, 1e-3);
        profile.depthOfMaximum = shower.parameters().meanDepthOfMaximum(eShape);
        profile.alpha = shower.parameters().meanAlpha(eShape);
        double t = GammaVariate.sample(profile.alpha, rng) / profile.beta();
        return t * shower.medium().radiationLengthCm();
    }
}
