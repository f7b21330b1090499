package na64.sim.gdml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import na64.core.InputException;
import na64.physics.material.LayeredMaterial;
import na64.physics.material.Material;
import na64.detector.Calorimeter;
import na64.detector.Counter;
import na64.detector.Setup;
import na64.detector.Setups;
import na64.detector.Slab;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The GDML of every built-in setup: valid against Geant4's GDML schema (test resources
 * gdml-schema/, see its README), every element of the setup present with its material, and no
 * overlaps, checked from the written file alone: every daughter inside its mother, no two
 * daughters of one mother sharing volume.
 */
class GdmlExportTest {

    private static String gdml(Setup setup) {
        return GdmlWriter.write(SetupGeometry.of(setup), Map.of("setup", setup.name()));
    }

    private static Document parse(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everySetupIsValidGdml() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schemaUrl = GdmlExportTest.class.getResource("/gdml-schema/gdml.xsd");
        var validator = factory.newSchema(schemaUrl).newValidator();
        for (String name : Setups.names()) {
            validator.validate(new StreamSource(new StringReader(gdml(Setups.load(name)))));
        }
        // the validator does reject what the schema forbids (a box without its x)
        String broken = gdml(Setups.load("na64e-2022")).replaceFirst("<box name=\"([^\"]*)\" x=\"[^\"]*\"", "<box name=\"$1\"");
        assertThatThrownBy(() -> validator.validate(new StreamSource(new StringReader(broken)))).hasMessageContaining("'x'");
    }

    /** A solid's bounding box as full lengths [mm] and whether it is a tube (radius = x/2). */
    private record Shape(double x, double y, double z, boolean tube) {
    }

    private record Daughter(String volume, double x, double y, double z) {
    }

    @Test
    void noVolumeOverlapsAndAllInsideTheirMothers() throws Exception {
        for (String name : Setups.names()) {
            Document doc = parse(gdml(Setups.load(name)));
            Map<String, Shape> solids = new HashMap<>();
            NodeList boxes = doc.getElementsByTagName("box");
            for (int i = 0; i < boxes.getLength(); i++) {
                var b = (org.w3c.dom.Element) boxes.item(i);
                assertThat(b.getAttribute("lunit")).isEqualTo("mm");
                solids.put(b.getAttribute("name"), new Shape(num(b, "x"), num(b, "y"), num(b, "z"), false));
            }
            NodeList tubes = doc.getElementsByTagName("tube");
            for (int i = 0; i < tubes.getLength(); i++) {
                var t = (org.w3c.dom.Element) tubes.item(i);
                solids.put(t.getAttribute("name"), new Shape(2 * num(t, "rmax"), 2 * num(t, "rmax"), num(t, "z"), true));
            }
            NodeList subtractions = doc.getElementsByTagName("subtraction");
            for (int i = 0; i < subtractions.getLength(); i++) {
                var s = (org.w3c.dom.Element) subtractions.item(i);
                String first = ((org.w3c.dom.Element) s.getElementsByTagName("first").item(0)).getAttribute("ref");
                solids.put(s.getAttribute("name"), solids.get(first));
            }
            Map<String, Shape> volumeShape = new HashMap<>();
            Map<String, List<Daughter>> daughters = new HashMap<>();
            NodeList volumes = doc.getElementsByTagName("volume");
            for (int i = 0; i < volumes.getLength(); i++) {
                var v = (org.w3c.dom.Element) volumes.item(i);
                String solid = ((org.w3c.dom.Element) v.getElementsByTagName("solidref").item(0)).getAttribute("ref");
                volumeShape.put(v.getAttribute("name"), solids.get(solid));
                List<Daughter> list = new ArrayList<>();
                NodeList pv = v.getElementsByTagName("physvol");
                for (int k = 0; k < pv.getLength(); k++) {
                    var p = (org.w3c.dom.Element) pv.item(k);
                    var pos = (org.w3c.dom.Element) p.getElementsByTagName("position").item(0);
                    assertThat(pos.getAttribute("unit")).isEqualTo("mm");
                    String ref = ((org.w3c.dom.Element) p.getElementsByTagName("volumeref").item(0)).getAttribute("ref");
                    assertThat(volumeShape).as("daughter %s defined before %s", ref, v.getAttribute("name")).containsKey(ref);
                    list.add(new Daughter(ref, num(pos, "x"), num(pos, "y"), num(pos, "z")));
                }
                daughters.put(v.getAttribute("name"), list);
            }
            String world = ((org.w3c.dom.Element) doc.getElementsByTagName("world").item(0)).getAttribute("ref");
            int placed = checkTree(world, volumeShape, daughters, name);
            assertThat(placed).as(name).isGreaterThan(10);
        }
    }

    private static double num(org.w3c.dom.Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** Checks the daughters of a volume (and theirs); returns how many placements lie below it. */
    private static int checkTree(String mother, Map<String, Shape> shapes, Map<String, List<Daughter>> daughters, String setup) {
        Shape m = shapes.get(mother);
        List<Daughter> list = daughters.get(mother);
        double tolerance = 1e-6; // mm
        int count = 0;
        for (int i = 0; i < list.size(); i++) {
            Daughter d = list.get(i);
            Shape s = shapes.get(d.volume());
            double[] lo = {d.x() - s.x() / 2, d.y() - s.y() / 2, d.z() - s.z() / 2};
            double[] hi = {d.x() + s.x() / 2, d.y() + s.y() / 2, d.z() + s.z() / 2};
            double[] half = {m.x() / 2, m.y() / 2, m.z() / 2};
            for (int k = 0; k < 3; k++) {
                assertThat(lo[k]).as("%s: %s inside %s, axis %d", setup, d.volume(), mother, k).isGreaterThanOrEqualTo(-half[k] - tolerance);
                assertThat(hi[k]).as("%s: %s inside %s, axis %d", setup, d.volume(), mother, k).isLessThanOrEqualTo(half[k] + tolerance);
            }
            if (m.tube()) {
                for (double x : new double[] {lo[0], hi[0]}) {
                    for (double y : new double[] {lo[1], hi[1]}) {
                        assertThat(Math.hypot(x, y)).as("%s: %s inside the tube %s", setup, d.volume(), mother).isLessThanOrEqualTo(half[0] + tolerance);
                    }
                }
            }
            for (int j = i + 1; j < list.size(); j++) {
                Daughter e = list.get(j);
                Shape t = shapes.get(e.volume());
                boolean overlap = true;
                double[] dc = {d.x(), d.y(), d.z()};
                double[] ec = {e.x(), e.y(), e.z()};
                double[] ds = {s.x(), s.y(), s.z()};
                double[] es = {t.x(), t.y(), t.z()};
                for (int k = 0; k < 3; k++) {
                    double common = Math.min(dc[k] + ds[k] / 2, ec[k] + es[k] / 2) - Math.max(dc[k] - ds[k] / 2, ec[k] - es[k] / 2);
                    overlap &= common > tolerance;
                }
                assertThat(overlap).as("%s: %s and %s overlap in %s", setup, d.volume(), e.volume(), mother).isFalse();
            }
            count += 1 + checkTree(d.volume(), shapes, daughters, setup);
        }
        return count;
    }

    @Test
    void everyElementIsThereWithItsMaterialAndLayers() throws Exception {
        Setup setup = Setups.load("na64e-2022");
        Document doc = parse(gdml(setup));
        XPath xpath = XPathFactory.newInstance().newXPath();
        for (Counter c : setup.counters()) {
            String material = xpath.evaluate("/gdml/structure/volume[@name='" + c.name() + "']/materialref/@ref", doc);
            assertThat(material).as(c.name()).isEqualTo(GdmlWriter.materialName(setup.material(c.material())));
            String solid = xpath.evaluate("/gdml/structure/volume[@name='" + c.name() + "']/solidref/@ref", doc);
            // a counter with a hole is a subtraction whose first solid is the outer block
            String z = xpath.evaluate("/gdml/solids/box[@name='" + solid + "' or @name='" + solid + "_outer']/@z", doc);
            assertThat(Double.parseDouble(z)).as(c.name()).isCloseTo(10 * c.thickness(), within(1e-9));
            assertThat(xpath.evaluate("/gdml/structure/volume[@name='" + c.name() + "']/auxiliary[@auxtype='SensDet']/@auxvalue", doc))
                    .isEqualTo(c.name());
        }
        for (Slab w : setup.windows()) {
            assertThat(((Double) xpath.evaluate("count(/gdml/structure/volume[starts-with(@name, '" + w.name().replace(' ', '_') + "')])",
                    doc, XPathConstants.NUMBER))).as(w.name()).isEqualTo(1.0);
        }
        // the ECAL: its sampling structure repeated over its depth
        Calorimeter ecal = setup.calorimeter("ECAL").orElseThrow();
        LayeredMaterial layers = (LayeredMaterial) setup.material(ecal.material());
        double placements = (Double) xpath.evaluate("count(/gdml/structure/volume[@name='ECAL']/physvol)", doc, XPathConstants.NUMBER);
        assertThat(placements).isEqualTo(layers.layers().size() * Math.ceil(ecal.depth() / layers.periodCm() - 1e-9));
        // materials: density and mass fractions as the library has them
        Material lead = layers.layers().get(0).material();
        String m = "/gdml/materials/material[@name='" + GdmlWriter.materialName(lead) + "']";
        assertThat(Double.parseDouble(xpath.evaluate(m + "/D/@value", doc))).isEqualTo(lead.density());
        assertThat(xpath.evaluate(m + "/D/@unit", doc)).isEqualTo("g/cm3");
        assertThat(xpath.evaluate(m + "/fraction/@ref", doc)).isEqualTo("E_Pb");
        assertThat(Double.parseDouble(xpath.evaluate("/gdml/materials/element[@name='E_Pb']/@Z", doc))).isEqualTo(82);
        Material scintillator = layers.layers().get(1).material();
        String sc = "/gdml/materials/material[@name='" + GdmlWriter.materialName(scintillator) + "']";
        double sum = 0;
        for (Material.MassFraction f : scintillator.massFractions()) {
            double n = Double.parseDouble(xpath.evaluate(sc + "/fraction[@ref='E_" + f.element().symbol() + "']/@n", doc));
            assertThat(n).isEqualTo(f.fraction());
            sum += n;
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
        // magnets carry their field
        assertThat(xpath.evaluate("/gdml/structure/volume[@name='MBPL1']/auxiliary[@auxtype='MagneticField_By_T']/@auxvalue", doc))
                .isEqualTo("1.75");
    }

    @Test
    void anElementAcrossTheBoundaryOfAMediumIsRefused() {
        Setup s = Setups.load("na64e-2022");
        // move the vessel's entrance window to straddle the start of the vacuum vessel (z = 1000 cm)
        List<Slab> windows = new ArrayList<>(s.windows());
        windows.set(0, new Slab(windows.get(0).name(), 999.99, 0.025, windows.get(0).material()));
        Setup straddling = new Setup(s.name(), s.version(), s.description(), s.beam(), s.target(), s.defaultMedium(), s.materials(),
                s.media(), s.counters(), s.trackers(), s.magnets(), windows, s.srd(), s.calorimeters(), s.decayVolume());
        assertThatThrownBy(() -> SetupGeometry.of(straddling)).isInstanceOf(InputException.class).hasMessageContaining("overlap");
    }
}
