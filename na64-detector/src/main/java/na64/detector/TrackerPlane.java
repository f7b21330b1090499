package na64.detector;

import com.fasterxml.jackson.annotation.JsonProperty;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * One tracking plane (a Micromegas or GEM station, one double layer of straw tubes): thin, at
 * {@code zFront}, measuring x, y or both with a Gaussian resolution and an efficiency.
 *
 * @param name           unique name ("MM1", "GEM1", "ST1X")
 * @param technology     micromegas, gem or straw
 * @param zFront         z of the plane [cm]
 * @param measures       which coordinates the plane measures (x, y or xy)
 * @param grid           active area (one cell, or cells = strips/tubes of the given pitch)
 * @param resolution     single-hit resolution per measured coordinate [cm]
 * @param efficiency     probability to record a hit of a crossing charged particle
 * @param materialBudget thickness in radiation lengths (x/X0), for multiple scattering
 */
public record TrackerPlane(String name, Technology technology, Double zFront, Measures measures,
                           Segmentation grid, Double resolution, Double efficiency, Double materialBudget) {

    /** Detector technology. */
    public enum Technology {
        @JsonProperty("micromegas") MICROMEGAS,
        @JsonProperty("gem") GEM,
        @JsonProperty("straw") STRAW
    }

    /** The measured coordinates. */
    public enum Measures {
        @JsonProperty("x") X,
        @JsonProperty("y") Y,
        @JsonProperty("xy") XY;

        public boolean x() {
            return this != Y;
        }

        public boolean y() {
            return this != X;
        }
    }

    public TrackerPlane {
        Config.require("name", name);
        Config.require("technology", technology);
        Check.finite("zFront", Config.require("zFront", zFront));
        measures = Config.orDefault(measures, Measures.XY);
        Config.require("grid", grid);
        Check.positive("resolution", Config.require("resolution", resolution));
        Check.fraction("efficiency", Config.orDefault(efficiency, 1.0));
        Check.nonNegative("materialBudget", Config.require("materialBudget", materialBudget));
        if (materialBudget > 0.1) {
            throw InputException.outOfRange("materialBudget", materialBudget, "[0, 0.1] radiation lengths (a thin plane)");
        }
    }
}
