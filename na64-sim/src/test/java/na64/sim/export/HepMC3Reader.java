package na64.sim.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal reader of HepMC3 ASCII (Asciiv3) written for the tests from the format definition
 * (HepMC3 documentation, "ASCII file format"), independent of {@link HepMC3Writer}: it keeps the
 * E, U, W, A, P and V lines and checks the structure as a reader would (a particle's parent vertex
 * defined before it, incoming ids defined before their vertex).
 */
final class HepMC3Reader {
    record Particle(int id, int parent, int pdg, double[] p, double mass, int status) {
    }

    record Vertex(int id, int status, List<Integer> incoming, double[] position) {
    }

    static final class Event {
        int number;
        int declaredVertices;
        int declaredParticles;
        String momentumUnit;
        String lengthUnit;
        List<Double> weights = new ArrayList<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<Integer, Particle> particles = new LinkedHashMap<>();
        Map<Integer, Vertex> vertices = new LinkedHashMap<>();
    }

    final String version;
    final List<String> weightNames = new ArrayList<>();
    final List<String> tool = new ArrayList<>();
    final Map<String, String> runAttributes = new LinkedHashMap<>();
    final List<Event> events = new ArrayList<>();
    boolean ended;

    HepMC3Reader(String text) {
        String[] lines = text.split("\n");
        if (!lines[0].startsWith("HepMC::Version 3")) {
            throw new IllegalArgumentException("no HepMC3 version line: " + lines[0]);
        }
        version = lines[0].substring("HepMC::Version ".length());
        if (!lines[1].equals("HepMC::Asciiv3-START_EVENT_LISTING")) {
            throw new IllegalArgumentException("no Asciiv3 start line: " + lines[1]);
        }
        Event event = null;
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("HepMC::Asciiv3-END_EVENT_LISTING")) {
                ended = true;
                continue;
            }
            if (ended) {
                throw new IllegalArgumentException("line after the end of the listing: " + line);
            }
            String[] f = line.trim().split("\\s+");
            switch (f[0]) {
                case "E" -> {
                    event = new Event();
                    event.number = Integer.parseInt(f[1]);
                    event.declaredVertices = Integer.parseInt(f[2]);
                    event.declaredParticles = Integer.parseInt(f[3]);
                    events.add(event);
                }
                case "U" -> {
                    event.momentumUnit = f[1];
                    event.lengthUnit = f[2];
                }
                case "W" -> {
                    if (event == null) {
                        for (int k = 1; k < f.length; k++) {
                            weightNames.add(f[k]);
                        }
                    } else {
                        for (int k = 1; k < f.length; k++) {
                            event.weights.add(Double.parseDouble(f[k]));
                        }
                    }
                }
                case "T" -> tool.addAll(List.of(line.substring(2).split("\\\\\\|")));
                case "A" -> {
                    if (event == null) {
                        runAttributes.put(f[1], line.substring(line.indexOf(f[1]) + f[1].length()).trim());
                    } else {
                        String rest = line.substring(2).trim();
                        String afterId = rest.substring(rest.indexOf(' ') + 1);
                        int space = afterId.indexOf(' ');
                        event.attributes.put(afterId.substring(0, space), afterId.substring(space + 1));
                    }
                }
                case "V" -> {
                    int id = Integer.parseInt(f[1]);
                    int status = Integer.parseInt(f[2]);
                    String list = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
                    List<Integer> in = new ArrayList<>();
                    for (String s : list.split(",")) {
                        if (!s.isBlank()) {
                            int pid = Integer.parseInt(s.trim());
                            if (!event.particles.containsKey(pid)) {
                                throw new IllegalArgumentException("vertex " + id + " lists particle " + pid + " before it is defined");
                            }
                            in.add(pid);
                        }
                    }
                    double[] pos = new double[4];
                    int at = line.indexOf('@');
                    if (at >= 0) {
                        String[] q = line.substring(at + 1).trim().split("\\s+");
                        for (int k = 0; k < 4; k++) {
                            pos[k] = Double.parseDouble(q[k]);
                        }
                    }
                    event.vertices.put(id, new Vertex(id, status, in, pos));
                }
                case "P" -> {
                    int id = Integer.parseInt(f[1]);
                    int parent = Integer.parseInt(f[2]);
                    if (parent < 0 && !event.vertices.containsKey(parent)) {
                        throw new IllegalArgumentException("particle " + id + " comes from vertex " + parent + " not yet defined");
                    }
                    double[] p = {Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7])};
                    event.particles.put(id, new Particle(id, parent, Integer.parseInt(f[3]), p, Double.parseDouble(f[8]),
                            Integer.parseInt(f[9])));
                }
                default -> throw new IllegalArgumentException("unknown line type: " + line);
            }
        }
    }
}
