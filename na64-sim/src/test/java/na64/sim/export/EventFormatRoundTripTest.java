package na64.sim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.sim.generator.EmissionProcess;
import na64.sim.generator.GeneratorEvent;
import na64.sim.generator.GeneratorParticle;
import na64.sim.generator.GeneratorVertex;
import na64.sim.generator.Processes;
import org.junit.jupiter.api.Test;

/** Write events as HepMC3 and LHE, read them back with the test's own readers, compare with the events written. */
class EventFormatRoundTripTest {
    private static final int EVENTS = 300;

    private static List<GeneratorEvent> events(EmissionProcess process) {
        List<GeneratorEvent> list = new ArrayList<>();
        for (long i = 0; i < EVENTS; i++) {
            list.add(process.event(i, RandomStreams.forEvent(3, i)));
        }
        return list;
    }

    private static String hepmc3(EmissionProcess process, List<GeneratorEvent> events) throws Exception {
        StringWriter text = new StringWriter();
        HepMC3Writer w = new HepMC3Writer(text, process, events.size(), "test");
        for (GeneratorEvent e : events) {
            w.write(e);
        }
        w.finish();
        return text.toString();
    }

    private static String lhe(EmissionProcess process, List<GeneratorEvent> events) throws Exception {
        StringWriter text = new StringWriter();
        LheWriter w = new LheWriter(text, process, events.size(), "test");
        for (GeneratorEvent e : events) {
            w.write(e);
        }
        w.finish();
        return text.toString();
    }

    private static List<EmissionProcess> processes() {
        return List.of(Processes.brem(Lepton.ELECTRON, Mediator.VECTOR, "Pb", 0.0167, 100, 1e-4, true),
                Processes.annihilation(0.225, 49.5, 1e-3, false),
                Processes.primakoff(0.05, 1e-3, "W", 50, true));
    }

    @Test
    void hepmc3RoundTripKeepsParticlesVerticesAndWeights() throws Exception {
        for (EmissionProcess process : processes()) {
            List<GeneratorEvent> written = events(process);
            HepMC3Reader read = new HepMC3Reader(hepmc3(process, written));
            assertThat(read.ended).isTrue();
            assertThat(read.weightNames).containsExactly("Default");
            assertThat(read.tool).first().isEqualTo("na64");
            assertThat(read.runAttributes.get("na64_process")).isEqualTo(process.description());
            assertThat(read.events).hasSize(EVENTS);
            for (int i = 0; i < EVENTS; i++) {
                GeneratorEvent g = written.get(i);
                HepMC3Reader.Event r = read.events.get(i);
                assertThat(r.number).isEqualTo(i);
                assertThat(r.momentumUnit).isEqualTo("GEV");
                assertThat(r.lengthUnit).isEqualTo("MM");
                assertThat(r.declaredParticles).isEqualTo(r.particles.size()).isEqualTo(g.particles().size());
                assertThat(r.declaredVertices).isEqualTo(r.vertices.size()).isEqualTo(g.vertices().size());
                assertThat(r.weights).containsExactly(process.crossSectionPb());
                String[] xs = r.attributes.get("GenCrossSection").split(" ");
                assertThat(Double.parseDouble(xs[0])).isEqualTo(process.crossSectionPb());
                for (int k = 0; k < g.particles().size(); k++) {
                    GeneratorParticle p = g.particles().get(k);
                    HepMC3Reader.Particle q = r.particles.get(k + 1);
                    assertThat(q.pdg()).isEqualTo(p.pdg());
                    assertThat(q.status()).isEqualTo(p.status());
                    assertThat(q.p()).containsExactly(p.px(), p.py(), p.pz(), p.e());
                    assertThat(q.mass()).isEqualTo(p.mass());
                    assertThat(q.parent()).isEqualTo(p.productionVertex() < 0 ? 0 : -(p.productionVertex() + 1));
                }
                for (int v = 0; v < g.vertices().size(); v++) {
                    GeneratorVertex gv = g.vertices().get(v);
                    HepMC3Reader.Vertex rv = r.vertices.get(-(v + 1));
                    assertThat(rv.incoming()).containsExactlyInAnyOrderElementsOf(gv.incoming().stream().map(k -> k + 1).toList());
                    assertThat(rv.position()).containsExactly(gv.x(), gv.y(), gv.z(), gv.t());
                }
            }
        }
    }

    @Test
    void lheRoundTripKeepsParticlesMothersAndWeights() throws Exception {
        for (EmissionProcess process : processes()) {
            List<GeneratorEvent> written = events(process);
            String text = lhe(process, written);
            // an LHE 3.0 file is well-formed XML
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            LheReader read = new LheReader(text);
            assertThat(read.version).isEqualTo("3.0");
            EmissionProcess.Beams beams = process.beams();
            assertThat(read.beamIds).containsExactly(beams.projectilePdg(), beams.targetPdg());
            assertThat(read.beamEnergies).containsExactly(beams.projectileEnergy(), beams.targetEnergy());
            assertThat(read.weightStrategy).isEqualTo(4);
            assertThat(read.processes).isEqualTo(1);
            assertThat(read.crossSection).isEqualTo(process.crossSectionPb());
            assertThat(read.events).hasSize(EVENTS);
            double meanWeight = 0;
            for (int i = 0; i < EVENTS; i++) {
                GeneratorEvent g = written.get(i);
                LheReader.Event r = read.events.get(i);
                meanWeight += r.weight() / EVENTS;
                assertThat(r.nup()).isEqualTo(g.particles().size()).isEqualTo(r.lines().size());
                for (int k = 0; k < g.particles().size(); k++) {
                    GeneratorParticle p = g.particles().get(k);
                    LheReader.Line l = r.lines().get(k);
                    assertThat(l.id()).isEqualTo(p.pdg());
                    int expectedStatus = p.status() == GeneratorParticle.INCOMING ? -1 : p.status() == GeneratorParticle.DECAYED ? 2 : 1;
                    assertThat(l.status()).isEqualTo(expectedStatus);
                    assertThat(l.p()).containsExactly(p.px(), p.py(), p.pz(), p.e(), p.mass());
                    if (p.productionVertex() < 0) {
                        assertThat(l.mother1()).isZero();
                        assertThat(l.mother2()).isZero();
                    } else {
                        List<Integer> in = g.vertices().get(p.productionVertex()).incoming();
                        assertThat(l.mother1() - 1).isEqualTo(in.get(0));
                        assertThat(l.mother2() - 1).isEqualTo(in.get(in.size() - 1));
                    }
                    if (p.status() == GeneratorParticle.DECAYED) {
                        // c tau = lab flight distance m / p, from the decay vertex of the event
                        int index = k;
                        GeneratorVertex decay = g.vertices().stream().filter(v -> v.incoming().equals(List.of(index))).findFirst()
                                .orElseThrow();
                        double d = Math.sqrt(decay.x() * decay.x() + decay.y() * decay.y() + decay.z() * decay.z());
                        assertThat(l.lifetime()).isCloseTo(d * p.mass() / p.momentum(), within(1e-12 * d));
                    } else {
                        assertThat(l.lifetime()).isZero();
                    }
                }
            }
            assertThat(meanWeight).isCloseTo(read.crossSection, within(1e-12 * read.crossSection));
        }
    }
}
