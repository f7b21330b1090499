package na64.reco.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import na64.core.InputException;
import na64.reco.TestSetups;
import na64.reco.geometry.ReadoutGeometry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConditionsTest {
    static final ReadoutGeometry GEOMETRY = TestSetups.na64e2022();
    static final Conditions NOMINAL = NominalConditions.builtIn().forGeometry(GEOMETRY);

    /** A derived calibration written and read back gives the same constants. */
    @Test
    void writtenSetsReadBackExactly(@TempDir Path dir) {
        CalorimeterCalibration ecal = NOMINAL.calorimeter("ECAL");
        double[] g = ecal.gevPerAdc();
        for (int c = 0; c < g.length; c++) {
            g[c] *= 1 + 0.01 * Math.sin(c);
        }
        boolean[] dead = new boolean[g.length];
        dead[7] = true;
        Conditions derived = NOMINAL.with("recal", new RunRange(100, 199), List.of(ecal.withGevPerAdc(g).withDead(dead)))
                .withTrackers("recal", new RunRange(100, 199), List.of(NOMINAL.tracker("ST1X").withRt(3.5,
                        RtRelation.quadratic(140, 420, 0.3, 17)), NOMINAL.tracker("MM2").withAlignment(0.012, -0.004)))
                .withShowerProfile("recal", new RunRange(100, 199), profile(2));
        ConditionsWriter.writeSet(dir, "nominal", NOMINAL, "nominal");
        ConditionsWriter.writeSet(dir, "recal", derived, "after calibration");
        ConditionsWriter.writeIndex(dir, "na64e-2022", "test", List.of("nominal.yaml", "recal.yaml"));
        ConditionsDirectory read = ConditionsDirectory.open(dir);
        Conditions back = read.forRun(150);
        assertThat(back.name()).isEqualTo("na64e-2022/recal.yaml");
        assertThat(back.calorimeter("ECAL").gevPerAdc()).containsExactly(g);
        assertThat(back.calorimeter("ECAL").dead(7)).isTrue();
        assertThat(back.calorimeter("ECAL").pulse()).isEqualTo(ecal.pulse());
        assertThat(back.tracker("ST1X")).isEqualTo(derived.tracker("ST1X"));
        assertThat(back.tracker("MM2").dx()).isEqualTo(0.012);
        assertThat(back.showerProfile().lateralSets()).isEqualTo(2);
        assertThat(back.showerProfile().lateralMean(1, 1, 1, 4)).isEqualTo(derived.showerProfile().lateralMean(1, 1, 1, 4));
        assertThat(back.showerProfile().lateralSigma(0, 1, 0, 8)).isEqualTo(derived.showerProfile().lateralSigma(0, 1, 0, 8));
        assertThat(back.showerProfile().longitudinalSigma(1)).isEqualTo(derived.showerProfile().longitudinalSigma(1));
        back.checkAgainst(GEOMETRY);
        // run-range lookup: the last set covering the run wins; outside, the nominal one
        assertThat(read.forRun(99).name()).isEqualTo("na64e-2022/nominal.yaml");
        assertThat(read.forRun(200).name()).isEqualTo("na64e-2022/nominal.yaml");
    }

    /** A lateral profile for all energies (the older single-set tables) reads back too. */
    @Test
    void aSingleLateralSetReadsBack(@TempDir Path dir) {
        ConditionsWriter.writeSet(dir, "one", NOMINAL.withShowerProfile("one", new RunRange(0, 10), profile(1)), "");
        ConditionsWriter.writeIndex(dir, "na64e-2022", "", List.of("one.yaml"));
        ShowerProfile back = ConditionsDirectory.open(dir).forRun(5).showerProfile();
        assertThat(back.lateralSets()).isEqualTo(1);
        assertThat(back.lateralMean(0, 1, 1, 4)).isEqualTo(profile(1).lateralMean(0, 1, 1, 4));
        assertThat(back.lateralSet(120)).isZero();
    }

    private static ShowerProfile profile(int sets) {
        int n = sets * 2 * 2 * 9;
        double[] mean = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = 0.01 * i;
            sigma[i] = 0.001 * (i + 1);
        }
        return new ShowerProfile(2, mean, sigma, new double[] {10, 50, 150}, new double[] {0.05, 0.03},
                new double[] {0.01, 0.008});
    }

    @Test
    void runOutsideEveryRangeIsBadInput(@TempDir Path dir) {
        ConditionsWriter.writeSet(dir, "only", NOMINAL.renamed("only", new RunRange(10, 20)), "");
        ConditionsWriter.writeIndex(dir, "na64e-2022", "", List.of("only.yaml"));
        assertThatThrownBy(() -> ConditionsDirectory.open(dir).forRun(5)).isInstanceOf(InputException.class)
                .hasMessageContaining("run = 5").hasMessageContaining("[10, 20]");
    }

    @Test
    void unknownKeysAndBadValuesNameTheKeyAndFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("index.yaml"), "setup: x\nsets: [a.yaml]\n");
        Files.writeString(dir.resolve("a.yaml"), "runs: {first: 0, last: 9}\ncalorimeters:\n"
                + "  - {detector: ECAL, channelCount: 60, gevPerAdc: 0.03, pedestal: 200, noise: 1.5, pulse: {rise: 8, decay: 30}, gain: 2}\n");
        assertThatThrownBy(() -> ConditionsDirectory.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("gain").hasMessageContaining("a.yaml");
        Files.writeString(dir.resolve("a.yaml"), "runs: {first: 0, last: 9}\ncalorimeters:\n"
                + "  - {detector: ECAL, channelCount: 60, gevPerAdc: -1, pedestal: 200, noise: 1.5, pulse: {rise: 8, decay: 30}}\n");
        assertThatThrownBy(() -> ConditionsDirectory.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("gevPerAdc").hasMessageContaining("-1");
        Files.writeString(dir.resolve("a.yaml"), "runs: {first: 9, last: 0}\n");
        assertThatThrownBy(() -> ConditionsDirectory.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("last");
        Files.writeString(dir.resolve("a.yaml"), "runs: {first: 0, last: 9}\ntrackers:\n  - {plane: ST1X, rt: rt.csv}\n");
        Files.writeString(dir.resolve("rt.csv"), "time_ns,radius_cm\n0,0\n10,0.1\n5,0.2\n");
        assertThatThrownBy(() -> ConditionsDirectory.open(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("increase");
    }

    @Test
    void conditionsMissingADetectorOfTheSetupAreRejected() {
        Conditions partial = new Conditions("partial", RunRange.all(), java.util.Map.of(), NOMINAL.trackers(), null);
        assertThatThrownBy(() -> partial.checkAgainst(GEOMETRY)).isInstanceOf(InputException.class)
                .hasMessageContaining("S0");
    }

    @Test
    void builtInConditionsCoverTheSetup() {
        assertThat(ConditionsDirectory.hasBuiltIn("na64e-2022")).isTrue();
        Conditions c = ConditionsDirectory.builtIn("na64e-2022").forRun(1);
        c.checkAgainst(GEOMETRY);
    }

    /** The r-t table and its inverse are consistent, and clamp at the tube. */
    @Test
    void rtRelationInvertsAndClamps() {
        RtRelation rt = RtRelation.quadratic(150, 400, 0.3, 31);
        for (double r = 0; r <= 0.3; r += 0.01) {
            assertThat(rt.radius(rt.time(r))).isCloseTo(r, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(rt.maxTime()).isCloseTo(150 * 0.3 + 400 * 0.09, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rt.radius(-5)).isZero();
        assertThat(rt.radius(1000)).isEqualTo(0.3);
    }
}
