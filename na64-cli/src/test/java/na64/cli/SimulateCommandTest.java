package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import na64.core.Config;
import na64.event.SimEventReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @BeforeAll
    static void useTheTestDownstream() {
        System.setProperty("na64.quiet", "true");
    }

    static JsonNode json(String text) throws Exception {
        return Config.json().readTree(text);
    }

    @Test
    void simulateThenSummarise(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ev.parquet");
        Cli sim = Cli.withTestDownstream("simulate", "--setup", "na64e-2022", "--beam", "e-", "--energy", "100", "--events", "400",
                "--seed", "3", "--out", out.toString(), "--json");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(json(sim.out()).get("events").asLong()).isEqualTo(400);
        assertThat(out).exists();
        Cli summary = Cli.withTestDownstream("summary", out.toString(), "--json");
        assertThat(summary.exitCode()).as(summary.err()).isZero();
        JsonNode s = json(summary.out());
        assertThat(s.get("events").asLong()).isEqualTo(400);
        // the stand-in downstream puts all incident energy into the ECAL: about the beam energy less
        // what the beam line took (synchrotron light, bremsstrahlung photons leaving the axis)
        assertThat(s.get("ecal_energy_mean_GeV").asDouble()).isBetween(85.0, 100.0);
        assertThat(s.get("ecal_energy_rms_GeV").asDouble()).isPositive();
        assertThat(s.get("ecal_plus_hcal_mean_GeV").asDouble()).isEqualTo(s.get("ecal_energy_mean_GeV").asDouble());
        assertThat(s.has("srd_energy_mean_GeV")).isTrue();
        assertThat(s.has("hcal_energy_rms_GeV")).isTrue();
        try (SimEventReader r = SimEventReader.open(out)) {
            assertThat(r.metadata().get("na64.run")).contains("seed: 3");
        }
        Cli text = Cli.withTestDownstream("summary", out.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("400 events").contains("ecal_energy_mean_GeV");
    }

    @Test
    void recoInTheSameProcessEqualsTheFileChainAndIsSummarised(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ev.parquet");
        Cli sim = Cli.withTestDownstream("simulate", "--setup", "na64e-2022", "--events", "200", "--seed", "4", "--out", out.toString(),
                "--reco", "--json");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        Path reco = dir.resolve("ev.reco.parquet");
        assertThat(json(sim.out()).get("reco_file").asText()).isEqualTo(reco.toString());
        JsonNode one = json(Cli.withTestDownstream("summary", reco.toString(), "--json").out());
        assertThat(one.get("events").asLong()).isEqualTo(200);
        // reconstructed ECAL energy follows the simulated one (calibrated EM scale, no bias by design)
        JsonNode simulated = json(Cli.withTestDownstream("summary", out.toString(), "--json").out());
        assertThat(one.get("reco_ecal_energy_mean_GeV").asDouble())
                .isCloseTo(simulated.get("ecal_energy_mean_GeV").asDouble(), org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(one.get("momentum_mean_GeV").asDouble()).isBetween(90.0, 101.0);
        assertThat(one.get("momentum_rms_GeV").asDouble()).isPositive();
        // the two-step chain (digitize, reconstruct) with the same seed gives the same reconstructed events
        Path raw = dir.resolve("ev.raw");
        Path reco2 = dir.resolve("ev2.parquet");
        assertThat(Cli.withTestDownstream("digitize", out.toString(), "--out", raw.toString(), "--seed", "4").exitCode()).isZero();
        assertThat(Cli.withTestDownstream("reconstruct", raw.toString(), "--out", reco2.toString()).exitCode()).isZero();
        JsonNode two = json(Cli.withTestDownstream("summary", reco2.toString(), "--json").out());
        assertThat(two.get("reco_ecal_energy_mean_GeV").asDouble()).isEqualTo(one.get("reco_ecal_energy_mean_GeV").asDouble());
        assertThat(two.get("momentum_mean_GeV").asDouble()).isEqualTo(one.get("momentum_mean_GeV").asDouble());
    }

    @Test
    void threadsDoNotChangeTheEvents(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.parquet");
        Path b = dir.resolve("b.parquet");
        assertThat(Cli.withTestDownstream("simulate", "--setup", "na64e-2016", "--events", "600", "--seed", "5", "--out", a.toString())
                .exitCode()).isZero();
        assertThat(Cli.withTestDownstream("simulate", "--setup", "na64e-2016", "--events", "600", "--seed", "5", "--out", b.toString(),
                "--threads", "2").exitCode()).isZero();
        try (SimEventReader ra = SimEventReader.open(a); SimEventReader rb = SimEventReader.open(b)) {
            assertThat(rb.readAll()).isEqualTo(ra.readAll());
        }
        assertThat(Cli.withTestDownstream("summary", a.toString(), "--json").out()).isEqualTo(Cli.withTestDownstream("summary", b.toString(), "--json").out());
    }

    @Test
    void badInputIsExitTwoWithTheFieldNamed(@TempDir Path dir) throws Exception {
        String out = dir.resolve("x.parquet").toString();
        expectBadInput("--events", "simulate", "--setup", "na64e-2022", "--events", "-1", "--out", out);
        expectBadInput("--beam", "simulate", "--setup", "na64e-2022", "--beam", "nu", "--events", "1", "--out", out);
        expectBadInput("--beam", "simulate", "--setup", "na64e-2022", "--beam", "electron-ish", "--events", "1", "--out", out);
        expectBadInput("setup", "simulate", "--setup", "na64e-1999", "--events", "1", "--out", out);
        expectBadInput("--energy", "simulate", "--setup", "na64e-2022", "--energy", "-5", "--events", "1", "--out", out);
        expectBadInput("--threads", "simulate", "--setup", "na64e-2022", "--threads", "0", "--events", "1", "--out", out);
        expectBadInput("mediator", "simulate", "--setup", "na64e-2022", "--signal", "tensor", "--events", "1", "--out", out);
        expectBadInput("signal", "simulate", "--setup", "na64e-2022", "--mass", "0.01", "--events", "1", "--out", out);
        expectBadInput("epsilon", "simulate", "--setup", "na64e-2022", "--signal", "vector", "--mass", "0.01",
                "--epsilon", "-1", "--events", "1", "--out", out);
        expectBadInput("--bias-dimuon", "simulate", "--setup", "na64e-2022", "--bias-dimuon", "0.5", "--events", "1", "--out", out);
        expectBadInput("--bias-electronuclear", "simulate", "--setup", "na64e-2022", "--bias-electronuclear", "0.5", "--events", "1",
                "--out", out);
        expectBadInput("--bias-leading-k0s", "simulate", "--setup", "na64e-2022", "--bias-leading-k0s", "1.5", "--events", "1",
                "--out", out);
        expectBadInput("--photonuclear-min-energy", "simulate", "--setup", "na64e-2022", "--photonuclear-min-energy", "-3",
                "--events", "1", "--out", out);
        expectBadInput("--bias-upstream = 0.5", "simulate", "--setup", "na64e-2022", "--force-upstream-interaction", "750:",
                "--bias-upstream", "0.5", "--events", "1", "--out", out);
        expectBadInput("--force-upstream-interaction = 900.0:800.0", "simulate", "--setup", "na64e-2022",
                "--force-upstream-interaction", "900:800", "--events", "1", "--out", out);
        expectBadInput("--force-upstream-interaction", "simulate", "--setup", "na64e-2022", "--bias-upstream", "10",
                "--events", "1", "--out", out);
        // a setup file with an unknown key: the key, the file and the line
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\ntarget: ECAL\nbeam: {particle: e-, energy: 100}\nmagnetz: []\ncalorimeters:\n"
                + "  - {name: ECAL, kind: electromagnetic, zFront: 100, material: ecal-pbsc, grid: {pitch: 4},"
                + " sections: [{name: all, depth: 45}]}\n");
        Cli c = expectBadInput("magnetz", "simulate", "--setup", bad.toString(), "--events", "1", "--out", out);
        assertThat(c.err()).contains("bad.yaml:4");
        assertThat(Path.of(out)).doesNotExist();
        expectBadInput("file", "summary", dir.resolve("missing.parquet").toString());
        Files.writeString(dir.resolve("junk.parquet"), "not parquet");
        expectBadInput("junk.parquet", "summary", dir.resolve("junk.parquet").toString());
    }

    private static Cli expectBadInput(String field, String... args) {
        Cli c = Cli.withTestDownstream(args);
        assertThat(c.exitCode()).as(String.join(" ", args) + "\n" + c.err()).isEqualTo(2);
        assertThat(c.err()).contains(field);
        return c;
    }

    /** --hepmc3 with --reco and a signal (the real cascade): the same bytes for 1 and 2 threads, one E line per event. */
    @Test
    void hepmc3TruthIsTheSameForOneAndTwoThreadsAlongsideReco(@TempDir Path dir) throws Exception {
        byte[][] files = new byte[2][];
        for (int threads = 1; threads <= 2; threads++) {
            Path out = dir.resolve("t" + threads + ".parquet");
            Path hepmc = dir.resolve("t" + threads + ".hepmc3");
            Cli sim = Cli.run("simulate", "--setup", "na64e-2022", "--events", "120", "--seed", "8", "--signal", "vector",
                    "--mass", "0.0167", "--epsilon", "1e-4", "--signal-bias", "1e10", "--cut-energy", "2",
                    "--threads", Integer.toString(threads), "--out", out.toString(), "--reco", "--hepmc3", hepmc.toString(), "--json");
            assertThat(sim.exitCode()).as(sim.err()).isZero();
            assertThat(json(sim.out()).get("hepmc3_file").asText()).isEqualTo(hepmc.toString());
            assertThat(dir.resolve("t" + threads + ".reco.parquet")).exists();
            files[threads - 1] = Files.readAllBytes(hepmc);
        }
        assertThat(files[1]).isEqualTo(files[0]);
        String text = new String(files[0], java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines().filter(l -> l.startsWith("E "))).hasSize(120);
        // some events hold X (PDG 5000022)
        assertThat(text.lines().filter(l -> l.startsWith("P ") && l.split(" ")[3].equals("5000022")).count()).isPositive();
        assertThat(text).endsWith("HepMC::Asciiv3-END_EVENT_LISTING\n\n");
        // no temporary files left next to the outputs
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void hepmc3NeedsAHepmcSuffix(@TempDir Path dir) {
        Path out = dir.resolve("x.parquet");
        Cli c = expectBadInput("--hepmc3", "simulate", "--setup", "na64e-2022", "--events", "5", "--out", out.toString(),
                "--hepmc3", dir.resolve("truth.txt").toString());
        assertThat(c.err()).contains(".hepmc3").contains(".hepmc");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("truth.txt")).doesNotExist();
        // the suffixes generate accepts for HepMC3, any case
        Cli ok = Cli.withTestDownstream("simulate", "--setup", "na64e-2022", "--events", "5", "--out", out.toString(),
                "--hepmc3", dir.resolve("truth.HepMC").toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(dir.resolve("truth.HepMC")).exists();
    }

    @Test
    void helpDescribesUnitsAndDefaults() {
        Cli h = Cli.withTestDownstream("simulate", "--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("--energy").contains("[GeV]").contains("--threads").contains("Default: 1").contains("--hepmc3");
        assertThat(Cli.withTestDownstream("summary", "--help").out()).contains("ecal_plus_hcal_mean_GeV");
        assertThat(Cli.withTestDownstream("bench", "simulate", "--help").out()).contains("events per second per core");
    }

    @Test
    void benchSimulateReportsRatesAndMemory() throws Exception {
        Cli b = Cli.withTestDownstream("bench", "simulate", "--setup", "na64e-2022", "--seconds", "0.3", "--warmup", "0.2",
                "--repetitions", "1", "--json");
        assertThat(b.exitCode()).as(b.err()).isZero();
        JsonNode j = json(b.out());
        assertThat(j.get("beamline_events_per_s_per_core").asDouble()).isPositive();
        assertThat(j.get("events_per_s_per_core").asDouble()).isPositive();
        assertThat(j.get("events_per_s_per_core_with_output").asDouble()).isPositive();
        assertThat(j.get("peak_heap_MB").asDouble()).isPositive();
        assertThat(j.get("downstream").asText()).isEqualTo("cli-test");
    }

    /**
     * --signal alp: an ALP coupled to photons made by Primakoff conversion of the shower's photons in
     * the real cascade; every emitting event says primakoff, its emitter is a photon whose energy the
     * ALP carries, its weight undoes the bias (tiny for g = 1e-4/GeV), and the ALP's energy is missing.
     */
    @Test
    void anAlpSignalComesFromPrimakoffConversionOfShowerPhotons(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("alp.parquet");
        Cli sim = Cli.run("simulate", "--setup", "na64e-2022", "--events", "400", "--seed", "5", "--signal", "alp", "--mass", "0.05",
                "--g-agg", "1e-4", "--signal-bias", "3e9", "--out", out.toString(), "--threads", "2");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        int emitting = 0;
        try (SimEventReader r = SimEventReader.open(out)) {
            assertThat(r.metadata().toString()).contains("alp_g_agg_per_GeV=1.0E-4");
            for (na64.event.SimEvent e : r.events()) {
                na64.event.McTruth t = e.truth();
                if (t.emission() == null || t.emission().isEmpty() || t.emission().equals("none")) {
                    continue;
                }
                emitting++;
                assertThat(t.emission()).isEqualTo("primakoff");
                assertThat(t.emitterPdg()).isEqualTo(22);
                assertThat(t.emissionEnergy()).isEqualTo(t.emitterEnergy());
                assertThat(t.weight()).isLessThan(1e-6);
                assertThat(t.escapedInvisible()).isGreaterThanOrEqualTo(t.emissionEnergy() - 1e-9);
            }
        }
        assertThat(emitting).isGreaterThan(20);
        // with --signal-decay visible the ALP decays to two photons downstream of its production point
        Path visible = dir.resolve("alp-visible.parquet");
        Cli vis = Cli.run("simulate", "--setup", "na64e-2022", "--events", "200", "--seed", "6", "--signal", "alp", "--mass", "0.05",
                "--g-agg", "1e-4", "--signal-bias", "3e9", "--signal-decay", "visible", "--out", visible.toString(), "--threads", "2");
        assertThat(vis.exitCode()).as(vis.err()).isZero();
        int decayed = 0;
        try (SimEventReader r = SimEventReader.open(visible)) {
            for (na64.event.SimEvent e : r.events()) {
                if (e.truth().decayZ() != null) {
                    decayed++;
                    assertThat(e.truth().decayZ()).isGreaterThan(e.truth().emissionZ());
                }
            }
        }
        assertThat(decayed).isGreaterThan(5);
        String o = dir.resolve("x.parquet").toString();
        expectBadInput("--g-agg", "simulate", "--setup", "na64e-2022", "--signal", "alp", "--mass", "0.05", "--events", "1", "--out", o);
        expectBadInput("--g-agg", "simulate", "--setup", "na64e-2022", "--signal", "vector", "--mass", "0.05", "--epsilon", "1e-4",
                "--g-agg", "1e-4", "--events", "1", "--out", o);
        expectBadInput("epsilon", "simulate", "--setup", "na64e-2022", "--signal", "alp", "--mass", "0.05", "--g-agg", "1e-4",
                "--epsilon", "1e-4", "--events", "1", "--out", o);
    }
}
