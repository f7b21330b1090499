package na64.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    @Test
    void numbersWrittenWithToStringComeBackBitForBit() throws Exception {
        SplittableRandom rng = new SplittableRandom(4);
        double[][] values = new double[50][3];
        StringBuilder text = new StringBuilder("mass_GeV,epsilon,weight\n");
        for (double[] row : values) {
            row[0] = Math.exp(-10 * rng.nextDouble());
            row[1] = 1e-7 * rng.nextDouble();
            row[2] = -rng.nextDouble() * 1e300;
            text.append(row[0]).append(',').append(row[1]).append(',').append(row[2]).append('\n');
        }
        Path file = dir.resolve("t.csv");
        Files.writeString(file, text);
        CsvTable table = CsvTable.read(file, "table");
        assertThat(table.header()).containsExactly("mass_GeV", "epsilon", "weight");
        assertThat(table.rows()).isEqualTo(values.length);
        for (int r = 0; r < values.length; r++) {
            assertThat(new double[] {table.number(r, 0), table.number(r, "epsilon"), table.number(r, "weight")}).isEqualTo(values[r]);
            assertThat(table.line(r)).isEqualTo(r + 2);
        }
        assertThat(table.column(1)).isEqualTo(java.util.Arrays.stream(values).mapToDouble(v -> v[1]).toArray());
    }

    @Test
    void commentsBlankLinesSpacesAndQuotes() {
        String text = """
                # source: a digitised curve, Fig. 3
                # note: second line

                 x , label
                1.5, "a, b"
                # between rows
                2.5 ,plain
                """;
        CsvTable table = CsvTable.parse(text, "c.csv", "curve");
        assertThat(table.comments()).containsExactly("source: a digitised curve, Fig. 3", "note: second line", "between rows");
        assertThat(table.comment("SOURCE")).isEqualTo("a digitised curve, Fig. 3");
        assertThat(table.comment("missing")).isNull();
        assertThat(table.header()).containsExactly("x", "label");
        assertThat(table.headerLine()).isEqualTo(4);
        assertThat(table.rows()).isEqualTo(2);
        assertThat(table.text(0, "label")).isEqualTo("a, b");
        assertThat(table.number(1, "x")).isEqualTo(2.5);
        assertThat(table.line(0)).isEqualTo(5);
        assertThat(table.line(1)).isEqualTo(7);
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsAnErrorWithFileAndLine() {
        String text = "# provenance\nx,y\n1,2\n3\n4,5\n";
        assertThatThrownBy(() -> CsvTable.parse(text, "data/ref.csv", "reference"))
                .isInstanceOf(InputException.class)
                .hasMessage("data/ref.csv:4: 1 values, the header has 2 columns [x, y]")
                .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("reference"));
        assertThatThrownBy(() -> CsvTable.parse("x,y\n1,2,3\n", "f.csv", "f")).hasMessageStartingWith("f.csv:2: 3 values");
    }

    @Test
    void aValueThatIsNotANumberNamesFileLineAndColumn() {
        CsvTable table = CsvTable.parse("x,y\n1,2\n\n3,abc\n4,NaN\n", "f.csv", "f");
        assertThatThrownBy(() -> table.number(1, "y")).isInstanceOf(InputException.class)
                .hasMessage("f.csv:4: column y: 'abc' is not a number");
        assertThatThrownBy(() -> table.column("y")).hasMessage("f.csv:4: column y: 'abc' is not a number");
        assertThatThrownBy(() -> table.number(2, 1)).hasMessage("f.csv:5: column y: 'NaN' is not finite");
    }

    @Test
    void theHeaderMustBeThereAndUnique() {
        assertThatThrownBy(() -> CsvTable.parse("# only a comment\n\n", "e.csv", "f")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("e.csv: no header row");
        assertThatThrownBy(() -> CsvTable.parse("# no header\n0.01,1e-3\n0.02,2e-3\n", "n.csv", "f")).isInstanceOf(InputException.class)
                .hasMessage("n.csv:2: the header row [0.01, 1e-3] is numbers; a CSV table starts with its column names");
        assertThatThrownBy(() -> CsvTable.parse("x,x\n1,2\n", "d.csv", "f")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("d.csv: not a valid CSV table");
        assertThatThrownBy(() -> CsvTable.parse("x,,y\n1,2,3\n", "m.csv", "f")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("m.csv: not a valid CSV table");
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvTable.parse("x,y\n1,\"open\n2,3\n", "q.csv", "f")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("q.csv: not a valid CSV table");
    }

    @Test
    void columnsCanBeRequired() {
        CsvTable table = CsvTable.parse("time_ns,radius_cm\n0,0\n", "rt.csv", "rt");
        assertThat(table.requireColumns("radius_cm", "time_ns")).isSameAs(table);
        assertThatThrownBy(() -> table.requireColumns("time_ns")).hasMessage("rt.csv: unknown column 'radius_cm'; allowed: [time_ns]");
        assertThatThrownBy(() -> table.requireColumns("time_ns", "radius_cm", "t0"))
                .hasMessage("rt.csv: missing column 't0'; columns: [time_ns, radius_cm]");
        assertThatThrownBy(() -> table.requireColumnCount("mass,low,high", 3))
                .hasMessage("rt.csv: 2 columns [time_ns, radius_cm], expected mass,low,high");
        assertThatThrownBy(() -> table.number(0, "t0")).hasMessage("rt.csv: missing column 't0'; columns: [time_ns, radius_cm]");
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThatThrownBy(() -> CsvTable.read(dir.resolve("none.csv"), "efficiency_table")).isInstanceOf(InputException.class)
                .hasMessageContaining("none.csv");
    }
}
