package na64.detector;

import na64.core.Check;
import na64.core.Config;

/**
 * A scintillation counter or veto plane (S0-S4, V0, VETO, MU1-MU3): a slab of
 * {@code thickness} [cm] at {@code zFront}, segmented by {@code grid} (usually a single cell;
 * a hole for the beam in halo vetoes).
 *
 * @param name      unique detector name
 * @param group     detectors summed together in summaries; default: the name
 * @param zFront    z of the front face [cm]
 * @param thickness thickness along the beam [cm]
 * @param material  material name
 * @param grid      transverse size and segmentation
 */
public record Counter(String name, String group, Double zFront, Double thickness, String material,
                      Segmentation grid) {
    public Counter {
        Config.require("name", name);
        group = Config.orDefault(group, name);
        Check.finite("zFront", Config.require("zFront", zFront));
        Check.positive("thickness", Config.require("thickness", thickness));
        material = Config.orDefault(material, "scintillator");
        Config.require("grid", grid);
    }

    public double zBack() {
        return zFront + thickness;
    }

    public int channels() {
        return grid.nx() * grid.ny();
    }
}
