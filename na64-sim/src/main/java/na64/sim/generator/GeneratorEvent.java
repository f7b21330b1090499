package na64.sim.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event record for the HepMC3 and LHE writers: particles and vertices in the order the writers
 * need (every vertex after its incoming particles, every particle after its production vertex).
 * Generator-level emission events, and the truth record of simulated events ({@code na64.sim.export.TruthRecord}).
 *
 * @param number     event number (the random stream of the event is that of (seed, number))
 * @param weight     event weight: for generated events the production cross section per atom [pb], the same
 *                   for all events of a run (so that the mean weight is the cross section); for the truth
 *                   record of simulated events the number of real events the event stands for
 * @param particles  the particles
 * @param vertices   the vertices
 * @param attributes named event attributes (HepMC3 {@code A 0 name value}), in writing order; empty for generated events
 */
public record GeneratorEvent(long number, double weight, List<GeneratorParticle> particles,
                             List<GeneratorVertex> vertices, Map<String, String> attributes) {
    public GeneratorEvent {
        particles = List.copyOf(particles);
        vertices = List.copyOf(vertices);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public GeneratorEvent(long number, double weight, List<GeneratorParticle> particles, List<GeneratorVertex> vertices) {
        this(number, weight, particles, vertices, Map.of());
    }

    /** Collects the particles and vertices of one event in writing order. */
    public static final class Builder {
        private final List<GeneratorParticle> particles = new ArrayList<>();
        private final List<GeneratorVertex> vertices = new ArrayList<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();

        /** Adds an incoming particle (status 4, no production vertex); returns its index. */
        public int incoming(int pdg, double px, double py, double pz, double e, double mass) {
            particles.add(new GeneratorParticle(pdg, GeneratorParticle.INCOMING, px, py, pz, e, mass, -1));
            return particles.size() - 1;
        }

        /** Adds a vertex at (x, y, z, t) [mm] where the given particles end; returns its index. */
        public int vertex(double x, double y, double z, double t, List<Integer> incoming) {
            vertices.add(new GeneratorVertex(x, y, z, t, incoming));
            return vertices.size() - 1;
        }

        /** Adds a final-state particle leaving vertex {@code vertex}; returns its index. */
        public int outgoing(int vertex, int pdg, double px, double py, double pz, double e, double mass) {
            particles.add(new GeneratorParticle(pdg, GeneratorParticle.FINAL, px, py, pz, e, mass, vertex));
            return particles.size() - 1;
        }

        /** Marks particle {@code index} as decayed (status 2). */
        public void decayed(int index) {
            GeneratorParticle p = particles.get(index);
            particles.set(index, new GeneratorParticle(p.pdg(), GeneratorParticle.DECAYED, p.px(), p.py(), p.pz(), p.e(),
                    p.mass(), p.productionVertex()));
        }

        /** Adds a named event attribute (a one-line value). */
        public void attribute(String name, String value) {
            attributes.put(name, value);
        }

        public GeneratorParticle particle(int index) {
            return particles.get(index);
        }

        public GeneratorVertex vertexAt(int index) {
            return vertices.get(index);
        }

        public GeneratorEvent build(long number, double weight) {
            return new GeneratorEvent(number, weight, particles, vertices, attributes);
        }
    }
}
