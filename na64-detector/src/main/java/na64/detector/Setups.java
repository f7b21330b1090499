package na64.detector;

import java.nio.file.Path;
import java.util.List;
import na64.core.Config;
import na64.core.InputException;

/**
 * The built-in setups (versioned YAML files in {@code na64/detector/setups/} on the class path) and
 * user setup files.
 */
public final class Setups {
    private static final List<String> NAMES = List.of(
            "na64e-2016", "na64e-2022", "na64e-2023", "na64e-positron-2022", "na64e-positron-2023", "na64e-visible", "na64e-visible-2017", "na64mu", "na64h");

    private Setups() {
    }

    /** Names of the built-in setups. */
    public static List<String> names() {
        return NAMES;
    }

    /** A built-in setup by name, or an {@link InputException} listing the names. */
    public static Setup load(String name) {
        if (!NAMES.contains(name)) {
            throw InputException.unknown("setup", name, NAMES);
        }
        return Config.readResource(resource(name), Setup.class);
    }

    /** A built-in setup by name, or a setup file if {@code nameOrPath} ends in .yaml/.yml. */
    public static Setup loadOrRead(String nameOrPath) {
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")) {
            return read(Path.of(nameOrPath));
        }
        return load(nameOrPath);
    }

    /** A setup file; errors name the key, the file and the line. */
    public static Setup read(Path file) {
        return Config.read(file, Setup.class);
    }

    /** The class-path resource of a built-in setup. */
    public static String resource(String name) {
        return "/na64/detector/setups/" + name + ".yaml";
    }
}
