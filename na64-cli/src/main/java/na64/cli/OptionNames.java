package na64.cli;

import java.util.Map;
import na64.core.InputException;

/** Library errors name fields ("mass = ..."); on the command line they are options ("--mass = ..."). */
final class OptionNames {
    private OptionNames() {
    }

    /** The error with its field renamed to the option that sets it ({@code options}: field -> option); unchanged if none does. */
    static InputException rename(InputException e, Map<String, String> options) {
        String option = e.field() == null ? null : options.get(e.field());
        if (option == null) {
            return e;
        }
        String message = e.getMessage().startsWith(e.field() + " = ")
                ? option + e.getMessage().substring(e.field().length())
                : option + ": " + e.getMessage();
        return new InputException(option, message, e);
    }
}
