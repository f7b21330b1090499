package na64.physics.brem.validation;

import na64.physics.PhysicalConstants;
import na64.physics.material.Element;

/**
 * Tsai's atomic + nuclear form factor squared G2(t) (Rev. Mod. Phys. 46 (1974) 815, in the form of Bjorken,
 * Essig, Schuster, Toro, PRD 80 (2009) 075018, app. A), written out here independently of na64's TsaiFlux:
 * G2 = Z^2 [a^2 t/(1 + a^2 t)]^2 [1/(1 + t/d)]^2 + (inelastic) Z [a'^2 t/(1 + a'^2 t)]^2
 * [(1 + t (mu_p^2 - 1)/(4 m_p^2))/(1 + t/0.71)^4]^2, a = 111 Z^(-1/3)/m_s, a' = 773 Z^(-2/3)/m_s, d = 0.164 A^(-2/3).
 *
 * @param screeningMass m_s [GeV] in the screening radii: the electron mass (Tsai); the MadGraph model of
 *                      dark-brem-lib-gen <= v4.3 takes the radiating lepton's mass here
 * @param inelastic     whether the inelastic (atomic-electron and proton) term is added
 */
record AtomicFormFactor(int z, int massNumber, double screeningMass, boolean inelastic) {

    /** Tsai's form factor of an element, screening with the electron mass. */
    static AtomicFormFactor tsai(Element element, boolean inelastic) {
        return new AtomicFormFactor(element.z(), element.massNumber(), PhysicalConstants.ELECTRON_MASS, inelastic);
    }

    double squared(double t) {
        double a = 111 * Math.pow(z, -1.0 / 3) / screeningMass;
        double d = 0.164 * Math.pow(massNumber, -2.0 / 3);
        double atomic = a * a * t / (1 + a * a * t);
        double nuclear = 1 / (1 + t / d);
        double g2 = (double) z * z * atomic * atomic * nuclear * nuclear;
        if (inelastic) {
            double ap = 773 * Math.pow(z, -2.0 / 3) / screeningMass;
            double atomicInelastic = ap * ap * t / (1 + ap * ap * t);
            double mp = PhysicalConstants.PROTON_MASS;
            double muP = 2.79;
            double proton = (1 + t * (muP * muP - 1) / (4 * mp * mp)) / Math.pow(1 + t / 0.71, 4);
            g2 += z * atomicInelastic * atomicInelastic * proton * proton;
        }
        return g2;
    }
}
