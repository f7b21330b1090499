package na64.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import na64.core.Config;
import na64.core.InputException;
import na64.physics.material.Material;
import na64.sim.event.EnergyDeposits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SetupsTest {

    static List<String> names() {
        return Setups.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBuiltInSetupLoadsAndIsConsistent(String name) {
        Setup s = Setups.load(name);
        assertThat(s.name()).isEqualTo(name);
        // the target is a calorimeter; everything the beam line simulates lies upstream of it
        assertThat(s.calorimeters()).contains(s.targetCalorimeter());
        double h = s.handoverZ();
        assertThat(s.targetCalorimeter().zFront()).isGreaterThanOrEqualTo(h);
        s.srdCalorimeter().ifPresent(srd -> assertThat(srd.zBack()).isLessThanOrEqualTo(h));
        assertThat(s.upstreamTrackers()).isNotEmpty();
        assertThat(s.upstreamMagnets()).isNotEmpty();
        // every material resolves and has a physical radiation length
        for (Calorimeter c : s.calorimeters()) {
            Material m = s.material(c.material());
            assertThat(m.radiationLengthCm()).isBetween(0.1, 50.0);
            assertThat(c.sectionEnds()[c.sections().size() - 1]).isCloseTo(c.zBack(), within(1e-9));
        }
        // the detector list is in z order and registers every channel
        List<Setup.Detector> detectors = s.detectors();
        for (int i = 1; i < detectors.size(); i++) {
            assertThat(detectors.get(i).zFront()).isGreaterThanOrEqualTo(detectors.get(i - 1).zFront());
        }
        EnergyDeposits deposits = EnergyDeposits.forSetup(s);
        assertThat(deposits.detectorNames()).hasSize(detectors.size());
        // resolved configuration round trip (written into every output file)
        assertThat(Config.parse(Config.toYaml(s), "round trip", Setup.class)).isEqualTo(s);
    }

    @ParameterizedTest
    @MethodSource("names")
    void calorimeterDepthsMatchTheirPublishedDesign(String name) {
        Setup s = Setups.load(name);
        s.calorimeter("ECAL").ifPresent(ecal -> {
            double x0 = s.material(ecal.material()).radiationLengthCm();
            // ~40 X0 with a ~4 X0 pre-shower (NA64, PRD 97 (2018) 072002)
            assertThat(ecal.depth() / x0).isBetween(38.0, 42.0);
            assertThat(ecal.sections().get(0).depth() / x0).isBetween(3.5, 4.5);
            assertThat(ecal.grid().pitchX()).isEqualTo(3.82);
        });
        for (Calorimeter hcal : s.group("HCAL")) {
            double lambda = s.material(hcal.material()).nuclearInteractionLengthCm();
            assertThat(hcal.depth() / lambda).as(hcal.name()).isBetween(7.0, 8.0);
        }
        s.calorimeter("WCAL").ifPresent(wcal ->
                assertThat(wcal.depth() / s.material(wcal.material()).radiationLengthCm()).isBetween(29.0, 40.0));
    }

    @Test
    void electronSetupsHaveTheirPublishedSegmentationAndFieldIntegral() {
        assertThat(Setups.load("na64e-2016").calorimeter("ECAL").orElseThrow().cellGrid().cells()).isEqualTo(36);
        assertThat(Setups.load("na64e-2022").calorimeter("ECAL").orElseThrow().cellGrid().cells()).isEqualTo(30);
        for (String name : List.of("na64e-2016", "na64e-2022", "na64e-2023")) {
            Setup s = Setups.load(name);
            double bl = s.magnets().stream().mapToDouble(Magnet::fieldIntegral).sum();
            assertThat(bl).as(name).isCloseTo(7.0, within(1e-9));       // ~7 T m (guide, PRD 97 (2018) 072002)
            assertThat(s.group("HCAL")).hasSize(4);
            assertThat(s.media().stream().filter(m -> m.name().equals("vacuum vessel")).findFirst().orElseThrow())
                    .satisfies(v -> assertThat(v.zBack() - v.zFront()).isEqualTo(1500.0));
        }
        Setup y2023 = Setups.load("na64e-2023");
        Calorimeter vhcal = y2023.calorimeter("VHCAL").orElseThrow();
        assertThat(vhcal.cellGrid().cellAt(0, 0)).as("the beam passes through the hole").isEqualTo(-1);
        assertThat(vhcal.cellGrid().cellAt(10, 0)).isNotNegative();
        assertThat(vhcal.zBack()).isLessThan(y2023.targetCalorimeter().zFront());
        Setup visible = Setups.load("na64e-visible");
        assertThat(visible.decayVolume()).isNotNull();
        assertThat(visible.targetCalorimeter().name()).isEqualTo("WCAL");
        assertThat(visible.downstreamCounters().stream().map(Counter::name)).contains("S2", "S3", "S4", "V2");
        Setup mu = Setups.load("na64mu");
        assertThat(mu.downstreamMagnets()).hasSize(2);
        assertThat(mu.upstreamMagnets()).hasSize(1);
        assertThat(mu.beam().type().cliName()).isEqualTo("mu-");
    }

    @Test
    void positronSetupsAreTheElectronOnesWithAPositronBeamAndTenTimesTheHadrons() {
        // seed 004: "about an order of magnitude more hadron contamination" with positive beams
        for (String[] pair : new String[][] {{"na64e-positron-2022", "na64e-2022"}, {"na64e-positron-2023", "na64e-2023"}}) {
            Setup positron = Setups.load(pair[0]);
            Setup electron = Setups.load(pair[1]);
            assertThat(positron.beam().type().cliName()).as(pair[0]).isEqualTo("e+");
            assertThat(positron.calorimeters()).isEqualTo(electron.calorimeters());
            assertThat(positron.magnets()).isEqualTo(electron.magnets());
            double hadrons = positron.beam().admixture().stream().filter(a -> a.type().isHadron()).mapToDouble(a -> a.fraction()).sum();
            double electronRunHadrons = electron.beam().admixture().stream().filter(a -> a.type().isHadron())
                    .mapToDouble(a -> a.fraction()).sum();
            assertThat(hadrons / electronRunHadrons).isCloseTo(10, within(1e-9));
            assertThat(positron.beam().admixture()).allSatisfy(a -> assertThat(a.type().charge()).isPositive());
        }
        assertThat(Setups.load("na64e-positron-2023").beam().energy()).isEqualTo(70.0);
    }

    @Test
    void unknownSetupNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Setups.load("na64e-1999"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("na64e-1999").hasMessageContaining("na64e-2022");
    }

    @Test
    void unknownKeyIsNamedWithFileAndLine(@TempDir Path dir) throws Exception {
        String yaml = builtIn("na64e-2022").replace("    kind: electromagnetic\n    zFront: 2650\n",
                "    kind: electromagnetic\n    zFrnt: 1\n    zFront: 2650\n");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        int line = lineOf(yaml, "zFrnt");
        assertThatThrownBy(() -> Setups.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad.yaml:" + line)
                .hasMessageContaining("zFrnt");
    }

    @Test
    void overlappingElementsAreRejected() {
        String yaml = builtIn("na64e-2022").replace("zFront: 2710, material: hcal-fesc", "zFront: 2690, material: hcal-fesc");
        assertThatThrownBy(() -> Config.parse(yaml, "t.yaml", Setup.class))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("calorimeter ECAL").hasMessageContaining("calorimeter HCAL1")
                .hasMessageContaining("overlap");
    }

    @Test
    void unorderedElementsAreRejected() {
        String yaml = builtIn("na64e-2022").replace("{name: MM2, technology: micromegas, zFront: 130",
                "{name: MM2, technology: micromegas, zFront: 10");
        assertThatThrownBy(() -> Config.parse(yaml, "t.yaml", Setup.class))
                .isInstanceOf(InputException.class).hasMessageContaining("trackers[1].zFront");
    }

    @Test
    void unknownMaterialIsNamed() {
        String yaml = builtIn("na64e-2022").replace("material: srd-pbsc", "material: unobtainium");
        assertThatThrownBy(() -> Config.parse(yaml, "t.yaml", Setup.class))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("srd.material").hasMessageContaining("unobtainium");
    }

    @Test
    void badBeamParticleAndNegativeDimensionsAreNamed() {
        assertThatThrownBy(() -> Config.parse(builtIn("na64e-2022").replace("particle: e-\n  energy: 100", "particle: nu\n  energy: 100"),
                "t.yaml", Setup.class)).isInstanceOf(InputException.class).hasMessageContaining("beam.particle");
        assertThatThrownBy(() -> Config.parse(builtIn("na64e-2022").replace("{name: S1, zFront: 200, thickness: 0.2",
                "{name: S1, zFront: 200, thickness: -0.5"), "t.yaml", Setup.class))
                .isInstanceOf(InputException.class).hasMessageContaining("thickness = -0.5");
    }

    @Test
    void chargeConjugatedBeamKeepsTheAdmixture() {
        BeamSpec b = Setups.load("na64e-2022").beam().with(na64.physics.ParticleType.POSITRON, 80);
        assertThat(b.admixture().stream().map(BeamSpec.Admixture::particle)).containsExactly("pi+", "K+", "mu+");
        assertThat(b.energy()).isEqualTo(80.0);
    }

    static String builtIn(String name) {
        try (var in = Setups.class.getResourceAsStream(Setups.resource(name))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
