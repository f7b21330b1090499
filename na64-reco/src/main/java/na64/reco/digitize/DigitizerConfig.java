package na64.reco.digitize;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.event.raw.RunHeader;
import na64.reco.geometry.ReadoutType;
import na64.reco.geometry.Technology;

/**
 * The physics and electronics parameters of the digitisation (resource
 * {@code na64/reco/digitizer.yaml}, where each default is explained and sourced). The calibration
 * constants of the simulated detector (gains, pedestals, noise, pulse shapes, r-t, alignment) are
 * not here: they are the TRUE {@link na64.reco.conditions.Conditions} passed to the
 * {@link Digitizer}.
 */
public record DigitizerConfig(String board, Map<String, Board> boards, Map<ReadoutType, Double> photoelectrons,
                              Double excessNoiseFactor, Double timeJitter, Double zeroSuppression, Trigger trigger,
                              Map<Technology, StripResponse> strips, StrawResponse straws, Pileup pileup) {

    /** A waveform board: samples per channel, period [ns], ADC bits, sample of the trigger. */
    public record Board(Integer samples, Double period, Integer bits, Integer triggerSample) {
        public Board {
            Config.require("samples", samples);
            Check.positive("period", Config.require("period", period));
            Config.require("bits", bits);
            Config.require("triggerSample", triggerSample);
        }

        public RunHeader.WaveformBoard toHeader() {
            try {
                return new RunHeader.WaveformBoard(samples, period, bits, triggerSample);
            } catch (IllegalArgumentException e) {
                throw new InputException("board", "bad waveform board: " + e.getMessage());
            }
        }
    }

    /** The simulated trigger (see {@link na64.event.raw.TriggerWord}); energies in GeV. */
    public record Trigger(List<String> beamCounters, String haloVeto, Double counterThreshold, String ecal,
                          Double ecalMax) {
        public Trigger {
            beamCounters = List.copyOf(Config.orDefault(beamCounters, List.of()));
            Check.nonNegative("counterThreshold", Config.orDefault(counterThreshold, 0.0003));
            Check.positive("ecalMax", Config.orDefault(ecalMax, 85.0));
        }
    }

    /** A read-out time window relative to the trigger [ns]. */
    public record Window(Double min, Double max) {
        public Window {
            Check.finite("min", Config.require("min", min));
            Check.finite("max", Config.require("max", max));
            if (!(max > min)) {
                throw InputException.outOfRange("max", max, "> min = " + min + " ns");
            }
        }

        public boolean contains(double t) {
            return t >= min && t <= max;
        }
    }

    /**
     * Strip read-out of a Micromegas or GEM view.
     *
     * @param pitch          strip pitch [cm]
     * @param spread         r.m.s. of the charge cloud across the strips [cm]
     * @param intrinsic      r.m.s. displacement of the cloud's centre from the track [cm]
     * @param mpvCharge      most probable total charge [ADC counts]
     * @param chargeWidth    width of the Moyal distribution of the charge [ADC counts]
     * @param noise          noise per strip [ADC counts]
     * @param threshold      strip threshold [ADC counts]
     * @param timeJitter     hit time resolution [ns]
     * @param noiseOccupancy probability per strip and event of a noise hit
     * @param window         read-out window [ns]
     */
    public record StripResponse(Double pitch, Double spread, Double intrinsic, Double mpvCharge, Double chargeWidth, Double noise,
                                Double threshold, Double timeJitter, Double noiseOccupancy, Window window) {
        public StripResponse {
            Check.positive("pitch", Config.require("pitch", pitch));
            Check.positive("spread", Config.require("spread", spread));
            intrinsic = Check.nonNegative("intrinsic", Config.orDefault(intrinsic, 0.0));
            Check.positive("mpvCharge", Config.require("mpvCharge", mpvCharge));
            Check.positive("chargeWidth", Config.require("chargeWidth", chargeWidth));
            Check.nonNegative("noise", Config.require("noise", noise));
            Check.nonNegative("threshold", Config.require("threshold", threshold));
            Check.nonNegative("timeJitter", Config.require("timeJitter", timeJitter));
            Check.inClosedRange("noiseOccupancy", Config.require("noiseOccupancy", noiseOccupancy), 0, 1);
            Config.require("window", window);
        }
    }

    /**
     * Straw drift-tube response.
     *
     * @param diameter       tube diameter [cm]
     * @param clusterDensity primary ionisation clusters per cm of a MIP track
     * @param diffusion      transverse diffusion [cm per sqrt(cm) of drift]
     * @param timeJitter     electronics time resolution [ns]
     * @param tdcLsb         TDC bin [ns]
     * @param noiseOccupancy probability per tube and event of a noise hit
     * @param window         read-out window [ns]
     */
    public record StrawResponse(Double diameter, Double clusterDensity, Double diffusion, Double timeJitter,
                                Double tdcLsb, Double noiseOccupancy, Window window) {
        public StrawResponse {
            Check.positive("diameter", Config.require("diameter", diameter));
            Check.positive("clusterDensity", Config.require("clusterDensity", clusterDensity));
            Check.nonNegative("diffusion", Config.require("diffusion", diffusion));
            Check.nonNegative("timeJitter", Config.require("timeJitter", timeJitter));
            Check.positive("tdcLsb", Config.require("tdcLsb", tdcLsb));
            Check.inClosedRange("noiseOccupancy", Config.require("noiseOccupancy", noiseOccupancy), 0, 1);
            Config.require("window", window);
        }
    }

    /**
     * Pile-up of beam particles.
     *
     * @param enabled        overlay pile-up particles
     * @param intensity      beam particles per spill
     * @param spillSeconds   duration of the spill's flat top [s]
     * @param eventsPerSpill triggers recorded per spill (for the spill numbering of events)
     */
    public record Pileup(Boolean enabled, Double intensity, Double spillSeconds, Integer eventsPerSpill) {
        public Pileup {
            enabled = Config.orDefault(enabled, false);
            Check.nonNegative("intensity", Config.require("intensity", intensity));
            Check.positive("spillSeconds", Config.require("spillSeconds", spillSeconds));
            Check.positive("eventsPerSpill", Config.require("eventsPerSpill", eventsPerSpill));
        }

        /** Beam particles per ns during the spill. */
        public double ratePerNs() {
            return intensity / (spillSeconds * 1e9);
        }
    }

    public DigitizerConfig {
        Config.require("board", board);
        boards = Map.copyOf(Config.require("boards", boards));
        if (!boards.containsKey(board)) {
            throw InputException.unknown("board", board, boards.keySet());
        }
        photoelectrons = Map.copyOf(Config.require("photoelectrons", photoelectrons));
        for (ReadoutType t : ReadoutType.values()) {
            Double pe = photoelectrons.get(t);
            if (pe == null) {
                throw new InputException("photoelectrons", "photoelectrons needs an entry for read-out type " + t);
            }
            Check.positive("photoelectrons." + t, pe);
        }
        Check.inClosedRange("excessNoiseFactor", Config.require("excessNoiseFactor", excessNoiseFactor), 1, 10);
        Check.nonNegative("timeJitter", Config.orDefault(timeJitter, 0.0));
        Check.nonNegative("zeroSuppression", Config.orDefault(zeroSuppression, 0.0));
        Config.require("trigger", trigger);
        strips = Map.copyOf(Config.require("strips", strips));
        for (Technology t : List.of(Technology.MICROMEGAS, Technology.GEM)) {
            if (!strips.containsKey(t)) {
                throw new InputException("strips", "strips needs an entry for " + t.cliName());
            }
        }
        Config.require("straws", straws);
        Config.require("pileup", pileup);
    }

    /** The built-in defaults. */
    public static DigitizerConfig defaults() {
        return Config.readResource("/na64/reco/digitizer.yaml", DigitizerConfig.class);
    }

    /** A configuration file (complete, same structure as the built-in one). */
    public static DigitizerConfig read(Path file) {
        return Config.read(file, DigitizerConfig.class);
    }

    /** Strip pitch (Micromegas, GEM) and tube diameter (straws) [cm], for {@link na64.reco.geometry.SetupReadout}. */
    public Map<Technology, Double> pitches() {
        return Map.of(Technology.MICROMEGAS, strips.get(Technology.MICROMEGAS).pitch(),
                Technology.GEM, strips.get(Technology.GEM).pitch(), Technology.STRAW, straws.diameter());
    }

    /** The selected waveform board. */
    public Board selectedBoard() {
        return boards.get(board);
    }

    /** The same configuration with another board. */
    public DigitizerConfig withBoard(String name) {
        return new DigitizerConfig(name, boards, photoelectrons, excessNoiseFactor, timeJitter, zeroSuppression, trigger,
                strips, straws, pileup);
    }

    /** The same configuration with pile-up switched on or off at the given intensity [particles/spill]. */
    public DigitizerConfig withPileup(boolean on, double intensity) {
        return new DigitizerConfig(board, boards, photoelectrons, excessNoiseFactor, timeJitter, zeroSuppression, trigger,
                strips, straws, new Pileup(on, intensity, pileup.spillSeconds(), pileup.eventsPerSpill()));
    }

    /** The same configuration with another number of triggers per spill (the spill numbering of the events). */
    public DigitizerConfig withEventsPerSpill(int eventsPerSpill) {
        return new DigitizerConfig(board, boards, photoelectrons, excessNoiseFactor, timeJitter, zeroSuppression, trigger,
                strips, straws, new Pileup(pileup.enabled(), pileup.intensity(), pileup.spillSeconds(), eventsPerSpill));
    }
}
