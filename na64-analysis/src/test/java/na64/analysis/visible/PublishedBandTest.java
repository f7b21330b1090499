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
}
