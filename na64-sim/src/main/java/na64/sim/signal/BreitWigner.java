package na64.sim.signal;

import na64.physics.PhysicalConstants;

/**
 * The cumulative of the resonant cross section e+ e- -> X over the positron energy: with
 * s = 2 m_e E + 2 m_e^2, the relativistic Breit-Wigner of constant width ({@link
 * na64.physics.annihilation.ResonantAnnihilation}) integrates to
 * int sigma dE = I [G(E_b) - G(E_a)], G(E) = 1/2 + atan((s - m^2)/(m Gamma))/pi, with I the
 * narrow-width integral. Used to count annihilations over a positron's energy interval exactly
 * however narrow the resonance is.
 */
final class BreitWigner {
    private final double mass;
    private final double width;

    BreitWigner(double mass, double width) {
        this.mass = mass;
        this.width = width;
    }

    /** G(E) in [0, 1]. */
    double cumulative(double positronEnergy) {
        double me = PhysicalConstants.ELECTRON_MASS;
        double s = 2 * me * positronEnergy + 2 * me * me;
        return 0.5 + Math.atan((s - mass * mass) / (mass * width)) / Math.PI;
    }

    /** The positron energy with G(E) = g. */
    double energyAt(double g) {
        double me = PhysicalConstants.ELECTRON_MASS;
        double clamped = Math.min(Math.max(g, 1e-12), 1 - 1e-12);
        double s = mass * mass + mass * width * Math.tan(Math.PI * (clamped - 0.5));
        return (s - 2 * me * me) / (2 * me);
    }

    /**
     * A positron energy drawn from the Breit-Wigner restricted to [low, high] (which must hold
     * probability, G(high) > G(low)), by inverting G with u uniform in [0, 1). The lower edge
     * matters: G reaches 0 only at s -> -infinity, so an unrestricted draw returns an energy below
     * m_e, even a negative one, for u near 0.
     */
    double energyBetween(double low, double high, double u) {
        double gLow = cumulative(low);
        double gHigh = cumulative(high);
        if (!(gHigh > gLow)) {
            throw new IllegalArgumentException("no Breit-Wigner probability between " + low + " and " + high + " GeV");
        }
        return Math.min(Math.max(energyAt(gLow + u * (gHigh - gLow)), low), high);
    }
}
