package na64.sim.gdml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.core.InputException;
import na64.physics.material.LayeredMaterial;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.detector.Calorimeter;
import na64.detector.Counter;
import na64.detector.DecayVolume;
import na64.detector.Magnet;
import na64.detector.Medium;
import na64.detector.Segmentation;
import na64.detector.Setup;
import na64.detector.Slab;
import na64.detector.TrackerPlane;

/**
 * A setup as a tree of volumes for GDML, in the setup frame (z along the unrolled nominal beam
 * trajectory, z = 0 at the first counter, cm):
 * <ul>
 * <li>the world: a box of the default medium, symmetric about the origin, enclosing everything
 *     with a margin, so that world coordinates are setup coordinates;</li>
 * <li>media (vacuum vessel, halls) as boxes of the world's transverse size over their z range, and
 *     the decay volume as a tube; elements inside them become their daughters;</li>
 * <li>counters, calorimeters and the SRD as boxes of their grid (a halo veto's hole cut out),
 *     sampling calorimeters filled with their layers, period after period, over their depth;</li>
 * <li>tracker planes as kapton slabs of their material budget x/X0; magnets as the gap (aperture x
 *     length, filled with the medium there) carrying their field B_y as auxiliary information;
 *     windows as slabs across the whole transverse plane.</li>
 * </ul>
 * Each volume goes into the smallest container (medium, decay volume or world) that holds it
 * whole; siblings that overlap are an error naming both, so every written geometry is free of
 * overlaps by construction.
 */
public final class SetupGeometry {
    /** Margin around everything inside the world [cm]. */
    static final double WORLD_MARGIN = 100;
    /** The material of the tracker planes' equivalent slab. */
    static final String TRACKER_MATERIAL = "kapton";
    /** Extra length of the cut that makes a hole, so the hole's faces do not coincide with the block's [cm]. */
    static final double HOLE_OVERSHOOT = 0.1;
    private static final double TOLERANCE = 1e-9;

    /** One volume with its centre in the setup frame [cm], before nesting. */
    private record Item(Volume volume, double x, double y, double z, boolean container) {
        double[] low() {
            double[] s = volume.solid().size();
            return new double[] {x - s[0] / 2, y - s[1] / 2, z - s[2] / 2};
        }

        double[] high() {
            double[] s = volume.solid().size();
            return new double[] {x + s[0] / 2, y + s[1] / 2, z + s[2] / 2};
        }

        double measure() {
            double[] s = volume.solid().size();
            return s[0] * s[1] * s[2];
        }
    }

    private final Setup setup;
    private final Map<String, Integer> names = new LinkedHashMap<>();

    private SetupGeometry(Setup setup) {
        this.setup = setup;
    }

    /** The world volume of a setup, with everything placed in it. */
    public static Volume of(Setup setup) {
        return new SetupGeometry(setup).build();
    }

    private Volume build() {
        List<Item> items = new ArrayList<>();
        for (Counter c : setup.counters()) {
            items.add(element(c.name(), c.grid(), c.thickness(), c.zFront(), setup.material(c.material()), sensitive(c.name())));
        }
        for (TrackerPlane t : setup.trackers()) {
            Material kapton = Materials.get(TRACKER_MATERIAL);
            double thickness = t.materialBudget() * kapton.radiationLengthCm();
            if (!(thickness > 0)) {
                continue; // a plane without material is not a volume
            }
            items.add(element(t.name(), t.grid(), thickness, t.zFront(), kapton, sensitive(t.name())));
        }
        for (Magnet m : setup.magnets()) {
            Map<String, String> aux = new LinkedHashMap<>();
            aux.put("MagneticField_By_T", Double.toString(m.field()));
            items.add(element(m.name(), m.aperture(), m.length(), m.zFront(),
                    setup.material(setup.mediumAt(m.zFront() + m.length() / 2)), aux));
        }
        for (Calorimeter c : setup.srdCalorimeter().map(List::of).orElse(List.of())) {
            items.add(calorimeter(c));
        }
        for (Calorimeter c : setup.calorimeters()) {
            items.add(calorimeter(c));
        }
        double[] reach = reach(items);
        double halfX = reach[0] + WORLD_MARGIN;
        double halfY = reach[1] + WORLD_MARGIN;
        for (Slab s : setup.windows()) {
            Volume v = volume(s.name(), new Solid.Box(2 * halfX, 2 * halfY, s.thickness()), setup.material(s.material()), Map.of());
            items.add(new Item(v, 0, 0, s.zFront() + s.thickness() / 2, false));
        }
        for (Medium m : setup.media()) {
            Volume v = volume(m.name(), new Solid.Box(2 * halfX, 2 * halfY, m.zBack() - m.zFront()), setup.material(m.material()), Map.of());
            items.add(new Item(v, 0, 0, (m.zFront() + m.zBack()) / 2, true));
        }
        DecayVolume dv = setup.decayVolume();
        if (dv != null) {
            Volume v = volume("decay volume tube", new Solid.Tube(dv.radius(), dv.length()), setup.material(dv.material()), Map.of());
            items.add(new Item(v, 0, 0, dv.zFront() + dv.length() / 2, true));
        }
        double halfZ = Math.max(Math.abs(reachZ(items, true)), Math.abs(reachZ(items, false))) + WORLD_MARGIN;
        Volume world = volume("world", new Solid.Box(2 * halfX, 2 * halfY, 2 * halfZ), setup.material(setup.defaultMedium()), Map.of());
        Item root = new Item(world, 0, 0, 0, true);
        nest(root, items);
        return world;
    }

    private static Map<String, String> sensitive(String detector) {
        return Map.of("SensDet", detector);
    }

    /** A box of a grid's outline (hole cut out), thickness along z from zFront. */
    private Item element(String name, Segmentation grid, double thickness, double zFront, Material material, Map<String, String> aux) {
        double x = 2 * grid.halfWidthX();
        double y = 2 * grid.halfWidthY();
        Solid solid = grid.holeX() > 0
                ? new Solid.BoxWithHole(x, y, thickness, 2 * grid.holeX(), 2 * grid.holeY())
                : new Solid.Box(x, y, thickness);
        return new Item(volume(name, solid, material, aux), grid.x0(), grid.y0(), zFront + thickness / 2, false);
    }

    /** A calorimeter block; a sampling structure is filled with its layers over the depth (the last period cut at the back). */
    private Item calorimeter(Calorimeter c) {
        Material material = setup.material(c.material());
        Segmentation grid = c.grid();
        double x = 2 * grid.halfWidthX();
        double y = 2 * grid.halfWidthY();
        double depth = c.depth();
        Solid solid = grid.holeX() > 0 ? new Solid.BoxWithHole(x, y, depth, 2 * grid.holeX(), 2 * grid.holeY())
                : new Solid.Box(x, y, depth);
        if (!(material instanceof LayeredMaterial layered) || grid.holeX() > 0) {
            Item block = new Item(volume(c.name(), solid, material, sensitive(c.name())), grid.x0(), grid.y0(), c.zFront() + depth / 2, false);
            return block;
        }
        // the block is filled by its layers; its own material is that of the space around it
        Material around = setup.material(setup.mediumAt(c.zFront()));
        Volume block = volume(c.name(), solid, around, Map.of());
        List<LayeredMaterial.Layer> layers = layered.layers();
        Volume[] full = new Volume[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            LayeredMaterial.Layer l = layers.get(i);
            full[i] = volume(c.name() + " layer" + i + " " + l.material().name(), new Solid.Box(x, y, l.thicknessCm()), l.material(),
                    l.active() ? sensitive(c.name()) : Map.of());
        }
        double z = 0;
        int copy = 0;
        while (depth - z > TOLERANCE) {
            for (int i = 0; i < layers.size() && depth - z > TOLERANCE; i++) {
                LayeredMaterial.Layer l = layers.get(i);
                double t = Math.min(l.thicknessCm(), depth - z);
                Volume v = t < l.thicknessCm() - TOLERANCE
                        ? volume(c.name() + " layer" + i + " " + l.material().name() + " cut", new Solid.Box(x, y, t), l.material(),
                                full[i].aux())
                        : full[i];
                block.place(v, copy++, 0, 0, z + t / 2 - depth / 2);
                z += t;
            }
        }
        return new Item(block, grid.x0(), grid.y0(), c.zFront() + depth / 2, false);
    }

    /** A volume with a unique XML name made from {@code name}. */
    private Volume volume(String name, Solid solid, Material material, Map<String, String> aux) {
        String base = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (!Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "v_" + base;
        }
        int n = names.merge(base, 1, Integer::sum);
        return new Volume(n == 1 ? base : base + "_" + n, solid, material, aux, List.of());
    }

    /** The largest |x| and |y| reached by the items [cm]. */
    private static double[] reach(List<Item> items) {
        double x = 0;
        double y = 0;
        for (Item i : items) {
            x = Math.max(x, Math.max(Math.abs(i.low()[0]), Math.abs(i.high()[0])));
            y = Math.max(y, Math.max(Math.abs(i.low()[1]), Math.abs(i.high()[1])));
        }
        return new double[] {x, y};
    }

    private static double reachZ(List<Item> items, boolean low) {
        double z = 0;
        for (Item i : items) {
            z = low ? Math.min(z, i.low()[2]) : Math.max(z, i.high()[2]);
        }
        return z;
    }

    /** Places every item into the smallest container that holds it whole, then checks each mother's daughters for overlaps. */
    private static void nest(Item root, List<Item> items) {
        List<Item> containers = new ArrayList<>(items.stream().filter(Item::container).toList());
        containers.sort(Comparator.comparingDouble(Item::measure));
        containers.add(root);
        Map<Item, List<Item>> children = new LinkedHashMap<>();
        for (Item c : containers) {
            children.put(c, new ArrayList<>());
        }
        List<Item> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparingDouble((Item i) -> i.low()[2]).thenComparing(i -> i.volume().name()));
        for (Item item : ordered) {
            Item mother = containers.stream().filter(c -> c != item && c.measure() > item.measure() && holds(c, item))
                    .findFirst().orElse(null);
            if (mother == null) {
                throw new InputException(item.volume().name(), "GDML export: " + item.volume().name() + " does not fit into the world");
            }
            children.get(mother).add(item);
        }
        for (Map.Entry<Item, List<Item>> e : children.entrySet()) {
            Item mother = e.getKey();
            List<Item> daughters = e.getValue();
            for (int i = 0; i < daughters.size(); i++) {
                for (int j = i + 1; j < daughters.size(); j++) {
                    if (overlap(daughters.get(i), daughters.get(j))) {
                        throw new InputException(daughters.get(j).volume().name(), "GDML export: " + daughters.get(i).volume().name()
                                + " and " + daughters.get(j).volume().name() + " overlap inside " + mother.volume().name()
                                + " (an element crossing the boundary of a medium, or two elements at the same place)");
                    }
                }
                Item d = daughters.get(i);
                mother.volume().place(d.volume(), 0, d.x() - mother.x(), d.y() - mother.y(), d.z() - mother.z());
            }
        }
    }

    /** Whether container c holds item i whole (a tube: the item's box corners within its radius). */
    private static boolean holds(Item c, Item i) {
        double[] cl = c.low();
        double[] ch = c.high();
        double[] il = i.low();
        double[] ih = i.high();
        for (int k = 0; k < 3; k++) {
            if (il[k] < cl[k] - TOLERANCE || ih[k] > ch[k] + TOLERANCE) {
                return false;
            }
        }
        if (c.volume().solid() instanceof Solid.Tube tube) {
            double r = tube.radius() + TOLERANCE;
            for (double x : new double[] {il[0] - c.x(), ih[0] - c.x()}) {
                for (double y : new double[] {il[1] - c.y(), ih[1] - c.y()}) {
                    if (x * x + y * y > r * r) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether the bounding boxes of two siblings share a volume (touching faces are allowed). */
    private static boolean overlap(Item a, Item b) {
        double[] al = a.low();
        double[] ah = a.high();
        double[] bl = b.low();
        double[] bh = b.high();
        for (int k = 0; k < 3; k++) {
            if (Math.min(ah[k], bh[k]) - Math.max(al[k], bl[k]) <= TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
