package na64.reach.tracklength;

import na64.physics.tracklength.TrackLengthTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import na64.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackLengthTableTest {
    private static TrackLengthTable sample() {
        double[] edges = {0.1, 1, 10, 100};
        double[][] v = {{30, 3, 0.3}, {10, 1, 0.05}, {40, 4, 0.4}};
        double[][] e = {{0.3, 0.03, 0.003}, {0.1, 0.01, 0.001}, {0.4, 0.04, 0.004}};
        return new TrackLengthTable(Map.of("setup", "na64e-2022", "beam", "e-"), edges, v, e);
    }

    @Test
    void roundTripThroughFile(@TempDir Path dir) {
        Path f = dir.resolve("t.csv");
        sample().write(f);
        TrackLengthTable back = TrackLengthTable.read(f);
        assertThat(back.bins()).isEqualTo(3);
        assertThat(back.meta("setup")).isEqualTo("na64e-2022");
        assertThat(back.positron(5.0)).isEqualTo(1.0);
        assertThat(back.error(TrackLengthTable.Species.PHOTON, 2)).isEqualTo(0.004);
        assertThat(back.format()).isEqualTo(sample().format());
    }

    @Test
    void outsideTheBinsTheSpectrumVanishes() {
        assertThat(sample().electron(0.05)).isZero();
        assertThat(sample().electron(100)).isZero();
        assertThat(sample().electron(Double.NaN)).isZero();
        assertThat(sample().electron(0.1)).isEqualTo(30);
    }

    @Test
    void malformedFilesNameFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        String good = sample().format();
        Files.writeString(f, good.replace("1.000000e+00,1.000000e+01,3.000000e+00", "1.000000e+00,1.000000e+01,-3"));
        assertThatThrownBy(() -> TrackLengthTable.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.csv:").hasMessageContaining(">= 0");
        Files.writeString(f, "hello\n");
        assertThatThrownBy(() -> TrackLengthTable.read(f)).hasMessageContaining("bad.csv:1");
        assertThatThrownBy(() -> TrackLengthTable.read(dir.resolve("none.csv"))).hasMessageContaining("not found");
    }
}
