package na64.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import na64.core.InputException;

/** Output formats chosen by the file name: the suffixes an option accepts. */
final class FileSuffix {
    static final List<String> HEPMC3 = List.of(".hepmc3", ".hepmc");

    private FileSuffix() {
    }

    /** The suffix of {@code file} among {@code allowed} (case-insensitive); otherwise bad input naming {@code option}. */
    static String require(String option, Path file, List<String> allowed) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String s : allowed) {
            if (name.endsWith(s)) {
                return s;
            }
        }
        throw InputException.outOfRange(option, file, "a file name ending in " + String.join(", ", allowed));
    }
}
