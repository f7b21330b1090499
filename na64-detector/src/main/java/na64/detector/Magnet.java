package na64.detector;

import na64.core.Check;
import na64.core.Config;

/**
 * A dipole magnet (MBPL) with a uniform vertical field over its length, bending in the x-z plane.
 * The field is the one set for the setup's nominal beam momentum; the simulation scales all
 * fields with the beam momentum of a run, as the beam line is tuned (see docs/setups.md).
 *
 * @param name     unique name ("MBPL1")
 * @param zFront   z where the field starts [cm]
 * @param length   effective field length [cm] (field integral = field x length)
 * @param field    B_y [T] at the nominal beam momentum
 * @param aperture transverse size of the gap (one cell)
 */
public record Magnet(String name, Double zFront, Double length, Double field, Segmentation aperture) {
    public Magnet {
        Config.require("name", name);
        Check.finite("zFront", Config.require("zFront", zFront));
        Check.positive("length", Config.require("length", length));
        Check.finite("field", Config.require("field", field));
        Config.require("aperture", aperture);
    }

    public double zBack() {
        return zFront + length;
    }

    /** Field integral [T m] at the nominal beam momentum. */
    public double fieldIntegral() {
        return field * length / 100;
    }
}
