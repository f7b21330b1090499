package na64.detector;

import na64.core.Check;
import na64.core.Config;

/**
 * A passive slab crossed by the beam (vacuum-vessel windows, beam-pipe flanges): it scatters and
 * slows particles but is not read out. It covers the whole transverse plane.
 *
 * @param name      unique name
 * @param zFront    z of the front face [cm]
 * @param thickness thickness [cm]
 * @param material  material name
 */
public record Slab(String name, Double zFront, Double thickness, String material) {
    public Slab {
        Config.require("name", name);
        Check.finite("zFront", Config.require("zFront", zFront));
        Check.positive("thickness", Config.require("thickness", thickness));
        Config.require("material", material);
    }

    public double zBack() {
        return zFront + thickness;
    }
}
