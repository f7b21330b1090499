package na64.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The provenance every output carries: the version and the git revision of the build. */
class BuildInfoTest {

    @Test
    void theRevisionIsTheCommitThisCheckoutIsAt() throws Exception {
        String head = git("rev-parse", "--short=10", "HEAD");
        assumeTrue(head != null, "not built from a git checkout");
        assertThat(BuildInfo.revision()).matches("[0-9a-f]{10}(\\+dirty)?");
        assertThat(BuildInfo.revision()).startsWith(head);
        assertThat(BuildInfo.describe()).isEqualTo("na64 " + BuildInfo.version() + " (git " + BuildInfo.revision() + ")");
    }

    @Test
    void theVersionIsTheProjects() {
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    /** The output of a git command in this directory, or null without git or outside a checkout. */
    private static String git(String... args) throws InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException noGit) {
            return null;
        }
    }
}
