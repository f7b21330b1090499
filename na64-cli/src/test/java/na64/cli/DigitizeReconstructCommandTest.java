package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import na64.core.Config;
import na64.event.reco.RecoSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitizeReconstructCommandTest {
    @TempDir
    static Path dir;
    static Path sim;

    @BeforeAll
    static void simulate() {
        System.setProperty("na64.quiet", "true");
        sim = dir.resolve("ev.parquet");
        Cli r = Cli.withTestDownstream("simulate", "--setup", "na64e-2022", "--events", "200", "--seed", "4", "--out", sim.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    static JsonNode json(Cli r) throws Exception {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Config.json().readTree(r.out());
    }

    @Test
    void digitizeThenReconstruct() throws Exception {
        Path raw = dir.resolve("run.raw");
        Path reco = dir.resolve("reco.parquet");
        JsonNode d = json(Cli.withTestDownstream("digitize", sim.toString(), "--out", raw.toString(), "--pileup", "on",
                "--intensity", "5e6", "--seed", "2", "--threads", "2", "--json"));
        assertThat(d.get("events").asLong()).isEqualTo(200);
        assertThat(d.get("mean_pileup_particles").asDouble()).isBetween(0.3, 1.5);
        JsonNode r = json(Cli.withTestDownstream("reconstruct", raw.toString(), "--out", reco.toString(), "--json"));
        assertThat(r.get("events").asLong()).isEqualTo(200);
        assertThat(r.get("damage")).isEmpty();
        RecoSummary s = RecoSummary.of(reco);
        assertThat(s.events()).isEqualTo(200);
        // the CLI test's stand-in downstream puts the beam energy into one ECAL cell; in-time pile-up adds to it
        // (0.3-1.5 overlaid particles per event, some of them in the read-out window of that cell)
        assertThat(s.recoEcalEnergyMean()).isBetween(80.0, 105.0);
        assertThat(s.momentumMean()).isBetween(90.0, 102.0);
        Cli text = Cli.withTestDownstream("reconstruct", raw.toString(), "--out", dir.resolve("again.parquet").toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("reconstructed 200 events");
    }

    /** A raw file cut in the middle: the damage is reported with its offset, the events before are kept. */
    @Test
    void truncatedRawFileIsReportedWithItsOffset() throws Exception {
        Path raw = dir.resolve("cut-source.raw");
        assertThat(Cli.withTestDownstream("digitize", sim.toString(), "--out", raw.toString()).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(raw);
        Path cut = dir.resolve("cut.raw");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Cli r = Cli.withTestDownstream("reconstruct", cut.toString(), "--out", dir.resolve("cut.parquet").toString(), "--json");
        JsonNode j = json(r);
        assertThat(j.get("events").asLong()).isBetween(90L, 100L);
        assertThat(j.get("damage").get(0).get("kind").asText()).isEqualTo("TRUNCATED");
        long offset = j.get("damage").get(0).get("offset").asLong();
        assertThat(offset).isLessThan(bytes.length / 2).isGreaterThan(bytes.length / 2 - 20000);
        assertThat(r.err()).contains("TRUNCATED at byte " + offset);
        Cli strict = Cli.withTestDownstream("reconstruct", cut.toString(), "--out", dir.resolve("strict.parquet").toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("damaged").contains("byte " + offset);
        assertThat(dir.resolve("strict.parquet")).doesNotExist();
    }

    @Test
    void badInputNamesTheOption() {
        Cli a = Cli.withTestDownstream("digitize", sim.toString(), "--out", dir.resolve("x.raw").toString(), "--pileup", "maybe");
        assertThat(a.exitCode()).isEqualTo(2);
        assertThat(a.err()).contains("--pileup");
        Cli b = Cli.withTestDownstream("digitize", sim.toString(), "--out", dir.resolve("x.raw").toString(), "--pileup", "on",
                "--intensity", "-3");
        assertThat(b.exitCode()).isEqualTo(2);
        assertThat(b.err()).contains("--intensity");
        Cli c = Cli.withTestDownstream("digitize", sim.toString(), "--out", dir.resolve("x.raw").toString(), "--board", "tdc");
        assertThat(c.exitCode()).isEqualTo(2);
        assertThat(c.err()).contains("--board").contains("fast2025");
        Cli d = Cli.withTestDownstream("reconstruct", dir.resolve("missing.raw").toString(), "--out", dir.resolve("x.parquet").toString());
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).contains("missing.raw");
        Cli e = Cli.withTestDownstream("reconstruct", sim.toString(), "--out", dir.resolve("x.parquet").toString());
        assertThat(e.exitCode()).isEqualTo(2);
        Cli f = Cli.withTestDownstream("digitize", dir.resolve("nothing.parquet").toString(), "--out", dir.resolve("y.raw").toString());
        assertThat(f.exitCode()).isEqualTo(2);
    }

    @Test
    void helpGivesUnitsAndDefaults() {
        Cli d = Cli.withTestDownstream("digitize", "--help");
        assertThat(d.exitCode()).isZero();
        assertThat(d.out()).contains("--intensity").contains("--pileup").contains("Default: off").contains("12.5 ns");
        Cli r = Cli.withTestDownstream("reconstruct", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--conditions").contains("--strict").contains("GeV");
    }

    @Test
    void benchRecoReportsARate() throws Exception {
        JsonNode j = json(Cli.withTestDownstream("bench", "reco", "--sample", "50", "--repetitions", "1", "--seconds", "0.2", "--warmup", "0.1",
                "--json"));
        assertThat(j.get("reco_events_per_s_per_core").asDouble()).isPositive();
        assertThat(j.get("us_per_event_by_processor").has("waveform-fit")).isTrue();
    }
}
