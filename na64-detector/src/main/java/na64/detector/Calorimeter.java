package na64.detector;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * A segmented calorimeter (ECAL, HCAL module, WCAL, VHCAL, SRD): a block of one sampling
 * structure starting at {@code zFront}, divided transversely into the cells of {@code grid} and
 * longitudinally into readout {@link Section}s (upstream first). Readout channel index =
 * section * cells + cell, as in the simulation's per-event energy deposits.
 *
 * @param name       unique detector name ("ECAL", "HCAL1", "VHCAL", "SRD")
 * @param group      detectors summed together in summaries ("HCAL" for HCAL1..HCAL4); default: the name
 * @param kind       what the calorimeter is built to measure (electromagnetic or hadronic showers)
 * @param zFront     z of the front face [cm]
 * @param material   the material name (setup-local sampling structure or a {@code Materials} name)
 * @param grid       transverse size and cells
 * @param sections   longitudinal readout sections, upstream first (their depths add up to the depth)
 * @param resolution energy resolution on the electromagnetic scale
 */
public record Calorimeter(String name, String group, Kind kind, Double zFront, String material,
                          Segmentation grid, List<Section> sections, Resolution resolution) {

    /** The kind of shower a calorimeter is designed for. */
    public enum Kind {
        @JsonProperty("electromagnetic") ELECTROMAGNETIC,
        @JsonProperty("hadronic") HADRONIC
    }

    public Calorimeter {
        Config.require("name", name);
        group = Config.orDefault(group, name);
        Config.require("kind", kind);
        Check.finite("zFront", Config.require("zFront", zFront));
        Config.require("material", material);
        Config.require("grid", grid);
        Config.require("sections", sections);
        if (sections.isEmpty()) {
            throw new InputException("sections", name + ": at least one section is needed");
        }
        sections = List.copyOf(sections);
        resolution = Config.orDefault(resolution, new Resolution(null, null, null));
    }

    /** Total depth along the beam [cm]. */
    @JsonIgnore
    public double depth() {
        double d = 0;
        for (Section s : sections) {
            d += s.depth();
        }
        return d;
    }

    /** z of the back face [cm]. */
    @JsonIgnore
    public double zBack() {
        return zFront + depth();
    }

    /** z [cm] where each section ends (the last one is {@link #zBack()}). */
    @JsonIgnore
    public double[] sectionEnds() {
        double[] ends = new double[sections.size()];
        double z = zFront;
        for (int i = 0; i < ends.length; i++) {
            z += sections.get(i).depth();
            ends[i] = z;
        }
        return ends;
    }

    /** The section containing z, or -1 outside the calorimeter. */
    public int sectionAt(double z) {
        if (z < zFront) {
            return -1;
        }
        double end = zFront;
        for (int i = 0; i < sections.size(); i++) {
            end += sections.get(i).depth();
            if (z < end) {
                return i;
            }
        }
        return -1;
    }

    @JsonIgnore
    public CellGrid cellGrid() {
        return grid.cellGrid();
    }

    /** Number of readout channels = sections x cells. */
    @JsonIgnore
    public int channels() {
        return sections.size() * grid.nx() * grid.ny();
    }

    /** The readout channel of cell {@code cell} in section {@code section}. */
    public int channel(int section, int cell) {
        return section * grid.nx() * grid.ny() + cell;
    }
}
