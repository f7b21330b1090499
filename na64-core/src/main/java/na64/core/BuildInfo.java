package na64.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and source revision of this build, written into every output for provenance. */
public final class BuildInfo {
    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /**
     * The git revision the build was made from (10 hex digits, "+dirty" with uncommitted changes),
     * or "unknown" when it was built outside a git checkout.
     */
    public static String revision() {
        String revision = PROPERTIES.getProperty("revision", "");
        if (revision.isBlank() || revision.startsWith("${")) {
            return "unknown";
        }
        return "true".equals(PROPERTIES.getProperty("dirty")) ? revision + "+dirty" : revision;
    }

    /** "na64 0.1.0-SNAPSHOT (git 1a2b3c4d5e)". */
    public static String describe() {
        return "na64 " + version() + " (git " + revision() + ")";
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/na64/core/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no build information: report "unknown"
        }
        return p;
    }
}
