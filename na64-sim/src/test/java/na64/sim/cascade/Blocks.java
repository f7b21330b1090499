package na64.sim.cascade;

import java.util.List;
import na64.core.RandomStreams;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.sim.event.EnergyDeposits;
import na64.detector.CellGrid;
import na64.physics.ParticleType;

/** Test fixtures: one calorimeter block and a helper that shoots particles into it. */
public final class Blocks {
    public static final Material ECAL = Materials.get("ecal-pbsc");

    private Blocks() {
    }

    /** A block of {@code material}, {@code depth} cm deep, read out by the given grid and section ends. */
    public static Layout block(Material material, double depth, CellGrid grid, double[] sectionEnds, Readout.Response response) {
        Readout r = new Readout("ECAL", grid, sectionEnds, response);
        return new Layout(List.of(Volume.readOut(0, depth, material, r)));
    }

    /** The NA64 ECAL: 45 cm, 6x6 cells of 3.82 cm, a 4.5 cm pre-shower, 10 %/sqrt(E) sampling. */
    public static Layout ecal(double samplingTerm) {
        return block(ECAL, 45, CellGrid.of(6, 6, 3.82, 3.82), new double[] {4.5, 45},
                new Readout.Response(samplingTerm, 0, 1, 1));
    }

    /** Runs events of one particle type into a layout and hands each event's deposits to a consumer. */
    public static final class Shooter {
        public final CascadeContext context;
        public final Cascade cascade;
        public final EnergyDeposits deposits = new EnergyDeposits();

        public Shooter(Layout layout, CascadeConfig config) {
            context = new CascadeContext(new CascadePhysics(layout, config));
            cascade = Cascade.electromagnetic(context);
            deposits.register("ECAL", layout.volume(0).readout().channels());
        }

        /** One event: the particle enters at z = -1e-6 along z; returns the deposits after the response. */
        public double[] shoot(ParticleType type, double energy, long seed, long event) {
            deposits.clear();
            var rng = RandomStreams.forEvent(seed, event);
            context.startEvent(rng, null);
            context.stack().push(type, energy, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            context.rare().endEvent(context);
            context.calorimetry().finish(deposits, null, rng);
            return deposits.channels(0);
        }

        /** deposited + leaked + rest energy kept + invisible of the last event [GeV]. */
        public double bookkeeping() {
            return context.calorimetry().deposited() + context.calorimetry().leaked() + context.restEnergyKept()
                    + context.invisibleEnergy();
        }
    }
}
