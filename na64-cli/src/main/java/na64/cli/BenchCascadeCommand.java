package na64.cli;

import na64.sim.event.EnergyDeposits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import na64.core.Check;
import na64.core.RandomStreams;
import na64.sim.cascade.CascadeConfig;
import na64.sim.downstream.CascadeDownstream;
import na64.sim.downstream.DownstreamModel;
import na64.sim.downstream.SetupLayout;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.sim.run.SimulationOptions;
import na64.detector.BeamSpec;
import na64.detector.Setup;
import na64.detector.Setups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code na64 bench cascade}: events per second on one core of the downstream simulation alone
 * (cascade, parameterised showers, calorimeter response) for beam particles entering the first
 * calorimeter, for several cut and spot energies.
 */
@Command(name = "cascade",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Events per second per core of the downstream simulation alone (the cascade in the",
            "calorimeters and the detector response, no beam line, no output), for each pair of cut energy and",
            "spot energy given. The beam line and the output: 'na64 bench simulate'."})
public final class BenchCascadeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchCommand.Settings settings;

    @Option(names = "--setup", defaultValue = "na64e-2022", paramLabel = "NAME|FILE", description = "Setup. Default: ${DEFAULT-VALUE}.")
    String setup;

    @Option(names = "--beam", defaultValue = "e-", paramLabel = "PARTICLE", description = "Beam particle. Default: ${DEFAULT-VALUE}.")
    String beam;

    @Option(names = "--energy", defaultValue = "100", paramLabel = "GeV", description = "Beam energy [GeV]. Default: ${DEFAULT-VALUE}.")
    double energy;

    @Option(names = "--cut", split = ",", paramLabel = "GeV",
            description = "Cut energies [GeV], comma-separated. Default: the simulation's (2 GeV) and 1, 5.")
    List<Double> cuts;

    @Option(names = "--spot", split = ",", paramLabel = "GeV",
            description = "Spot energies [GeV], comma-separated. Default: 0.15 (the simulation's) and 0.3.")
    List<Double> spots;

    @Override
    public Integer call() throws Exception {
        settings.check();
        Check.positive("--energy", energy);
        Setup s = Setups.loadOrRead(setup);
        ParticleType type = BeamSpec.parseBeamParticle("--beam", beam);
        List<Double> cutList = cuts == null ? List.of(CascadeConfig.DEFAULT_CUT, 1.0, 5.0) : cuts;
        List<Double> spotList = spots == null ? List.of(CascadeConfig.DEFAULT_SPOT_ENERGY, 0.3) : spots;
        BenchCommand.Harness harness = new BenchCommand.Harness();
        List<BenchCommand.Harness.Result> results = new ArrayList<>();
        Particle p = Particle.of(type, energy, 0, 0, s.handoverZ() - 1e-3, 0, 0, 1, 0);
        for (double cut : cutList) {
            for (double spot : spotList) {
                Check.positive("--cut", cut);
                Check.positive("--spot", spot);
                CascadeConfig config = CascadeConfig.defaults().withCut(cut).withSpotEnergy(spot);
                DownstreamModel model = new DownstreamModel(s, SimulationOptions.standardModel(), SetupLayout.of(s), config);
                CascadeDownstream sim = new CascadeDownstream(model);
                EventRecord rec = new EventRecord(EnergyDeposits.forSetup(s));
                long[] event = {0};
                String name = String.format(Locale.ROOT, "%s %s %.0f GeV, cut %.3g GeV, spot %.3g GeV: events", s.name(),
                        type, energy, cut, spot);
                results.add(harness.measure(name, n -> {
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        long e = event[0]++;
                        rec.reset(e);
                        sim.simulate(List.of(p), RandomStreams.forEvent(settings.seed, e), rec);
                        sum += rec.truth().depositedTrue;
                    }
                    return sum;
                }, settings));
            }
        }
        BenchCommand.Harness.print(spec.commandLine().getOut(), results, settings.json);
        return 0;
    }
}
