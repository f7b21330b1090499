package na64.sim.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import na64.physics.material.Materials;
import na64.detector.CellGrid;
import na64.sim.shower.ShowerPath;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final Readout VETO = new Readout("VHCAL", new CellGrid(4, 4, 10, 10, 0, 0, 5, 5),
            new double[] {20}, Readout.Response.IDEAL);
    private static final Layout LAYOUT = new Layout(List.of(
            Volume.slab("lead", 0, 1, 100, Materials.get("Pb")),
            Volume.readOut(10, 20, Materials.get("iron"), VETO),
            Volume.slab("back", 30, 5, 100, Materials.get("Pb"))));

    @Test
    void locatesPointsAndHoles() {
        assertThat(LAYOUT.locate(0, 0, 0.5)).isEqualTo(0);
        assertThat(LAYOUT.locate(0, 0, 5)).isEqualTo(-1);
        assertThat(LAYOUT.locate(0, 0, 15)).isEqualTo(-1);    // in the hole
        assertThat(LAYOUT.locate(12, 0, 15)).isEqualTo(1);
        assertThat(LAYOUT.locate(25, 0, 15)).isEqualTo(-1);   // beside it
    }

    @Test
    void raysCrossTheHoleInTwoPieces() {
        Layout.Scratch s = new Layout.Scratch();
        // along x at z = 15 from x = -30: the veto spans x in [-20, 20] with a hole |x| < 5
        int n = LAYOUT.intervals(1, -30, 0, 15, 1, 0, 0, s);
        assertThat(n).isEqualTo(2);
        assertThat(s.intervals[0].entry).isCloseTo(10, within(1e-12));
        assertThat(s.intervals[0].exit).isCloseTo(25, within(1e-12));
        assertThat(s.intervals[1].entry).isCloseTo(35, within(1e-12));
        assertThat(s.intervals[1].exit).isCloseTo(50, within(1e-12));
        // along z off the hole: one piece
        assertThat(LAYOUT.intervals(1, 0, 12, 0, 0, 0, 1, s)).isEqualTo(1);
        // along z through the hole: none
        assertThat(LAYOUT.intervals(1, 0, 0, 0, 0, 0, 1, s)).isZero();
    }

    @Test
    void nextVolumeAndExitDistances() {
        Layout.Scratch s = new Layout.Scratch();
        assertThat(LAYOUT.nextVolume(0, 12, 2, 0, 0, 1, s)).isEqualTo(1);
        assertThat(s.distance).isCloseTo(8, within(1e-12));
        assertThat(LAYOUT.nextVolume(0, 0, 2, 0, 0, 1, s)).isEqualTo(2);   // through the hole
        assertThat(s.distance).isCloseTo(28, within(1e-12));
        assertThat(LAYOUT.nextVolume(0, 0, 40, 0, 0, 1, s)).isEqualTo(-1);
        assertThat(LAYOUT.distanceToExit(0, 0, 0, 0.25, 0, 0, 1, s)).isCloseTo(0.75, within(1e-12));
        assertThat(LAYOUT.distanceToExit(1, 12, 0, 14, 0, 0, 1, s)).isCloseTo(6, within(1e-12));
    }

    @Test
    void traceAddsRadiationLengthsOfTheMaterialsCrossed() {
        ShowerPath path = new ShowerPath();
        LAYOUT.trace(12, 0, 0, 0, 0, 1, 1e9, path, new Layout.Scratch());
        assertThat(path.size()).isEqualTo(3);
        double x0pb = Materials.get("Pb").radiationLengthCm();
        double x0fe = Materials.get("iron").radiationLengthCm();
        assertThat(path.totalDepth()).isCloseTo(1 / x0pb + 10 / x0fe + 5 / x0pb, within(1e-9));
        assertThat(path.volume(1)).isEqualTo(1);
        assertThat(path.distanceAt(1, path.segmentStart(1))).isCloseTo(10, within(1e-9));
    }

    @Test
    void overlappingVolumesAreRejected() {
        assertThatThrownBy(() -> new Layout(List.of(Volume.slab("a", 0, 2, 10, Materials.get("Pb")),
                Volume.slab("b", 1, 2, 10, Materials.get("Pb"))))).hasMessageContaining("overlap");
    }
}
