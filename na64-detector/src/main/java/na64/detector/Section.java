package na64.detector;

import na64.core.Check;
import na64.core.Config;

/**
 * A longitudinal readout section of a calorimeter (e.g. the ECAL pre-shower and main part),
 * read out separately per cell.
 *
 * @param name  section name ("preshower", "main")
 * @param depth thickness along the beam [cm]
 */
public record Section(String name, Double depth) {
    public Section {
        Config.require("name", name);
        Check.positive("depth", Config.require("depth", depth));
    }
}
