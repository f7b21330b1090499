package na64.sim.generator;

import java.util.random.RandomGenerator;

/** A dark-sector production process at fixed inputs that makes generator-level events. */
public interface EmissionProcess {

    /** The two incoming particles: a projectile along +z and a target at rest. */
    record Beams(int projectilePdg, double projectileEnergy, int targetPdg, double targetEnergy) {
    }

    /** Short name of the process ("brem", "annihilation", "primakoff"). */
    String name();

    /** One line for file headers: the process, the target and the inputs. */
    String description();

    Beams beams();

    /** The production cross section per target atom [pb] at these inputs: the weight of every event. */
    double crossSectionPb();

    /** Event {@code number}, drawn with the caller's random stream (that of (seed, number)). */
    GeneratorEvent event(long number, RandomGenerator rng);
}
