package na64.analysis.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import na64.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedCurveTest {
    @Test
    void theBuiltInCurveKeepsItsSourceLineAndEveryPoint() throws Exception {
        PublishedCurve curve = PublishedCurve.builtin();
        assertThat(curve.source()).startsWith("source: ESPP2026-PPG/Quasi-elastic-DM");
        // every non-comment line after the header is a point
        long points;
        try (var in = PublishedCurve.class.getResourceAsStream(PublishedCurve.BUILTIN)) {
            points = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).count() - 1;
        }
        assertThat(curve.masses()).hasSize((int) points);
        assertThat(curve.masses()[0]).isEqualTo(0.0010549278820325282);
        assertThat(curve.epsilon()[0]).isEqualTo(0.000005367193642363265);
    }

    @Test
    void interpolatesLogLinearly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "# source: test\nmass_GeV,epsilon\n0.01,1e-4\n0.1,1e-3\n");
        PublishedCurve curve = PublishedCurve.read(f, "test");
        assertThat(curve.source()).isEqualTo("source: test");
        // halfway in log m is halfway in log epsilon
        assertThat(curve.at(Math.sqrt(0.001))).isCloseTo(Math.sqrt(1e-7), within(1e-15));
        assertThat(curve.at(1)).isNaN();
    }

    @Test
    void aNonPositiveOrBrokenRowIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "mass_GeV,epsilon\n0.01,1e-4\n0.05,0\n0.1,1e-3\n");
        assertThatThrownBy(() -> PublishedCurve.read(f, "test")).isInstanceOf(InputException.class)
                .hasMessage(f + ":3: column epsilon: 0.0 must be > 0");
        Files.writeString(f, "mass_GeV,epsilon\n0.01,1e-4\n0.05;2e-4\n0.1,1e-3\n");
        assertThatThrownBy(() -> PublishedCurve.read(f, "test")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + ":3: 1 values");
    }
}
