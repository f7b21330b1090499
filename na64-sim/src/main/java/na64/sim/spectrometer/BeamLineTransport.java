package na64.sim.spectrometer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import na64.physics.material.Materials;
import na64.sim.beam.Track;
import na64.detector.Calorimeter;
import na64.detector.Counter;
import na64.detector.Magnet;
import na64.detector.Setup;
import na64.detector.Slab;
import na64.detector.TrackerPlane;

/**
 * Transport of particles through the beam line of a setup, from the start of the simulated beam
 * line (z = -upstreamLength) to the handover plane: the elements upstream of the first calorimeter
 * (counters, tracker planes, magnets, windows, SRD), with the beam-line medium filling the gaps,
 * as an ordered list of contiguous segments. Immutable and thread-safe: all per-event state is in
 * the {@link TransportState}.
 *
 * <p>The same machinery transports particles through the magnets and trackers of a downstream
 * spectrometer (NA64mu's MS2): {@link #between(Setup, double, double, double, int)}.
 */
public final class BeamLineTransport {
    /** Tracks steeper than this (|dx/dz| or |dy/dz|) leave the beam line. */
    private static final double MAX_SLOPE = 0.5;

    private final Segment[] segments;
    /** The segments that act on neutral particles (magnets: they leave the curved axis; the SRD). */
    private final Segment[] neutralSegments;
    private final double zStart;
    private final double zEnd;

    private BeamLineTransport(List<Segment> list, double zStart, double zEnd) {
        this.segments = list.toArray(new Segment[0]);
        this.neutralSegments = list.stream().filter(s -> s instanceof MagnetSegment
                || (s instanceof LayerSegment l && l.actsOnNeutrals())).toArray(Segment[]::new);
        this.zStart = zStart;
        this.zEnd = zEnd;
    }

    /**
     * The beam line of a setup, for its beam species and energy (the fields are those of the
     * setup, which are set for its beam momentum), with natural electronuclear interactions.
     */
    public static BeamLineTransport upstream(Setup setup) {
        return upstream(setup, UpstreamNuclearOptions.NATURAL);
    }

    /** The same with the electronuclear interactions of the given options ({@link UpstreamInteractions}). */
    public static BeamLineTransport upstream(Setup setup, UpstreamNuclearOptions nuclear) {
        var beam = setup.beam();
        double p0 = Math.sqrt(beam.energy() * beam.energy() - beam.type().mass() * beam.type().mass());
        return between(setup, -beam.upstreamLength(), setup.handoverZ(), p0, beam.type().charge(), nuclear);
    }

    /**
     * Transport between zStart and zEnd through the setup's counters (outside calorimeters),
     * trackers, magnets, windows and SRD in that range.
     *
     * @param nominalMomentum momentum [GeV] the magnet fields are set for
     * @param nominalCharge   charge of the nominal beam species (defines the bending direction)
     */
    public static BeamLineTransport between(Setup setup, double zStart, double zEnd, double nominalMomentum,
                                            int nominalCharge) {
        return between(setup, zStart, zEnd, nominalMomentum, nominalCharge, null);
    }

    /** The same with electronuclear interactions of e+- in the material ({@code nuclear}; null: none). */
    public static BeamLineTransport between(Setup setup, double zStart, double zEnd, double nominalMomentum,
                                            int nominalCharge, UpstreamNuclearOptions nuclear) {
        Map<String, MaterialEffects> effects = new HashMap<>();
        java.util.function.Function<String, MaterialEffects> media =
                name -> effects.computeIfAbsent(name, n -> new MaterialEffects(setup.material(n), nuclear));
        MaterialEffects trackerMaterial = new MaterialEffects(Materials.get("kapton"), nuclear);
        List<String> detectorNames = setup.detectors().stream().map(Setup.Detector::name).toList();
        List<Segment> elements = new ArrayList<>();
        for (Counter c : setup.counters()) {
            if (c.zFront() >= zStart && c.zBack() <= zEnd) {
                elements.add(new LayerSegment(LayerSegment.Kind.COUNTER, c.zFront(), c.zBack(), media.apply(c.material()),
                        c.grid().cellGrid(), detectorNames.indexOf(c.name())));
            }
        }
        for (Slab w : setup.windows()) {
            if (w.zFront() >= zStart && w.zBack() <= zEnd) {
                elements.add(new LayerSegment(LayerSegment.Kind.WINDOW, w.zFront(), w.zBack(), media.apply(w.material()),
                        null, -1));
            }
        }
        Calorimeter srd = setup.srd();
        if (srd != null && srd.zFront() >= zStart && srd.zBack() <= zEnd) {
            elements.add(new LayerSegment(LayerSegment.Kind.SRD, srd.zFront(), srd.zBack(), media.apply(srd.material()),
                    srd.cellGrid(), detectorNames.indexOf(srd.name())));
        }
        List<TrackerPlane> trackers = setup.trackers();
        for (int i = 0; i < trackers.size(); i++) {
            TrackerPlane p = trackers.get(i);
            if (p.zFront() >= zStart && p.zFront() < zEnd) {
                elements.add(new TrackerSegment(p, i, trackerMaterial));
            }
        }
        for (Magnet m : setup.magnets()) {
            if (m.zFront() >= zStart && m.zBack() <= zEnd) {
                double mid = 0.5 * (m.zFront() + m.zBack());
                elements.add(new MagnetSegment(m, nominalMomentum, nominalCharge, media.apply(setup.mediumAt(mid))));
            }
        }
        elements.sort(Comparator.comparingDouble(Segment::zFront).thenComparingDouble(Segment::zBack));
        // fill the gaps with the medium, split where the medium changes
        List<Segment> all = new ArrayList<>();
        double z = zStart;
        for (Segment e : elements) {
            addMedium(all, setup, z, e.zFront(), media);
            all.add(e);
            z = e.zBack();
        }
        addMedium(all, setup, z, zEnd, media);
        return new BeamLineTransport(all, zStart, zEnd);
    }

    private static void addMedium(List<Segment> out, Setup setup, double from, double to,
                                  java.util.function.Function<String, MaterialEffects> media) {
        if (to <= from) {
            return;
        }
        List<Double> cuts = new ArrayList<>();
        cuts.add(from);
        for (var m : setup.media()) {
            if (m.zFront() > from && m.zFront() < to) {
                cuts.add(m.zFront());
            }
            if (m.zBack() > from && m.zBack() < to) {
                cuts.add(m.zBack());
            }
        }
        cuts.add(to);
        cuts.sort(Double::compare);
        for (int i = 0; i + 1 < cuts.size(); i++) {
            double a = cuts.get(i);
            double b = cuts.get(i + 1);
            if (b > a) {
                out.add(new DriftSegment(a, b, media.apply(setup.mediumAt(0.5 * (a + b)))));
            }
        }
    }

    public double zStart() {
        return zStart;
    }

    public double zEnd() {
        return zEnd;
    }

    /** Transports a track from its z to the end of the beam line. */
    public void transport(Track t, TransportState state) {
        transport(t, zEnd, state);
    }

    /**
     * Transports a live track from its z to {@code zStop} (<= zEnd). Particles created on the way
     * are added to the state's spawned list, not transported.
     */
    public void transport(Track t, double zStop, TransportState state) {
        Segment[] path = t.charge() == 0 ? neutralSegments : segments;
        int i = firstSegment(path, t.z);
        for (; i < path.length && t.alive; i++) {
            if (Math.abs(t.tx) > MAX_SLOPE || Math.abs(t.ty) > MAX_SLOPE) {
                state.lose(t);
                return;
            }
            Segment s = path[i];
            if (t.z < s.zFront()) {
                t.driftTo(Math.min(s.zFront(), zStop));
            }
            if (s.zFront() > zStop || (s.zFront() == zStop && s.zBack() > s.zFront())) {
                break;
            }
            double to = Math.min(s.zBack(), zStop);
            s.transport(t, to, state);
            if (to >= zStop) {
                break;
            }
        }
        if (t.alive && t.z < zStop) {
            t.driftTo(zStop);
        }
    }

    /** Index of the first segment a track at z still has to cross (segments end in increasing order). */
    private static int firstSegment(Segment[] path, double z) {
        int lo = 0;
        int hi = path.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (path[mid].zBack() <= z) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of segments (for tests and documentation). */
    public int segmentCount() {
        return segments.length;
    }
}
