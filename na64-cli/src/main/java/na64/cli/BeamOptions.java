package na64.cli;

import na64.core.Check;
import na64.core.InputException;
import na64.physics.ParticleType;
import na64.detector.BeamSpec;
import na64.detector.Setup;
import na64.detector.Setups;
import picocli.CommandLine.Option;

/** The --setup, --beam and --energy options that several commands share (as picocli mixins). */
final class BeamOptions {
    private BeamOptions() {
    }

    /** A setup, the beam particle and its energy [GeV]. */
    record Beam(Setup setup, ParticleType particle, double energy) {
    }

    /**
     * A setup whose beam the options may replace (any species; by default the setup's own beam):
     * {@code bench simulate}, {@code bench reco}.
     */
    static final class SetupBeam {
        @Option(names = "--setup", defaultValue = "na64e-2022", paramLabel = "NAME|FILE", description = "Setup. Default: ${DEFAULT-VALUE}.")
        String setup;

        @Option(names = "--beam", paramLabel = "PARTICLE", description = "Beam species. Default: the setup's.")
        String beam;

        @Option(names = "--energy", paramLabel = "GeV", description = "Beam energy [GeV]. Default: the setup's.")
        Double energy;

        /** The setup with the beam particle and energy of the options. */
        Beam resolve() {
            Setup base = Setups.loadOrRead(setup);
            ParticleType particle = beam == null ? base.beam().type() : BeamSpec.parseBeamParticle("--beam", beam);
            double e = energy == null ? base.beam().energy() : Check.positive("--energy", energy);
            return new Beam(base.withBeam(base.beam().with(particle, e)), particle, e);
        }
    }

    /**
     * A setup and the e- or e+ whose shower in its calorimeters a command follows: {@code tracklength},
     * {@code yield}.
     */
    static final class ShowerBeam {
        @Option(names = "--setup", defaultValue = "na64e-2022", paramLabel = "NAME|FILE",
                description = "Built-in setup name or setup YAML file. Default: ${DEFAULT-VALUE}.")
        String setup;

        @Option(names = "--beam", defaultValue = "e-", paramLabel = "e-|e+", description = "Beam particle. Default: ${DEFAULT-VALUE}.")
        String beam;

        @Option(names = "--energy", paramLabel = "GeV", description = "Beam energy [GeV]. Default: the setup's.")
        Double energy;

        /** The setup as it is (its own beam untouched), the particle and the energy, checked in that order. */
        Beam resolve() {
            Setup s = Setups.loadOrRead(setup);
            ParticleType particle = BeamSpec.parseBeamParticle("--beam", beam);
            if (particle != ParticleType.ELECTRON && particle != ParticleType.POSITRON) {
                throw InputException.outOfRange("--beam", beam, "e- or e+");
            }
            double e = energy == null ? s.beam().energy() : Check.positive("--energy", energy);
            return new Beam(s, particle, e);
        }
    }
}
