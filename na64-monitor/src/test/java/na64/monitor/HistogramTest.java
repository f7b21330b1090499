package na64.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import na64.monitor.hist.Histogram1D;
import na64.monitor.hist.Histogram2D;
import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void fillsBinsUnderflowOverflowAndMeanOfTheInRangeFills() {
        Histogram1D h = new Histogram1D("t", "t", "x", 4, 0, 2);   // bins of 0.5
        h.fill(-1);
        h.fill(0.1);
        h.fill(0.6, 2);
        h.fill(1.99);
        h.fill(2.0);       // upper edge: overflow
        h.fill(Double.NaN); // not a fill
        assertThat(h.entries()).isEqualTo(5);
        assertThat(h.contents()).containsExactly(1, 2, 0, 1);
        assertThat(h.underflow()).isEqualTo(1);
        assertThat(h.overflow()).isEqualTo(1);
        assertThat(h.mean()).isCloseTo((0.1 + 2 * 0.6 + 1.99) / 4, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void addingTwoHalvesGivesTheWhole() {
        Histogram1D a = new Histogram1D("a", "a", "x", 10, 0, 10);
        Histogram1D b = a.emptyCopy();
        Histogram1D all = a.emptyCopy();
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? a : b).fill(i * 0.37);
            all.fill(i * 0.37);
        }
        a.add(b);
        assertThat(a.sameContents(all)).isTrue();
        assertThatThrownBy(() -> a.add(new Histogram1D("a", "a", "x", 5, 0, 10))).hasMessageContaining("another binning");
    }

    @Test
    void twoDimensionalBinsAreRowAfterRow() {
        Histogram2D h = new Histogram2D("m", "m", "x", 2, 0, 2, "y", 3, 0, 3);
        h.fill(1.5, 2.5);
        h.fill(0.5, 0.5, 3);
        h.fill(5, 0);
        assertThat(h.content(1, 2)).isEqualTo(1);
        assertThat(h.content(0, 0)).isEqualTo(3);
        assertThat(h.outside()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        java.util.List<Double> c = (java.util.List<Double>) h.toJson().get("content");
        assertThat(c.get(2 * 2 + 1)).isEqualTo(1.0);
    }

    @Test
    void csvListsEveryBinWithItsEdges() {
        Histogram1D h = new Histogram1D("c", "c", "x", 2, 0, 1);
        h.fill(0.7);
        assertThat(h.toCsv()).isEqualTo("bin_lo,bin_hi,content\n-inf,0,0\n0,0.5,0\n0.5,1,1\n1,inf,0\n");
    }
}
