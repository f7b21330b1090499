package na64.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import na64.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference curves from user CSV files. */
class ReferenceCurveTest {

    @Test
    void readsTwoColumnsAfterCommentsAndTheHeader() throws Exception {
        Line line = ReferenceCurve.read(SvgRendererTest.referenceCsv(), "ref");
        assertThat(line.x()).containsExactly(0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0);
        assertThat(line.y()[0]).isEqualTo(4.0e-4);
        assertThat(line.label()).isEqualTo("ref");
    }

    @Test
    void errorsNameTheFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("babar.csv");
        Files.writeString(bad, "# BaBar\nm,eps\n0.01,1e-3\n0.02,1e-3,7\n");
        assertThatThrownBy(() -> ReferenceCurve.read(bad, "BaBar")).isInstanceOf(InputException.class)
                .hasMessageContaining(bad.toString() + ":4").hasMessageContaining("3 values, the header has 2 columns");
        Files.writeString(bad, "m;eps\n0.01;1e-3\n0.02;2e-3\n");
        assertThatThrownBy(() -> ReferenceCurve.read(bad, "BaBar")).isInstanceOf(InputException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("expected two columns x,y");
        Files.writeString(bad, "m,eps\n0.01,1e-3\n0.02,abc\n");
        assertThatThrownBy(() -> ReferenceCurve.read(bad, "BaBar")).isInstanceOf(InputException.class)
                .hasMessageContaining(bad.toString() + ":3").hasMessageContaining("'abc' is not a number");
        Files.writeString(bad, "m,eps\n0.01,1e-3\nx,y\n");
        assertThatThrownBy(() -> ReferenceCurve.read(bad, "BaBar")).hasMessageContaining(":3");
        Files.writeString(bad, "m,eps\n0.01,NaN\n0.02,1\n");
        assertThatThrownBy(() -> ReferenceCurve.read(bad, "BaBar")).hasMessageContaining(":2").hasMessageContaining("finite");
        Files.writeString(bad, "0.01,1e-3\n0.02,1e-3\n0.03,1e-3\n");
        assertThatThrownBy(() -> ReferenceCurve.read(bad, "BaBar")).hasMessageContaining(":1").hasMessageContaining("header");
        Files.writeString(bad, "# only one point\nm,eps\n0.01,1e-3\n");
        assertThatThrownBy(() -> ReferenceCurve.read(bad, "BaBar")).hasMessageContaining("at least 2 points");
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> ReferenceCurve.read(missing, "x")).isInstanceOf(InputException.class)
                .hasMessageContaining("missing.csv");
    }
}
