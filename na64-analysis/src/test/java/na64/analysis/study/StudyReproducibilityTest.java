package na64.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same result: the study on 1 and on 2 threads writes the same numbers; another seed does not. */
class StudyReproducibilityTest {

    private static Path run(Path dir, long seed, int threads) {
        StudyConfig config = StudyConfig.builtin().scaled(0.01).withSeed(seed).withThreads(threads);
        StudyResult result = new Study(config, Study.selection(config, Path.of(".")), new ChainProducer(),
                new PrintStream(OutputStream.nullOutputStream())).run(dir);
        na64.analysis.report.StudyReport.write(result, dir);
        return dir;
    }

    @Test
    void theSameSeedGivesTheSameOutputsWhateverTheThreads(@TempDir Path tmp) throws Exception {
        Path one = run(tmp.resolve("one"), 7, 1);
        Path two = run(tmp.resolve("two"), 7, 2);
        Path other = run(tmp.resolve("other"), 8, 2);
        for (String file : List.of("cutflow.csv", "efficiency.csv", "limits.csv", "background.csv")) {
            assertSameNumbers(file, Files.readAllLines(one.resolve(file)), Files.readAllLines(two.resolve(file)));
        }
        assertThat(Files.readAllLines(other.resolve("efficiency.csv"))).as("another seed, other events")
                .isNotEqualTo(Files.readAllLines(one.resolve("efficiency.csv")));
    }

    /** Equal cell by cell; numbers to 1e-9 relative (DuckDB may sum weights in another order on more threads). */
    private static void assertSameNumbers(String file, List<String> a, List<String> b) {
        assertThat(b).as(file).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            String[] x = a.get(i).split(",", -1);
            String[] y = b.get(i).split(",", -1);
            assertThat(y).as(file + " line " + (i + 1)).hasSameSizeAs(x);
            for (int k = 0; k < x.length; k++) {
                Double u = number(x[k]);
                Double v = number(y[k]);
                if (u != null && v != null) {
                    assertThat(v).as(file + " line " + (i + 1) + " column " + (k + 1)).isCloseTo(u,
                            org.assertj.core.data.Offset.offset(1e-9 * Math.max(1e-300, Math.abs(u))));
                } else {
                    assertThat(y[k]).as(file + " line " + (i + 1) + " column " + (k + 1)).isEqualTo(x[k]);
                }
            }
        }
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
