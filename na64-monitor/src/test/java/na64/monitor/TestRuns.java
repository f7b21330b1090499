package na64.monitor;

import java.nio.file.Path;
import na64.core.Progress;
import na64.reco.DigitizationJob;
import na64.reco.digitize.DigitizerConfig;
import na64.sim.run.RunOptions;
import na64.sim.run.SimulationRun;
import na64.detector.Setups;

/** TEST ONLY: small simulated runs of the na64e-2022 setup digitised into raw files. */
final class TestRuns {
    private TestRuns() {
    }

    /** A raw file of {@code events} 100 GeV electrons, {@code perSpill} events per spill. */
    static Path raw(Path dir, String name, int run, long seed, int events, int perSpill) {
        Path sim = dir.resolve(name + ".parquet");
        RunOptions options = new RunOptions("na64e-2022", "e-", 100.0, (long) events, seed, 2, null);
        SimulationRun.toFile(options, Setups.load("na64e-2022"), new ToyCalorimeter(), sim, Progress.silent(events));
        DigitizerConfig c = DigitizerConfig.defaults();
        DigitizerConfig.Pileup p = c.pileup();
        c = new DigitizerConfig(c.board(), c.boards(), c.photoelectrons(), c.excessNoiseFactor(), c.timeJitter(),
                c.zeroSuppression(), c.trigger(), c.strips(), c.straws(),
                new DigitizerConfig.Pileup(p.enabled(), p.intensity(), p.spillSeconds(), perSpill));
        Path out = dir.resolve(name + ".raw");
        DigitizationJob.run(new DigitizationJob.Options(sim, out, seed, run, c, null, null, 100, 2), Progress.silent(events));
        return out;
    }
}
