package na64.detector;

import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * The medium filling a stretch of the beam line between elements (the 15 m vacuum vessel,
 * evacuated magnet gaps). Outside every declared medium the setup's {@code defaultMedium} fills
 * the space (air).
 *
 * @param name     name ("vacuum vessel")
 * @param zFront   start [cm]
 * @param zBack    end [cm]
 * @param material material name
 */
public record Medium(String name, Double zFront, Double zBack, String material) {
    public Medium {
        Config.require("name", name);
        Check.finite("zFront", Config.require("zFront", zFront));
        Check.finite("zBack", Config.require("zBack", zBack));
        Config.require("material", material);
        if (!(zBack > zFront)) {
            throw InputException.outOfRange("zBack", zBack, "> zFront = " + zFront);
        }
    }
}
