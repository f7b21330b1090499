package na64.bench.validation;

import java.util.function.Consumer;

/**
 * One validation program behind docs/validation.md: longer runs than the unit tests, giving the
 * numbers quoted in the docs and the figures shown there. Run by {@code na64 validate}.
 */
public interface Validation {

    /** The name on the command line ({@code na64 validate NAME}) and of the output directory under {@code all}. */
    String name();

    /** Runs everything; {@code progress} gets the name of each part as it starts. */
    ValidationReport run(Consumer<String> progress);
}
