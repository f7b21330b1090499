package na64.detector;

import na64.core.Check;
import na64.core.Config;

/**
 * The decay volume of the visible-mode setup: a tube of {@code radius} [cm] from
 * {@code zFront} over {@code length} [cm] in which a dark boson that escaped the dump may decay
 * to e+ e-. Counters and trackers may sit inside it.
 */
public record DecayVolume(Double zFront, Double length, Double radius, String material) {
    public DecayVolume {
        Check.finite("zFront", Config.require("zFront", zFront));
        Check.positive("length", Config.require("length", length));
        Check.positive("radius", Config.require("radius", radius));
        material = Config.orDefault(material, "vacuum");
    }

    public double zBack() {
        return zFront + length;
    }
}
