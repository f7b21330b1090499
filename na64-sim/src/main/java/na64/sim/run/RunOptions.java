package na64.sim.run;

import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.sim.beam.ForcedDecay;
import na64.sim.spectrometer.UpstreamNuclearOptions;

/**
 * The options of a simulation run, written into the output file's metadata (key na64.run).
 *
 * @param setup    setup name or file
 * @param beam     beam species
 * @param energy   beam energy [GeV]
 * @param events   number of events
 * @param seed     run seed: event i uses the random streams of (seed, i)
 * @param threads  worker threads (the output does not depend on it)
 * @param signal   signal and biasing options for the downstream simulation
 * @param forcedDecay biasing of the decays in flight of the beam particles (null: natural decays)
 * @param upstreamNuclear electronuclear interactions in the beam-line material (default: natural)
 */
public record RunOptions(String setup, String beam, Double energy, Long events, Long seed, Integer threads,
                         SimulationOptions signal, ForcedDecay forcedDecay, UpstreamNuclearOptions upstreamNuclear) {

    /** A run with natural decays in flight. */
    public RunOptions(String setup, String beam, Double energy, Long events, Long seed, Integer threads, SimulationOptions signal) {
        this(setup, beam, energy, events, seed, threads, signal, null, null);
    }

    /** A run with natural electronuclear interactions in the beam line. */
    public RunOptions(String setup, String beam, Double energy, Long events, Long seed, Integer threads, SimulationOptions signal,
                      ForcedDecay forcedDecay) {
        this(setup, beam, energy, events, seed, threads, signal, forcedDecay, null);
    }

    public RunOptions {
        Config.require("setup", setup);
        Config.require("beam", beam);
        Check.positive("energy", Config.require("energy", energy));
        Check.nonNegative("events", Config.require("events", events));
        seed = Config.orDefault(seed, 1L);
        threads = Config.orDefault(threads, 1);
        na64.core.Check.threads("threads", threads);
        signal = Config.orDefault(signal, SimulationOptions.standardModel());
        upstreamNuclear = Config.orDefault(upstreamNuclear, UpstreamNuclearOptions.NATURAL);
    }
}
