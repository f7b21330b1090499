package na64.reco.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import na64.core.Config;
import na64.reco.conditions.NominalConditions;
import na64.reco.digitize.DigitizerConfig;
import na64.detector.Setup;
import na64.detector.Setups;
import org.junit.jupiter.api.Test;

class SetupReadoutTest {

    /** Every built-in setup has a read-out; it survives the YAML round trip of the raw run header. */
    @Test
    void everyBuiltInSetupHasAReadout() {
        for (String name : Setups.names()) {
            Setup setup = Setups.load(name);
            ReadoutGeometry g = SetupReadout.from(setup, DigitizerConfig.defaults().pitches());
            assertThat(g.detectors()).hasSameSizeAs(setup.detectors());
            assertThat(g.trackers()).hasSameSizeAs(setup.trackers());
            for (int i = 0; i < g.detectors().size(); i++) {
                assertThat(g.detectors().get(i).name()).isEqualTo(setup.detectors().get(i).name());
                assertThat(g.detectors().get(i).channels()).isEqualTo(setup.detectors().get(i).sections()
                        * setup.detectors().get(i).cells());
            }
            ReadoutGeometry back = Config.parse(Config.toYaml(g), name, ReadoutGeometry.class);
            assertThat(back).isEqualTo(g);
            NominalConditions.builtIn().forGeometry(g).checkAgainst(g);
        }
    }

    /** The 2021-2022 spectrometer: 7 T m bend 21 mrad a 100 GeV electron (0.2998 B L / p). */
    @Test
    void spectrometerOf2022() {
        ReadoutGeometry g = SetupReadout.from(Setups.load("na64e-2022"), DigitizerConfig.defaults().pitches());
        assertThat(g.fieldIntegral()).isEqualTo(7.0);
        assertThat(g.nominalBend()).isCloseTo(0.2998 * 7 / 100, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(g.upstreamTrackers()).hasSize(4);
        assertThat(g.detector("ECAL").type()).isEqualTo(ReadoutType.ECAL);
        assertThat(g.detector("ECAL").channels()).isEqualTo(60);
        assertThat(g.group("HCAL")).hasSize(4);
        assertThat(g.trackers().get(g.trackerIndex("MM1")).channels()).isEqualTo(320);
    }
}
