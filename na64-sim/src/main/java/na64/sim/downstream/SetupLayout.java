package na64.sim.downstream;

import java.util.ArrayList;
import java.util.List;
import na64.physics.material.LayeredMaterial;
import na64.physics.material.Material;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Readout;
import na64.sim.cascade.TrackerPlanes;
import na64.sim.cascade.Volume;
import na64.detector.Calorimeter;
import na64.detector.Counter;
import na64.detector.Setup;
import na64.detector.Slab;
import na64.detector.TrackerPlane;

/**
 * The downstream part of a {@link Setup} as a cascade {@link Layout}: every calorimeter, counter
 * and passive slab from the handover plane on, each a box of its material read out by cells and
 * sections, and the tracker planes in the gaps between them ({@link TrackerPlanes}). The beam-line
 * air between them is neglected (about 1e-3 X0 per metre).
 *
 * <p>Responses (energy calibrated on the electromagnetic scale):
 * <ul>
 * <li>electromagnetic calorimeters: the setup's stochastic term a is the measured total, so the
 *     cells are smeared with sqrt(a^2 - a_0^2), a_0 = {@value #SHOWER_STOCHASTIC} being what the
 *     simulated showers themselves add (leakage and spot fluctuations of the NA64 ECAL, measured by
 *     {@code na64 validate cascade}: 10.8 %/sqrt(E) with a = 10 % applied to the cells);</li>
 * <li>hadronic calorimeters: electromagnetic sampling term 2.7 % sqrt(d_act[mm]/f_mip) of their
 *     structure (PDG "Calorimetry"; {@link LayeredMaterial#stochasticTerm()});</li>
 * <li>all sampling calorimeters: hadronic sampling term 11.5 % sqrt(dE_mip[MeV]), dE_mip the
 *     ionisation of a minimum-ionising particle in one period (Wigmans, "Calorimetry", 2nd ed.,
 *     eq. 4.7; Drews et al., NIM A 290 (1990) 335), h/e = {@value #HADRON_TO_ELECTRON} (a
 *     non-compensating iron or lead calorimeter with e/h ~ 1.3; na64 choice), and mip/e =
 *     1/(e/mip) of the structure;</li>
 * <li>counters: ideal (the deposited energy; photo-electron statistics belong to the digitisation).</li>
 * </ul>
 * The constant and noise terms of the setup's resolutions are left to the digitisation.
 */
public final class SetupLayout {
    /** h/e of the sampling calorimeters. */
    public static final double HADRON_TO_ELECTRON = 0.75;
    /** Stochastic term of the shower fluctuations themselves (NA64 ECAL, default spots). */
    public static final double SHOWER_STOCHASTIC = 0.04;
    /** Half size of passive slabs that cover the beam line [cm]. */
    private static final double SLAB_HALF_SIZE = 500;

    private SetupLayout() {
    }

    public static Layout of(Setup setup) {
        double handover = setup.handoverZ();
        List<Volume> volumes = new ArrayList<>();
        for (Calorimeter c : setup.calorimeters()) {
            if (c.zFront() < handover) {
                continue;
            }
            Material m = setup.material(c.material());
            Readout r = new Readout(c.name(), c.cellGrid(), c.sectionEnds(), response(c, m));
            volumes.add(Volume.readOut(c.zFront(), c.zBack(), m, r));
        }
        for (Counter c : setup.downstreamCounters()) {
            Material m = setup.material(c.material());
            Readout r = new Readout(c.name(), c.grid().cellGrid(), new double[] {c.zBack()}, Readout.Response.IDEAL);
            volumes.add(Volume.readOut(c.zFront(), c.zBack(), m, r));
        }
        for (Slab s : setup.windows()) {
            if (s.zFront() >= handover) {
                volumes.add(Volume.slab(s.name(), s.zFront(), s.thickness(), SLAB_HALF_SIZE, setup.material(s.material())));
            }
        }
        List<TrackerPlanes.Plane> planes = new ArrayList<>();
        for (int i = 0; i < setup.trackers().size(); i++) {
            TrackerPlane p = setup.trackers().get(i);
            if (p.zFront() >= handover) {
                planes.add(new TrackerPlanes.Plane(i, p.zFront(), p.grid().cellGrid(), p.measures().x(), p.measures().y(),
                        p.resolution(), p.efficiency()));
            }
        }
        return new Layout(volumes, new TrackerPlanes(planes));
    }

    static Readout.Response response(Calorimeter c, Material m) {
        double total = c.resolution().stochastic();
        double em = Math.sqrt(Math.max(total * total - SHOWER_STOCHASTIC * SHOWER_STOCHASTIC, 0));
        if (m instanceof LayeredMaterial layered) {
            if (c.kind() == Calorimeter.Kind.HADRONIC) {
                em = layered.stochasticTerm();
            }
            double mipPerPeriodMeV = 0;
            for (LayeredMaterial.Layer l : layered.layers()) {
                mipPerPeriodMeV += l.material().minimumIonisation() * l.massThickness() * 1e3;
            }
            double hadron = 0.115 * Math.sqrt(mipPerPeriodMeV);
            return new Readout.Response(em, hadron, HADRON_TO_ELECTRON, 1 / layered.electronToMipRatio());
        }
        // a homogeneous calorimeter (crystals): no sampling of hadronic energy beyond its resolution
        return new Readout.Response(em, em, HADRON_TO_ELECTRON, 1);
    }
}
