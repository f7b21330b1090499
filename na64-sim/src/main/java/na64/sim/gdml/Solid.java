package na64.sim.gdml;

/**
 * The shapes na64 setups are made of, with full lengths in cm along x, y, z (GDML's convention of
 * full, not half, lengths). Every shape is centred on its own origin, its axis along z.
 */
public sealed interface Solid {

    /** Full size of the bounding box along x, y, z [cm]. */
    double[] size();

    /** A rectangular block. */
    record Box(double x, double y, double z) implements Solid {
        @Override
        public double[] size() {
            return new double[] {x, y, z};
        }
    }

    /** A block with a central rectangular hole through it along z (halo vetoes); hole sizes full lengths. */
    record BoxWithHole(double x, double y, double z, double holeX, double holeY) implements Solid {
        @Override
        public double[] size() {
            return new double[] {x, y, z};
        }
    }

    /** A full cylinder of radius r and length z (the decay volume). */
    record Tube(double radius, double z) implements Solid {
        @Override
        public double[] size() {
            return new double[] {2 * radius, 2 * radius, z};
        }
    }
}
