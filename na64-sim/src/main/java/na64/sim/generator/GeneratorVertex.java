package na64.sim.generator;

import java.util.List;

/**
 * A vertex of a generator-level event: where its incoming particles end and its outgoing ones start.
 *
 * @param x        position x [mm]
 * @param y        position y [mm]
 * @param z        position z [mm]
 * @param t        time c t [mm] (c = 1)
 * @param incoming indices into {@link GeneratorEvent#particles()} of the particles ending here
 */
public record GeneratorVertex(double x, double y, double z, double t, List<Integer> incoming) {
    public GeneratorVertex {
        incoming = List.copyOf(incoming);
    }
}
