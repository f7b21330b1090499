package na64.sim.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import na64.physics.PhysicalConstants;
import na64.sim.generator.EmissionProcess;
import na64.sim.generator.GeneratorEvent;
import na64.sim.generator.GeneratorParticle;
import na64.sim.generator.GeneratorVertex;

/**
 * Les Houches Event File, version 3.0 (Alwall et al., hep-ph/0609017; Andersen et al.,
 * arXiv:1405.1067): the common blocks HEPRUP (in {@code <init>}) and HEPEUP (one
 * {@code <event>} each) as text.
 * <pre>
 * &lt;init&gt;  IDBMUP(1) IDBMUP(2) EBMUP(1) EBMUP(2) PDFGUP(1) PDFGUP(2) PDFSUP(1) PDFSUP(2) IDWTUP NPRUP
 *          XSECUP XERRUP XMAXUP LPRUP
 * &lt;event&gt; NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP
 *          IDUP ISTUP MOTHUP(1) MOTHUP(2) ICOLUP(1) ICOLUP(2) PUP(1..5) VTIMUP SPINUP   (NUP lines)
 * </pre>
 * Beam 1 is the projectile along +z, beam 2 the target at rest (its energy is its mass); no PDFs.
 * IDWTUP = 4: the mean of XWGTUP is the cross section [pb]; every event has weight XSECUP.
 * ISTUP: -1 incoming, 1 final state, 2 decayed resonance (X). Mothers are 1-based lines (0 for the
 * incoming ones). VTIMUP of a decayed X is its proper flight distance c tau [mm] (lab distance
 * times m/p), 0 otherwise. SPINUP = 9 (not given). Units GeV; LHE has no positions.
 */
public final class LheWriter implements EventWriter {
    private final Writer out;

    public LheWriter(Writer out, EmissionProcess process, long events, String generatorVersion) throws IOException {
        this.out = out;

        EmissionProcess.Beams beams = process.beams();
        double sigma = process.crossSectionPb();
        out.write("<LesHouchesEvents version=\"3.0\">\n");
        out.write("<header>\n");
        out.write("<!--\n  written by na64 generate (" + xml(generatorVersion) + ")\n  " + xml(process.description())
                + "\n  events: " + events + "; units: GeV; weights: pb (IDWTUP = 4, mean weight = cross section per atom)\n-->\n");
        out.write("</header>\n");
        out.write("<init>\n");
        out.write(String.format(Locale.ROOT, "%d %d %s %s 0 0 0 0 4 1%n", beams.projectilePdg(), beams.targetPdg(),
                number(beams.projectileEnergy()), number(beams.targetEnergy())));
        out.write(String.format(Locale.ROOT, "%s %s %s 1%n", number(sigma), number(0), number(sigma)));
        out.write("<generator name=\"na64\" version=\"" + xml(generatorVersion) + "\">" + xml(process.name()) + "</generator>\n");
        out.write("</init>\n");
    }

    @Override
    public void write(GeneratorEvent event) throws IOException {
        List<GeneratorParticle> particles = event.particles();
        double scale = 0;
        for (GeneratorParticle p : particles) {
            if (p.pdg() == na64.physics.ParticleType.DARK_BOSON.pdg()) {
                scale = p.mass();
            }
        }
        StringBuilder s = new StringBuilder(160 * (particles.size() + 1));
        s.append("<event>\n");
        s.append(String.format(Locale.ROOT, "%d 1 %s %s %s -1%n", particles.size(), number(event.weight()), number(scale),
                number(PhysicalConstants.ALPHA)));
        for (int i = 0; i < particles.size(); i++) {
            GeneratorParticle p = particles.get(i);
            int first = 0;
            int last = 0;
            if (p.productionVertex() >= 0) {
                List<Integer> mothers = event.vertices().get(p.productionVertex()).incoming();
                first = mothers.stream().mapToInt(Integer::intValue).min().orElseThrow() + 1;
                last = mothers.stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
            }
            s.append(String.format(Locale.ROOT, "%d %d %d %d 0 0 %s %s %s %s %s %s 9%n", p.pdg(), status(p), first, last,
                    number(p.px()), number(p.py()), number(p.pz()), number(p.e()), number(p.mass()),
                    number(properFlight(event, i))));
        }
        s.append("</event>\n");
        out.write(s.toString());
    }

    /** c tau [mm] from the production to the decay vertex of particle i, 0 if it does not decay. */
    private static double properFlight(GeneratorEvent event, int i) {
        GeneratorParticle p = event.particles().get(i);
        if (p.status() != GeneratorParticle.DECAYED || p.productionVertex() < 0) {
            return 0;
        }
        GeneratorVertex from = event.vertices().get(p.productionVertex());
        for (GeneratorVertex v : event.vertices()) {
            if (v.incoming().contains(i)) {
                double dx = v.x() - from.x();
                double dy = v.y() - from.y();
                double dz = v.z() - from.z();
                return Math.sqrt(dx * dx + dy * dy + dz * dz) * p.mass() / p.momentum();
            }
        }
        return 0;
    }

    private static int status(GeneratorParticle p) {
        return switch (p.status()) {
            case GeneratorParticle.INCOMING -> -1;
            case GeneratorParticle.DECAYED -> 2;
            default -> 1;
        };
    }

    @Override
    public void finish() throws IOException {
        out.write("</LesHouchesEvents>\n");
        out.flush();
    }

    private static String number(double x) {
        return HepMC3Writer.number(x);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("--", "- -");
    }
}
