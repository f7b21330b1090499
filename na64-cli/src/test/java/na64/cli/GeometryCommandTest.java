package na64.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeometryCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSetupAsGdml() throws Exception {
        Path out = dir.resolve("na64e-visible.gdml");
        Cli r = Cli.run("geometry", "--setup", "na64e-visible", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/gdml/setup/world/@ref", doc)).isEqualTo("world");
        assertThat(xpath.evaluate("/gdml/structure/volume[@name='WCAL']/materialref/@ref", doc)).isNotEmpty();
        assertThat(xpath.evaluate("/gdml/solids/tube[@name='S_decay_volume_tube']/@rmax", doc)).isEqualTo("150.0");
        assertThat(xpath.evaluate("/gdml/userinfo/auxiliary[@auxtype='na64_setup']/@auxvalue", doc)).isEqualTo("na64e-visible v1");
    }

    @Test
    void badInputExitsTwo() {
        Cli setup = Cli.run("geometry", "--setup", "na64x", "--out", dir.resolve("a.gdml").toString());
        assertThat(setup.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(setup.err()).contains("--setup").contains("na64e-2022");
        Cli suffix = Cli.run("geometry", "--setup", "na64e-2022", "--out", dir.resolve("a.xml").toString());
        assertThat(suffix.exitCode()).isEqualTo(Na64.EXIT_BAD_INPUT);
        assertThat(suffix.err()).contains("--out").contains(".gdml");
        assertThat(Files.exists(dir.resolve("a.gdml"))).isFalse();
    }
}
