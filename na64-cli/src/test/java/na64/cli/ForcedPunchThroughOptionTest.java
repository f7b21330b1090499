package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import na64.event.SimEventReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code na64 simulate --force-punch-through}: the region is checked and the biasing recorded with the events. */
class ForcedPunchThroughOptionTest {
    @BeforeAll
    static void quiet() {
        System.setProperty("na64.quiet", "true");
    }

    @Test
    void anEmptyRegionIsAnErrorNamingTheOption(@TempDir Path dir) {
        Cli r = Cli.run("simulate", "--setup", "na64e-2022", "--beam", "pi-", "--events", "10", "--out",
                dir.resolve("a.parquet").toString(), "--force-punch-through", "2710:2650");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("force-punch-through").contains("zMin < zMax");
        Cli words = Cli.run("simulate", "--setup", "na64e-2022", "--beam", "pi-", "--events", "10", "--out",
                dir.resolve("b.parquet").toString(), "--force-punch-through", "ecal");
        assertThat(words.exitCode()).isEqualTo(2);
        assertThat(words.err()).contains("--force-punch-through").contains("ZMIN:ZMAX");
        assertThat(dir.resolve("a.parquet")).doesNotExist();
    }

    @Test
    void theForcedEventsCarryTheEscapeProbabilityAndTheFileSaysSo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pt.parquet");
        Cli r = Cli.run("simulate", "--setup", "na64e-2022", "--beam", "pi-", "--events", "200", "--seed", "5", "--out",
                out.toString(), "--force-punch-through", "2650:2710");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (SimEventReader reader = SimEventReader.open(out)) {
            assertThat(reader.metadata()).containsEntry("na64.options.force_punch_through", "true")
                    .containsEntry("na64.options.force_punch_through_z_min_cm", "2650.0");
            int forced = 0;
            for (na64.event.SimEvent e : reader.readAll()) {
                double w = e.truth().weight();
                // a leading neutron through the rest of the ECAL (45 cm, lambda_I 28.64 cm: 1.57), the VETO
                // (4 cm Sc, ~0.05), the MU counters and four HCAL modules (4 x 139.2 cm / 18.81 cm = 29.61):
                // 0.1 exp(-Lambda) with Lambda between 29.61 and ~31.3 (lambda_I from `na64 material`)
                if (w > 0) {
                    forced++;
                    assertThat(w).isBetween(0.1 * Math.exp(-31.4), 0.1 * Math.exp(-29.61));
                }
            }
            // most pions interact in the ECAL's 1.5 lambda_I (ECAL + VETO: 1 - e^-1.5 ~ 0.78)
            assertThat(forced).isBetween(120, 190);
        }
    }
}
