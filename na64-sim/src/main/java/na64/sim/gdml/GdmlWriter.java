package na64.sim.gdml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import na64.physics.material.Element;
import na64.physics.material.Material;
import na64.physics.material.Phase;

/**
 * Writes a volume tree as GDML 3 (the schema Geant4 ships, source/persistency/gdml/schema, read by
 * G4GDMLParser): {@code <define/>}, {@code <materials>} (every element with Z and molar mass, every
 * material as a mixture of element mass fractions with its density and mean excitation energy),
 * {@code <solids>}, {@code <structure>} (daughters before their mothers, as Geant4 needs) and
 * {@code <setup>} naming the world. Lengths in mm (lunit/unit="mm"), densities in g/cm3.
 * Names carry a prefix per kind (E_, M_, S_, none for volumes) because GDML names are XML IDs,
 * unique across the whole file.
 */
public final class GdmlWriter {
    private static final double CM = 10; // mm per cm

    private GdmlWriter() {
    }

    /**
     * The GDML text of a geometry.
     *
     * @param info pairs written as {@code <userinfo>} auxiliaries (setup name, frame, units)
     */
    public static String write(Volume world, Map<String, String> info) {
        List<Volume> volumes = new ArrayList<>();
        collect(world, volumes, new LinkedHashSet<>());
        Map<String, Material> materials = new LinkedHashMap<>();
        Map<String, Element> elements = new LinkedHashMap<>();
        for (Volume v : volumes) {
            Material m = v.material();
            materials.putIfAbsent(materialName(m), m);
            for (Material.MassFraction f : m.massFractions()) {
                elements.putIfAbsent(f.element().symbol(), f.element());
            }
        }
        StringBuilder s = new StringBuilder(1 << 16);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<gdml xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:noNamespaceSchemaLocation=\"http://cern.ch/service-spi/app/releases/GDML/schema/gdml.xsd\">\n");
        s.append("  <define/>\n");
        s.append("  <materials>\n");
        for (Element e : elements.values()) {
            s.append(String.format(Locale.ROOT, "    <element name=\"E_%s\" formula=\"%s\" Z=\"%d\"><atom unit=\"g/mole\" value=\"%s\"/></element>%n",
                    e.symbol(), e.symbol(), e.z(), number(e.atomicMass())));
        }
        for (Map.Entry<String, Material> entry : materials.entrySet()) {
            Material m = entry.getValue();
            s.append(String.format(Locale.ROOT, "    <material name=\"%s\" state=\"%s\">%n", entry.getKey(), state(m.phase())));
            s.append(String.format(Locale.ROOT, "      <MEE unit=\"eV\" value=\"%s\"/>%n", number(m.meanExcitationEnergy() * 1e9)));
            s.append(String.format(Locale.ROOT, "      <D unit=\"g/cm3\" value=\"%s\"/>%n", number(m.density())));
            for (Material.MassFraction f : m.massFractions()) {
                s.append(String.format(Locale.ROOT, "      <fraction n=\"%s\" ref=\"E_%s\"/>%n", number(f.fraction()), f.element().symbol()));
            }
            s.append("    </material>\n");
        }
        s.append("  </materials>\n");
        s.append("  <solids>\n");
        for (Volume v : volumes) {
            solid(s, v);
        }
        s.append("  </solids>\n");
        s.append("  <structure>\n");
        for (Volume v : volumes) {
            volume(s, v);
        }
        s.append("  </structure>\n");
        s.append("  <userinfo>\n");
        info.forEach((k, v) -> s.append("    <auxiliary auxtype=\"").append(xml(k)).append("\" auxvalue=\"").append(xml(v)).append("\"/>\n"));
        s.append("  </userinfo>\n");
        s.append("  <setup name=\"Default\" version=\"1.0\">\n    <world ref=\"").append(world.name()).append("\"/>\n  </setup>\n");
        s.append("</gdml>\n");
        return s.toString();
    }

    /** Post order: every volume after all of its daughters, each logical volume once. */
    private static void collect(Volume v, List<Volume> out, Set<String> seen) {
        for (Volume.Placement p : v.daughters()) {
            collect(p.volume(), out, seen);
        }
        if (seen.add(v.name())) {
            out.add(v);
        }
    }

    static String materialName(Material m) {
        return "M_" + m.name().replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    private static String state(Phase phase) {
        return phase.name().toLowerCase(Locale.ROOT);
    }

    private static void solid(StringBuilder s, Volume v) {
        String name = "S_" + v.name();
        Solid solid = v.solid();
        if (solid instanceof Solid.Box b) {
            box(s, name, b.x(), b.y(), b.z());
        } else if (solid instanceof Solid.Tube t) {
            s.append(String.format(Locale.ROOT,
                    "    <tube name=\"%s\" rmin=\"0\" rmax=\"%s\" z=\"%s\" startphi=\"0\" deltaphi=\"360\" aunit=\"deg\" lunit=\"mm\"/>%n",
                    name, number(t.radius() * CM), number(t.z() * CM)));
        } else if (solid instanceof Solid.BoxWithHole h) {
            box(s, name + "_outer", h.x(), h.y(), h.z());
            box(s, name + "_hole", h.holeX(), h.holeY(), h.z() + 2 * SetupGeometry.HOLE_OVERSHOOT);
            s.append("    <subtraction name=\"").append(name).append("\"><first ref=\"").append(name).append("_outer\"/><second ref=\"")
                    .append(name).append("_hole\"/></subtraction>\n");
        }
    }

    private static void box(StringBuilder s, String name, double x, double y, double z) {
        s.append(String.format(Locale.ROOT, "    <box name=\"%s\" x=\"%s\" y=\"%s\" z=\"%s\" lunit=\"mm\"/>%n",
                name, number(x * CM), number(y * CM), number(z * CM)));
    }

    private static void volume(StringBuilder s, Volume v) {
        s.append("    <volume name=\"").append(v.name()).append("\">\n");
        s.append("      <materialref ref=\"").append(materialName(v.material())).append("\"/>\n");
        s.append("      <solidref ref=\"S_").append(v.name()).append("\"/>\n");
        int index = 0;
        for (Volume.Placement p : v.daughters()) {
            // positions are XML IDs too: named after the mother and the placement's index
            s.append(String.format(Locale.ROOT,
                    "      <physvol copynumber=\"%d\"><volumeref ref=\"%s\"/><position name=\"P_%s_%d\" unit=\"mm\" x=\"%s\" y=\"%s\" z=\"%s\"/></physvol>%n",
                    p.copy(), p.volume().name(), v.name(), index++, number(p.x() * CM), number(p.y() * CM), number(p.z() * CM)));
        }
        v.aux().forEach((k, value) -> s.append("      <auxiliary auxtype=\"").append(xml(k)).append("\" auxvalue=\"").append(xml(value))
                .append("\"/>\n"));
        s.append("    </volume>\n");
    }

    /** Shortest text that reads back as the same double. */
    private static String number(double x) {
        return Double.toString(x).replace("E", "e");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
