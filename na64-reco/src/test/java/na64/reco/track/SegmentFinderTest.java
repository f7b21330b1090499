package na64.reco.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentFinderTest {
    private static Measurement at(int plane, double position) {
        return new Measurement(plane, 0, plane * 10.0, position, 0.01, 0);
    }

    @Test
    void measurementsAreGroupedByPlaneInIncreasingOrderKeepingTheirOrderWithinAPlane() {
        Measurement a = at(3, 1.0);
        Measurement b = at(1, 2.0);
        Measurement c = at(3, 3.0);
        Measurement d = at(2, 4.0);
        Measurement e = at(1, 5.0);
        assertThat(SegmentFinder.byPlane(List.of(a, b, c, d, e)))
                .containsExactly(List.of(b, e), List.of(d), List.of(a, c));
        assertThat(SegmentFinder.byPlane(List.of(b, e, d, a, c)))
                .containsExactly(List.of(b, e), List.of(d), List.of(a, c));
        assertThat(SegmentFinder.byPlane(List.of())).isEmpty();
    }

    @Test
    void aStraightLineThroughOnePointPerPlaneIsFound() {
        // u = 0.5 + 0.01 z on four planes, a noise point on the second
        List<Measurement> m = List.of(new Measurement(0, 0, 0, 0.5, 0.01, 0), new Measurement(1, 0, 100, 1.5, 0.01, 0),
                new Measurement(1, 0, 100, 4.0, 0.01, 0), new Measurement(2, 0, 200, 2.5, 0.01, 0),
                new Measurement(3, 0, 300, 3.5, 0.01, 0));
        LineFit fit = SegmentFinder.find(m, 0.3, 0, 1);
        assertThat(fit.points()).isEqualTo(4);
        assertThat(fit.slope()).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-9));
    }
}
