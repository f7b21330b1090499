package na64.reco.process;

import java.nio.file.Path;
import na64.core.Check;
import na64.core.Config;
import na64.reco.waveform.FitSettings;

/**
 * Settings of the reconstruction (YAML, strict; every key optional with the defaults below).
 *
 * <pre>
 * waveform: {threshold: 5, minDeltaChi2: 25, maxPulses: 3, inTimeWindow: 15}
 * logWeight: 4.0
 * tracking: {stripTimeWindow: 25, road: 0.3, strawPairSlope: 0.1, slopeScale: 0.02}
 * </pre>
 *
 * @param waveform  waveform fit settings
 * @param logWeight W0 of the logarithmic weights of the ECAL shower centre, w = max(0, W0 + ln(E_i/E))
 *                  (T. C. Awes et al., NIM A311 (1992) 130; W0 ~ 4 for cells of ~1 Moliere radius)
 * @param tracking  tracker settings
 */
public record RecoConfig(FitSettings waveform, Double logWeight, Tracking tracking) {

    /**
     * @param stripTimeWindow strip clusters with |t| above this [ns] are out of time (pile-up)
     * @param road            a hit belongs to a track candidate within this distance of the seed line [cm]
     * @param strawPairSlope  largest local slope accepted when pairing the two layers of a straw plane
     * @param slopeScale      scale of the weak prior on segment slopes (tracks nearly parallel to the beam)
     */
    public record Tracking(Double stripTimeWindow, Double road, Double strawPairSlope, Double slopeScale) {
        public Tracking {
            stripTimeWindow = Check.positive("stripTimeWindow", Config.orDefault(stripTimeWindow, 25.0));
            road = Check.positive("road", Config.orDefault(road, 0.3));
            strawPairSlope = Check.positive("strawPairSlope", Config.orDefault(strawPairSlope, 0.1));
            slopeScale = Check.positive("slopeScale", Config.orDefault(slopeScale, 0.02));
        }
    }

    public RecoConfig {
        waveform = Config.orDefault(waveform, FitSettings.defaults());
        logWeight = Check.positive("logWeight", Config.orDefault(logWeight, 4.0));
        tracking = Config.orDefault(tracking, new Tracking(null, null, null, null));
    }

    public static RecoConfig defaults() {
        return new RecoConfig(null, null, null);
    }

    public static RecoConfig read(Path file) {
        return Config.read(file, RecoConfig.class);
    }
}
