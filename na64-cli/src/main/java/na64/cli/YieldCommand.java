package na64.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.core.Progress;
import na64.physics.Mediator;
import na64.sim.downstream.DarkPhotonYield;
import na64.physics.ParticleType;
import na64.detector.Setup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 yield}: dark bosons above a missing-energy threshold per electron on target, from the cascade. */
@Command(name = "yield",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The number of dark bosons X with E_X > emiss-min produced per beam e-/e+ on target and per",
            "eps^2 in the calorimeters of a setup, from the simulated shower: dark bremsstrahlung of every",
            "e+- of the shower (and resonant annihilation of its positrons when E_R + m_e > emiss-min),",
            "with biased emission and exact event weights; cross-checked by the track-length estimate",
            "(the shower's e+- track lengths times the cross section above the threshold).",
            "",
            "Units: GeV. JSON keys: yield_per_eot_per_eps2, stat_unc (1 sigma), bremsstrahlung_per_eot_per_eps2,",
            "annihilation_per_eot_per_eps2, track_length_per_eot_per_eps2, track_length_unc, events, bias,",
            "emitting_fraction, cut_energy_GeV, resonance_energy_GeV."},
        footer = {"", "Example: na64 yield --setup na64e-2022 --beam e- --energy 100 --mediator vector --mass 0.02 "
                + "--emiss-min 50 --events 3000 --seed 1 --json"})
public final class YieldCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    BeamOptions.ShowerBeam beamOptions = new BeamOptions.ShowerBeam();

    @Option(names = "--mediator", defaultValue = "vector", paramLabel = "TYPE",
            description = "Lorentz structure of X: vector (dark photon), scalar, pseudoscalar, axial. Default: ${DEFAULT-VALUE}.")
    String mediator;

    @Option(names = "--mass", required = true, paramLabel = "GeV", description = "Mass of X [GeV] (1 MeV ... 3 GeV).")
    double mass;

    @Option(names = "--emiss-min", defaultValue = "50", paramLabel = "GeV",
            description = "Smallest energy of X counted (the missing-energy cut) [GeV]. Default: ${DEFAULT-VALUE}.")
    double emissMin;

    @Option(names = "--events", defaultValue = "3000", paramLabel = "N",
            description = "Beam particles simulated (a few thousand give a few per cent). Default: ${DEFAULT-VALUE}.")
    long events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Run seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        Check.positive("--events", events);
        Check.positive("--mass", mass);
        Check.positive("--emiss-min", emissMin);
        BeamOptions.Beam b = beamOptions.resolve();
        Setup s = b.setup();
        ParticleType particle = b.particle();
        double e = b.energy();
        if (!(emissMin < e)) {
            throw InputException.outOfRange("--emiss-min", emissMin, "< the beam energy " + e + " GeV");
        }
        if (!(mass < emissMin)) {
            throw InputException.outOfRange("--mass", mass, "< --emiss-min = " + emissMin + " GeV");
        }
        Mediator m = Mediator.parse(mediator);
        long start = System.nanoTime();
        DarkPhotonYield.Result r;
        try (Progress progress = Progress.start("yield", events)) {
            r = DarkPhotonYield.compute(s, particle, e, m, mass, emissMin, events, seed, progress);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("setup", s.name());
        out.put("beam", particle.cliName());
        out.put("energy_GeV", e);
        out.put("mediator", m.cliName());
        out.put("mass_GeV", mass);
        out.put("emiss_min_GeV", emissMin);
        out.put("yield_per_eot_per_eps2", r.yield());
        out.put("stat_unc", r.statUnc());
        out.put("bremsstrahlung_per_eot_per_eps2", r.bremsstrahlung());
        out.put("annihilation_per_eot_per_eps2", r.annihilation());
        out.put("track_length_per_eot_per_eps2", r.trackLength());
        out.put("track_length_unc", r.trackLengthUnc());
        out.put("events", r.events());
        out.put("seed", seed);
        out.put("bias", r.bias());
        out.put("emitting_fraction", r.emittingFraction());
        out.put("cut_energy_GeV", r.cutEnergy());
        out.put("resonance_energy_GeV", r.resonanceEnergy());
        out.put("seconds", (System.nanoTime() - start) * 1e-9);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Config.toJson(out));
        } else {
            w.printf("X yield per %s on target per eps^2 (E_X > %g GeV): %.4e +- %.2e%n", particle, emissMin, r.yield(),
                    r.statUnc());
            w.printf("  bremsstrahlung %.4e, annihilation %.4e; track-length estimate %.4e +- %.2e%n",
                    r.bremsstrahlung(), r.annihilation(), r.trackLength(), r.trackLengthUnc());
            w.printf("  %d events, bias %.3g (%.0f %% emitting), cut %.3g GeV%n", r.events(), r.bias(),
                    100 * r.emittingFraction(), r.cutEnergy());
        }
    }
}
