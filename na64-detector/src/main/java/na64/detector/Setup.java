package na64.detector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import na64.core.Config;
import na64.core.InputException;
import na64.physics.material.LayeredMaterial;
import na64.physics.material.Material;
import na64.physics.material.Materials;

/**
 * One NA64 configuration, as read from a versioned setup file ({@link Setups}).
 *
 * <p><b>Frame.</b> Lengths in cm. z runs along the nominal beam trajectory (the path of a beam
 * particle of the nominal momentum through the magnets), z = 0 at the first counter of the
 * setup; x is horizontal in the bending plane of the magnets, y vertical. Upstream and downstream
 * of the magnets the frame is Cartesian; downstream detectors are centred on the deflected beam
 * (x = y = 0), and a particle that bends more or less than the nominal one (or a photon, which
 * does not bend) leaves the axis.
 *
 * <p><b>Regions.</b> Everything upstream of {@link #handoverZ()} (the front of the first
 * calorimeter) is simulated by the beam line (beam, decays in flight, spectrometer, SRD);
 * particles crossing that plane are handed to the downstream simulation (cascade, calorimeters,
 * downstream counters and trackers).
 *
 * @param name          setup name ("na64e-2022")
 * @param version       version of this setup file (incremented when a dimension changes)
 * @param description   one line
 * @param beam          the beam delivered to the setup
 * @param target        name of the calorimeter used as the active target (dump)
 * @param defaultMedium material filling the beam line where no {@link Medium} is declared (air)
 * @param materials     setup-local sampling structures
 * @param media         stretches filled with another medium (vacuum vessel)
 * @param counters      scintillation counters and veto planes, ordered by z
 * @param trackers      tracker planes, ordered by z
 * @param magnets       dipole magnets, ordered by z
 * @param windows       passive slabs crossed by the beam, ordered by z
 * @param srd           the synchrotron-radiation detector (optional)
 * @param calorimeters  calorimeters downstream of the beam line, ordered by z
 * @param decayVolume   the decay volume (visible mode; optional)
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Setup(String name, Integer version, String description, BeamSpec beam, String target,
                    String defaultMedium, List<MaterialSpec> materials, List<Medium> media,
                    List<Counter> counters, List<TrackerPlane> trackers, List<Magnet> magnets,
                    List<Slab> windows, Calorimeter srd, List<Calorimeter> calorimeters,
                    DecayVolume decayVolume) {

    /**
     * A read-out detector: its channels = sections x cells (channel = section * cells + cell), the
     * layout of the simulation's energy deposits and of the digitised read-out.
     */
    public record Detector(String name, String group, double zFront, int sections, int cells) {
        public int channels() {
            return sections * cells;
        }
    }

    /** A solid element occupying [zFront, zBack) on the beam line. */
    record Extent(String what, String field, double zFront, double zBack) {
    }

    public Setup {
        Config.require("name", name);
        version = Config.orDefault(version, 1);
        description = Config.orDefault(description, "");
        Config.require("beam", beam);
        Config.require("target", target);
        defaultMedium = Config.orDefault(defaultMedium, "air");
        materials = List.copyOf(Config.orDefault(materials, List.of()));
        media = List.copyOf(Config.orDefault(media, List.of()));
        counters = List.copyOf(Config.orDefault(counters, List.of()));
        trackers = List.copyOf(Config.orDefault(trackers, List.of()));
        magnets = List.copyOf(Config.orDefault(magnets, List.of()));
        windows = List.copyOf(Config.orDefault(windows, List.of()));
        calorimeters = List.copyOf(Config.require("calorimeters", calorimeters));
        validate(materials, defaultMedium, media, counters, trackers, magnets, windows, srd, calorimeters,
                decayVolume, target);
    }

    // ------------------------------------------------------------------ lookup

    /**
     * A material by name: a setup-local sampling structure first, then the built-in
     * {@link Materials}. Resolve once at construction, not per event.
     */
    public Material material(String materialName) {
        return resolve(materials, materialName, "material");
    }

    /** z of the plane where the beam line hands particles to the downstream simulation [cm]. */
    public double handoverZ() {
        return calorimeters.stream().mapToDouble(Calorimeter::zFront).min().orElseThrow();
    }

    /** The active target (dump) calorimeter. */
    public Calorimeter targetCalorimeter() {
        return calorimeter(target).orElseThrow();
    }

    public Optional<Calorimeter> calorimeter(String detectorName) {
        return calorimeters.stream().filter(c -> c.name().equals(detectorName)).findFirst();
    }

    /** The calorimeters of a group ("HCAL" -> HCAL1..HCAL4), in z order. */
    public List<Calorimeter> group(String groupName) {
        return calorimeters.stream().filter(c -> c.group().equals(groupName)).toList();
    }

    public Optional<Counter> counter(String detectorName) {
        return counters.stream().filter(c -> c.name().equals(detectorName)).findFirst();
    }

    /** The synchrotron-radiation detector, if the setup has one. */
    public Optional<Calorimeter> srdCalorimeter() {
        return Optional.ofNullable(srd);
    }

    /** Counters upstream of the handover plane (simulated by the beam line). */
    public List<Counter> upstreamCounters() {
        double h = handoverZ();
        return counters.stream().filter(c -> c.zFront() < h).toList();
    }

    /** Counters at or downstream of the handover plane (simulated downstream). */
    public List<Counter> downstreamCounters() {
        double h = handoverZ();
        return counters.stream().filter(c -> c.zFront() >= h).toList();
    }

    public List<TrackerPlane> upstreamTrackers() {
        double h = handoverZ();
        return trackers.stream().filter(t -> t.zFront() < h).toList();
    }

    public List<TrackerPlane> downstreamTrackers() {
        double h = handoverZ();
        return trackers.stream().filter(t -> t.zFront() >= h).toList();
    }

    public List<Magnet> upstreamMagnets() {
        double h = handoverZ();
        return magnets.stream().filter(m -> m.zFront() < h).toList();
    }

    public List<Magnet> downstreamMagnets() {
        double h = handoverZ();
        return magnets.stream().filter(m -> m.zFront() >= h).toList();
    }

    /** The medium at z (the default medium outside all declared media). */
    public String mediumAt(double z) {
        for (Medium m : media) {
            if (z >= m.zFront() && z < m.zBack()) {
                return m.material();
            }
        }
        return defaultMedium;
    }

    /** All read-out detectors (counters, SRD, calorimeters) in z order. */
    public List<Detector> detectors() {
        List<Detector> list = new ArrayList<>();
        for (Counter c : counters) {
            list.add(new Detector(c.name(), c.group(), c.zFront(), 1, c.channels()));
        }
        if (srd != null) {
            list.add(new Detector(srd.name(), srd.group(), srd.zFront(), srd.sections().size(), srd.cellGrid().cells()));
        }
        for (Calorimeter c : calorimeters) {
            list.add(new Detector(c.name(), c.group(), c.zFront(), c.sections().size(), c.cellGrid().cells()));
        }
        list.sort(Comparator.comparingDouble(Detector::zFront));
        return List.copyOf(list);
    }

    /**
     * This setup with another beam (command-line overrides of species and energy). The magnet
     * fields are scaled with the beam momentum, as the beam line and spectrometers are tuned for
     * each energy, so that the nominal beam still follows the axis.
     */
    public Setup withBeam(BeamSpec newBeam) {
        double scale = momentum(newBeam) / momentum(beam);
        List<Magnet> scaled = magnets.stream().map(m -> new Magnet(m.name(), m.zFront(), m.length(),
                m.field() * scale, m.aperture())).toList();
        return new Setup(name, version, description, newBeam, target, defaultMedium, materials, media, counters,
                trackers, scaled, windows, srd, calorimeters, decayVolume);
    }

    /** Momentum [GeV] of the nominal beam particle. */
    public double beamMomentum() {
        return momentum(beam);
    }

    private static double momentum(BeamSpec b) {
        double m = b.type().mass();
        return Math.sqrt(b.energy() * b.energy() - m * m);
    }

    // ------------------------------------------------------------------ validation

    private static Material resolve(List<MaterialSpec> local, String materialName, String field) {
        for (MaterialSpec spec : local) {
            if (spec.name().equalsIgnoreCase(materialName)) {
                List<LayeredMaterial.Layer> layers = new ArrayList<>();
                for (MaterialSpec.LayerSpec l : spec.layers()) {
                    layers.add(new LayeredMaterial.Layer(Materials.get(l.material()), l.thickness(), l.active()));
                }
                return LayeredMaterial.of(spec.name(), layers);
            }
        }
        if (Materials.find(materialName).isEmpty()) {
            List<String> known = new ArrayList<>(local.stream().map(MaterialSpec::name).toList());
            known.addAll(Materials.names());
            throw InputException.unknown(field, materialName, known);
        }
        return Materials.get(materialName);
    }

    private static void validate(List<MaterialSpec> materials, String defaultMedium, List<Medium> media,
                                 List<Counter> counters, List<TrackerPlane> trackers, List<Magnet> magnets,
                                 List<Slab> windows, Calorimeter srd, List<Calorimeter> calorimeters,
                                 DecayVolume decayVolume, String target) {
        for (int i = 0; i < materials.size(); i++) {
            for (int j = 0; j < materials.get(i).layers().size(); j++) {
                String m = materials.get(i).layers().get(j).material();
                if (Materials.find(m).isEmpty()) {
                    throw InputException.unknown("materials[" + i + "].layers[" + j + "].material", m, Materials.names());
                }
            }
        }
        resolve(materials, defaultMedium, "defaultMedium");
        Set<String> names = new HashSet<>();
        List<Extent> solids = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            resolve(materials, media.get(i).material(), "media[" + i + "].material");
        }
        checkOrdered("media", media.stream().map(Medium::zFront).toList());
        for (int i = 1; i < media.size(); i++) {
            if (media.get(i).zFront() < media.get(i - 1).zBack()) {
                throw new InputException("media[" + i + "].zFront", "media[" + i + "].zFront = " + media.get(i).zFront()
                        + ": medium '" + media.get(i).name() + "' overlaps medium '" + media.get(i - 1).name() + "'");
            }
        }
        for (int i = 0; i < counters.size(); i++) {
            Counter c = counters.get(i);
            unique(names, "counters[" + i + "].name", c.name());
            resolve(materials, c.material(), "counters[" + i + "].material");
            solids.add(new Extent("counter " + c.name(), "counters[" + i + "].zFront", c.zFront(), c.zBack()));
        }
        checkOrdered("counters", counters.stream().map(Counter::zFront).toList());
        for (int i = 0; i < trackers.size(); i++) {
            TrackerPlane t = trackers.get(i);
            unique(names, "trackers[" + i + "].name", t.name());
            // a tracker plane is thin: it occupies a point on the beam line
            solids.add(new Extent("tracker " + t.name(), "trackers[" + i + "].zFront", t.zFront(), t.zFront()));
        }
        checkOrdered("trackers", trackers.stream().map(TrackerPlane::zFront).toList());
        for (int i = 0; i < magnets.size(); i++) {
            Magnet m = magnets.get(i);
            unique(names, "magnets[" + i + "].name", m.name());
            solids.add(new Extent("magnet " + m.name(), "magnets[" + i + "].zFront", m.zFront(), m.zBack()));
        }
        checkOrdered("magnets", magnets.stream().map(Magnet::zFront).toList());
        for (int i = 0; i < windows.size(); i++) {
            Slab s = windows.get(i);
            unique(names, "windows[" + i + "].name", s.name());
            resolve(materials, s.material(), "windows[" + i + "].material");
            solids.add(new Extent("window " + s.name(), "windows[" + i + "].zFront", s.zFront(), s.zBack()));
        }
        checkOrdered("windows", windows.stream().map(Slab::zFront).toList());
        if (srd != null) {
            unique(names, "srd.name", srd.name());
            resolve(materials, srd.material(), "srd.material");
            solids.add(new Extent("SRD " + srd.name(), "srd.zFront", srd.zFront(), srd.zBack()));
        }
        if (calorimeters.isEmpty()) {
            throw new InputException("calorimeters", "a setup needs at least one calorimeter (the target)");
        }
        for (int i = 0; i < calorimeters.size(); i++) {
            Calorimeter c = calorimeters.get(i);
            unique(names, "calorimeters[" + i + "].name", c.name());
            resolve(materials, c.material(), "calorimeters[" + i + "].material");
            solids.add(new Extent("calorimeter " + c.name(), "calorimeters[" + i + "].zFront", c.zFront(), c.zBack()));
        }
        checkOrdered("calorimeters", calorimeters.stream().map(Calorimeter::zFront).toList());
        if (calorimeters.stream().noneMatch(c -> c.name().equals(target))) {
            throw InputException.unknown("target", target, calorimeters.stream().map(Calorimeter::name).toList());
        }
        double handover = calorimeters.get(0).zFront();
        if (srd != null && srd.zBack() > handover) {
            throw new InputException("srd.zFront", "srd.zFront = " + srd.zFront()
                    + ": the SRD must lie upstream of the first calorimeter (z = " + handover + " cm); it ends at z = "
                    + srd.zBack());
        }
        if (decayVolume != null) {
            resolve(materials, decayVolume.material(), "decayVolume.material");
        }
        solids.sort(Comparator.comparingDouble(Extent::zFront).thenComparingDouble(Extent::zBack));
        for (int i = 1; i < solids.size(); i++) {
            Extent a = solids.get(i - 1);
            Extent b = solids.get(i);
            boolean overlap = b.zFront() < a.zBack() || (a.zFront() == a.zBack() && b.zFront() == a.zFront());
            if (overlap) {
                throw new InputException(b.field(), b.field() + " = " + b.zFront() + ": " + b.what() + " ["
                        + b.zFront() + ", " + b.zBack() + "] cm and " + a.what() + " [" + a.zFront() + ", " + a.zBack()
                        + "] cm overlap along the beam");
            }
        }
    }

    private static void unique(Set<String> names, String field, String name) {
        if (!names.add(name)) {
            throw new InputException(field, field + " = " + name + ": this element name is used twice");
        }
    }

    private static void checkOrdered(String list, List<Double> z) {
        for (int i = 1; i < z.size(); i++) {
            if (z.get(i) < z.get(i - 1)) {
                String field = list + "[" + i + "].zFront";
                throw new InputException(field, field + " = " + z.get(i) + ": " + list
                        + " must be ordered by increasing zFront; it follows " + z.get(i - 1) + " cm");
            }
        }
    }
}
