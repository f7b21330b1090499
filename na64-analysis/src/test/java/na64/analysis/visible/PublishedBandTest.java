package na64.analysis.visible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A closed contour (the ALP limits' form) read as a band. */
class PublishedBandTest {

    @Test
    void aClosedContourBecomesLowerAndUpperEdges() {
        // lower edge 1e-4 flat from 1 to 50 MeV, then back along an upper edge from 50 MeV (2e-4) to 10 MeV (2e-2)
        double[] m = {0.001, 0.01, 0.05, 0.01};
        double[] g = {1e-4, 1e-4, 2e-4, 2e-2};
        PublishedBand b = PublishedBand.fromContour("test", m, g);
        assertThat(b.masses()).containsExactly(0.001, 0.01, 0.05);
        assertThat(b.low()).containsExactly(1e-4, 1e-4, 2e-4);
        assertThat(b.high()[0]).isNaN(); // below the upper edge's smallest mass the contour does not close
        assertThat(b.high()[1]).isCloseTo(2e-2, within(1e-12));
        assertThat(b.high()[2]).isCloseTo(2e-4, within(1e-12));
        // between 10 and 50 MeV: log-log interpolation, at sqrt(10 x 50) MeV the geometric mean
        double[] at = b.at(Math.sqrt(0.01 * 0.05));
        assertThat(at[1]).isCloseTo(Math.sqrt(2e-2 * 2e-4), within(1e-9));
        assertThat(at[0]).isCloseTo(Math.sqrt(1e-4 * 2e-4), within(1e-12));
    }

    @Test
    void aLimitCurveThatFoldsBackKeepsItsDip() {
        // a limit falling to a resonance dip at 0.25 GeV drawn as a fold: the curve goes out to 0.26,
        // back down to 0.24 at the dip's bottom (1e-5) and on to 0.3
        double[] m = {0.1, 0.2, 0.26, 0.24, 0.3};
        double[] eps = {1e-3, 1e-3, 1e-3, 1e-5, 1e-3};
        PublishedBand b = PublishedBand.fromLimitCurve("test", m, eps);
        assertThat(b.lowerEdgeOnly()).isTrue();
        assertThat(b.masses()).containsExactly(0.1, 0.2, 0.24, 0.26, 0.3);
        // at 0.24 the dip's own point, not the 1e-3 of the segment 0.2-0.26 that also spans it
        assertThat(b.low()[2]).isEqualTo(1e-5);
        // at 0.26: the segment from the dip (0.24, 1e-5) to (0.3, 1e-3) passes below the curve's own point there
        double t = Math.log(0.26 / 0.24) / Math.log(0.3 / 0.24);
        assertThat(b.low()[3]).isCloseTo(Math.exp(Math.log(1e-5) + t * Math.log(100)), within(1e-12));
        assertThat(b.low()[0]).isEqualTo(1e-3);
    }
}
