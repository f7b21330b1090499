package na64.bench.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import na64.detector.Setup;

/** The validation programs by name, in the order of docs/validation.md. */
public enum Validations {
    BEAMLINE,
    CASCADE,
    RECO;

    /** The name on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This validation on {@code setup}, the numbers of events multiplied by {@code scale}. */
    public Validation create(Setup setup, double scale) {
        return switch (this) {
            case BEAMLINE -> new BeamLineValidation(setup, scale);
            case CASCADE -> new CascadeValidation(setup, scale);
            case RECO -> new RecoValidation(setup, scale);
        };
    }

    /** All command-line names. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).map(Validations::cliName).toList();
    }
}
