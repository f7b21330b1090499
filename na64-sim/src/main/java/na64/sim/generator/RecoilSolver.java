package na64.sim.generator;

/**
 * Closes the kinematics of an emission on a nucleus exactly: a system of total energy E and
 * momentum P is shared by a particle of mass m moving along a given unit vector u and a nucleus of
 * mass M that takes the rest (recoil q = P - p u). Energy conservation
 * sqrt(m^2 + p^2) + sqrt(M^2 + |P - p u|^2) = E gives, with c = (E^2 + m^2 - M^2 - P^2)/2 and
 * a = E^2 - (P.u)^2, the quadratic a p^2 - 2 c (P.u) p + E^2 m^2 - c^2 = 0, whose larger root
 * p = [c (P.u) + E sqrt(c^2 - a m^2)] / a is the forward particle with the soft nuclear recoil.
 */
public final class RecoilSolver {
    private RecoilSolver() {
    }

    /**
     * The momentum p [GeV] of the particle along u, or NaN when no such split exists.
     *
     * @param kinetic E - M, passed separately so that E^2 - M^2 = kinetic (kinetic + 2M) keeps its digits
     */
    public static double momentumAlong(double kinetic, double nucleusMass, double px, double py, double pz,
                                       double ux, double uy, double uz, double mass) {
        double energy = kinetic + nucleusMass;
        double p2 = px * px + py * py + pz * pz;
        double pu = px * ux + py * uy + pz * uz;
        double c = 0.5 * (kinetic * (kinetic + 2 * nucleusMass) + mass * mass - p2);
        double a = (energy - pu) * (energy + pu);
        double disc = c * c - a * mass * mass;
        if (!(disc >= 0) || !(a > 0)) {
            return Double.NaN;
        }
        double p = (c * pu + energy * Math.sqrt(disc)) / a;
        // the squared equation also has the root where E_particle = -(c + pu p)/E: reject it
        return p >= 0 && c + pu * p >= 0 ? p : Double.NaN;
    }
}
