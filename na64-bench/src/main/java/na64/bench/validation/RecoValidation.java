package na64.bench.validation;

import java.util.function.Consumer;
import na64.detector.Setup;

/**
 * Digitisation and reconstruction (docs/validation.md, "Digitisation and reconstruction"): round
 * trips truth -> raw -> reconstructed with fixed seeds, on showers and events of the simulation
 * itself (the cascade in the calorimeters, the setup's beam line).
 */
public final class RecoValidation implements Validation {
    private final Setup setup;
    private final EventCounts counts;

    /** @param scale multiplies the numbers of events (1: the numbers of docs/validation.md) */
    public RecoValidation(Setup setup, double scale) {
        this.setup = setup;
        this.counts = new EventCounts(scale);
    }

    @Override
    public String name() {
        return "reco";
    }

    @Override
    public ValidationReport run(Consumer<String> progress) {
        ValidationReport.Builder out = new ValidationReport.Builder();
        RecoSetting s = RecoSetting.of(setup);
        progress.accept("ECAL energy round trip");
        EcalRoundTrip.run(s, counts, out);
        progress.accept("two pulses");
        TwoPulseFit.run(s, out);
        progress.accept("ECAL pile-up");
        EcalPileup.run(s, counts, out);
        progress.accept("straw r-t calibration");
        StrawCalibration.run(s, counts, out);
        progress.accept("momentum from the bending angle");
        BendMomentum.run(s, counts, out);
        return out.build();
    }
}
