package na64.detector;

import java.util.List;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * A sampling structure defined by a setup file (for calorimeters whose structure is not among
 * the built-in {@code Materials}), e.g. the Cu/Sc veto HCAL:
 *
 * <pre>
 * materials:
 *   - name: vhcal-cusc
 *     layers: [{material: copper, thickness: 2.0}, {material: scintillator, thickness: 0.5, active: true}]
 * </pre>
 */
public record MaterialSpec(String name, List<LayerSpec> layers) {

    /** One layer of the period: a material name, a thickness [cm], and whether it is read out. */
    public record LayerSpec(String material, Double thickness, Boolean active) {
        public LayerSpec {
            Config.require("material", material);
            Check.positive("thickness", Config.require("thickness", thickness));
            active = Config.orDefault(active, false);
        }
    }

    public MaterialSpec {
        Config.require("name", name);
        Config.require("layers", layers);
        if (layers.size() < 2) {
            throw new InputException("layers", name + ": a sampling structure needs at least two layers");
        }
        layers = List.copyOf(layers);
    }
}
