package na64.sim.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.sim.generator.EmissionProcess;
import na64.sim.generator.GeneratorEvent;
import na64.sim.generator.GeneratorParticle;
import na64.sim.generator.GeneratorVertex;

/**
 * HepMC3 ASCII output ("Asciiv3", the format of HepMC3's WriterAscii/ReaderAscii, HepMC3 3.x):
 * <pre>
 * HepMC::Version 3.03.01
 * HepMC::Asciiv3-START_EVENT_LISTING
 * W Default                                  weight names of the run
 * T na64\|VERSION\|DESCRIPTION               the tool that wrote the file
 * A name TEXT                                run attributes (na64_process, na64_units, ...)
 * E number vertices particles
 * U GEV MM
 * W weight
 * A 0 GenCrossSection sigma error accepted attempted     [pb], only for runs with a cross section
 * A 0 name TEXT                              event attributes, if any
 * P id parent pdg px py pz e m status       parent: a vertex id (negative) or 0
 * V id status [in,in,...] @ x y z t          before its first outgoing particle (vertices without any: after the particles)
 * HepMC::Asciiv3-END_EVENT_LISTING
 * </pre>
 * Particle ids are 1, 2, ... in event order, vertex ids -1, -2, ...; momenta in GeV, positions and c t
 * in mm. Status: 4 incoming, 1 final state, 2 decayed. Used by {@code na64 generate} (with a cross
 * section) and {@code na64 simulate --hepmc3} (the truth record, without).
 */
public final class HepMC3Writer implements EventWriter {
    private static final String VERSION = "3.03.01";

    private final Writer out;
    /** Null for runs without a cross section (simulated events). */
    private final CrossSection crossSection;

    /**
     * The GenCrossSection attribute of every event.
     *
     * @param pb     the cross section [pb]
     * @param events the number of events the file will hold (accepted and attempted)
     */
    public record CrossSection(double pb, long events) {
    }

    /** The writer of {@code na64 generate}: the process, its cross section and the weights in pb. */
    public HepMC3Writer(Writer out, EmissionProcess process, long events, String generatorVersion) throws IOException {
        this(out, generatorVersion, "dark-sector emission generator (na64 generate)", generatorAttributes(process),
                new CrossSection(process.crossSectionPb(), events));
    }

    /**
     * @param description   what wrote the file, the third field of the T line
     * @param runAttributes run attributes ({@code A name value}), written in iteration order
     * @param crossSection  the cross section of every event, or null for none
     */
    public HepMC3Writer(Writer out, String version, String description, Map<String, String> runAttributes,
                        CrossSection crossSection) throws IOException {
        this.out = out;
        this.crossSection = crossSection;
        out.write("HepMC::Version " + VERSION + "\n");
        out.write("HepMC::Asciiv3-START_EVENT_LISTING\n");
        out.write("W Default\n");
        out.write("T " + escape("na64\n" + version + "\n" + description) + "\n");
        for (Map.Entry<String, String> a : runAttributes.entrySet()) {
            out.write("A " + a.getKey() + " " + escape(a.getValue()) + "\n");
        }
    }

    private static Map<String, String> generatorAttributes(EmissionProcess process) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("na64_process", process.description());
        a.put("na64_units", "momenta and energies in GeV, lengths and c t in mm, weights in pb");
        return a;
    }

    @Override
    public void write(GeneratorEvent event) throws IOException {
        List<GeneratorParticle> particles = event.particles();
        List<GeneratorVertex> vertices = event.vertices();
        StringBuilder s = new StringBuilder(128 * (particles.size() + vertices.size()));
        s.append("E ").append(event.number()).append(' ').append(vertices.size()).append(' ').append(particles.size()).append('\n');
        s.append("U GEV MM\n");
        s.append("W ").append(number(event.weight())).append('\n');
        if (crossSection != null) {
            s.append("A 0 GenCrossSection ").append(number(crossSection.pb())).append(" 0 ")
                    .append(crossSection.events()).append(' ').append(crossSection.events()).append('\n');
        }
        for (Map.Entry<String, String> a : event.attributes().entrySet()) {
            s.append("A 0 ").append(a.getKey()).append(' ').append(escape(a.getValue())).append('\n');
        }
        boolean[] written = new boolean[vertices.size()];
        for (int i = 0; i < particles.size(); i++) {
            GeneratorParticle p = particles.get(i);
            int v = p.productionVertex();
            if (v >= 0 && !written[v]) {
                vertex(s, v, vertices.get(v));
                written[v] = true;
            }
            s.append("P ").append(i + 1).append(' ').append(v >= 0 ? -(v + 1) : 0).append(' ').append(p.pdg());
            for (double x : new double[] {p.px(), p.py(), p.pz(), p.e(), p.mass()}) {
                s.append(' ').append(number(x));
            }
            s.append(' ').append(p.status()).append('\n');
        }
        // vertices with no outgoing particle (a decay whose products are not in the record) after all particles
        for (int v = 0; v < vertices.size(); v++) {
            if (!written[v]) {
                vertex(s, v, vertices.get(v));
            }
        }
        out.write(s.toString());
    }

    private static void vertex(StringBuilder s, int index, GeneratorVertex v) {
        List<String> in = new ArrayList<>();
        v.incoming().stream().sorted().forEach(i -> in.add(Integer.toString(i + 1)));
        s.append("V ").append(-(index + 1)).append(" 0 [").append(String.join(",", in)).append(']');
        if (v.x() != 0 || v.y() != 0 || v.z() != 0 || v.t() != 0) {
            s.append(" @ ").append(number(v.x())).append(' ').append(number(v.y())).append(' ')
                    .append(number(v.z())).append(' ').append(number(v.t()));
        }
        s.append('\n');
    }

    @Override
    public void finish() throws IOException {
        out.write("HepMC::Asciiv3-END_EVENT_LISTING\n\n");
        out.flush();
    }

    /** 17 significant digits: every double is read back exactly. */
    static String number(double x) {
        return String.format(Locale.ROOT, "%.16e", x);
    }

    /** HepMC3's escaping of strings on one line: backslash doubled, newline as \|. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\|");
    }
}
