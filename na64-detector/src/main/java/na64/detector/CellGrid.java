package na64.detector;

/**
 * The transverse segmentation of a detector: nx x ny rectangular cells centred on (x0, y0), cell
 * index = iy * nx + ix with ix, iy counted from the lower-left corner; an optional rectangular
 * central hole (the veto HCAL) in which no material is.
 */
public record CellGrid(int nx, int ny, double pitchX, double pitchY, double x0, double y0,
                       double holeHalfWidthX, double holeHalfWidthY) {

    public CellGrid {
        if (nx < 1 || ny < 1 || !(pitchX > 0) || !(pitchY > 0) || holeHalfWidthX < 0 || holeHalfWidthY < 0) {
            throw new IllegalArgumentException("bad cell grid " + nx + "x" + ny + " pitch " + pitchX + "x" + pitchY);
        }
    }

    public static CellGrid of(int nx, int ny, double pitchX, double pitchY) {
        return new CellGrid(nx, ny, pitchX, pitchY, 0, 0, 0, 0);
    }

    public int cells() {
        return nx * ny;
    }

    public double halfWidthX() {
        return 0.5 * nx * pitchX;
    }

    public double halfWidthY() {
        return 0.5 * ny * pitchY;
    }

    /** The cell containing (x, y), or -1 outside the grid or inside the hole. */
    public int cellAt(double x, double y) {
        double u = x - x0;
        double v = y - y0;
        if (Math.abs(u) < holeHalfWidthX && Math.abs(v) < holeHalfWidthY) {
            return -1;
        }
        int ix = (int) Math.floor((u + halfWidthX()) / pitchX);
        int iy = (int) Math.floor((v + halfWidthY()) / pitchY);
        if (ix < 0 || ix >= nx || iy < 0 || iy >= ny) {
            return -1;
        }
        return iy * nx + ix;
    }

    /** Centre x of cell column ix. */
    public double cellCenterX(int ix) {
        return x0 - halfWidthX() + (ix + 0.5) * pitchX;
    }

    /** Centre y of cell row iy. */
    public double cellCenterY(int iy) {
        return y0 - halfWidthY() + (iy + 0.5) * pitchY;
    }
}
