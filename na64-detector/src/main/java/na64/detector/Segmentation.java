package na64.detector;

import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;

/**
 * The transverse size and segmentation of an element as written in a setup file: nx x ny cells
 * of pitchX x pitchY [cm] centred on (x0, y0) [cm], with an optional central rectangular hole of
 * half widths holeX, holeY [cm]. Bound from YAML, turned into a {@link CellGrid} for the simulation.
 *
 * <pre>
 * grid: {nx: 6, ny: 6, pitch: 3.82}                    # square cells
 * grid: {nx: 4, ny: 4, pitch: 12, holeX: 6, holeY: 6}  # a veto calorimeter with a hole
 * grid: {nx: 1, ny: 1, pitchX: 4, pitchY: 4}           # a single 4 x 4 cm^2 counter
 * </pre>
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Segmentation(Integer nx, Integer ny, Double pitch, Double pitchX, Double pitchY,
                           Double x0, Double y0, Double holeX, Double holeY) {

    public Segmentation {
        nx = Config.orDefault(nx, 1);
        ny = Config.orDefault(ny, 1);
        if (nx < 1) {
            throw InputException.outOfRange("nx", nx, "an integer >= 1");
        }
        if (ny < 1) {
            throw InputException.outOfRange("ny", ny, "an integer >= 1");
        }
        if (pitch != null && (pitchX != null || pitchY != null)) {
            throw new InputException("pitch", "give either 'pitch' (square cells) or 'pitchX' and 'pitchY', not both");
        }
        if (pitch != null) {
            Check.positive("pitch", pitch);
            pitchX = pitch;
            pitchY = pitch;
            pitch = null;
        }
        Check.positive("pitchX", Config.require("pitchX", pitchX));
        Check.positive("pitchY", Config.require("pitchY", pitchY));
        x0 = Check.finite("x0", Config.orDefault(x0, 0.0));
        y0 = Check.finite("y0", Config.orDefault(y0, 0.0));
        holeX = Check.nonNegative("holeX", Config.orDefault(holeX, 0.0));
        holeY = Check.nonNegative("holeY", Config.orDefault(holeY, 0.0));
        if ((holeX > 0) != (holeY > 0)) {
            throw new InputException("holeX", "a hole needs both holeX and holeY > 0 (half widths in cm)");
        }
        if (holeX >= 0.5 * nx * pitchX || holeY >= 0.5 * ny * pitchY) {
            throw new InputException("holeX", "the hole (" + 2 * holeX + " x " + 2 * holeY
                    + " cm) is as large as the element itself");
        }
    }

    /** Square cells of pitch p [cm] centred on the beam axis. */
    public static Segmentation square(int nx, int ny, double p) {
        return new Segmentation(nx, ny, p, null, null, null, null, null, null);
    }

    /** The grid the simulation uses. */
    public CellGrid cellGrid() {
        return new CellGrid(nx, ny, pitchX, pitchY, x0, y0, holeX, holeY);
    }

    /** True if (x, y) [cm] lies on the element (inside its outline and outside its hole). */
    public boolean covers(double x, double y) {
        return cellGrid().cellAt(x, y) >= 0;
    }

    public double halfWidthX() {
        return 0.5 * nx * pitchX;
    }

    public double halfWidthY() {
        return 0.5 * ny * pitchY;
    }
}
