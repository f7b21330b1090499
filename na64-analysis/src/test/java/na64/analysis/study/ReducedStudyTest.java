package na64.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import na64.analysis.background.Estimate;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.analysis.select.CutFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in study, reduced to 5 % of its events, on the real chain (simulation, digitisation,
 * reconstruction): the physics the main job reports.
 */
class ReducedStudyTest {
    @TempDir
    static Path out;
    static StudyResult result;

    @BeforeAll
    static void run() {
        StudyConfig config = StudyConfig.builtin().scaled(0.05).withThreads(2);
        result = new Study(config, Study.selection(config, Path.of(".")), new ChainProducer(),
                new PrintStream(OutputStream.nullOutputStream())).run(out);
        na64.analysis.report.StudyReport.write(result, out);
    }

    @Test
    void theCutFlowOfThePseudoDataNeverGrowsAndTheTriggerRemovesTheBeamPeak() {
        CutFlow flow = result.dataCutFlow();
        assertThat(flow.total().events()).isEqualTo(result.config().beam().events());
        for (int k = 1; k < flow.passed().size(); k++) {
            assertThat(flow.passed().get(k).events()).as(flow.cutNames().get(k - 1)).isLessThanOrEqualTo(flow.passed().get(k - 1).events());
        }
        // most beam electrons leave their 100 GeV in the ECAL (resolution ~1.5 %), above the 85 GeV trigger;
        // below it: the few per cent of hadrons, muons and radiative tails
        double triggered = flow.passed().get(1).events() / (double) flow.total().events();
        assertThat(triggered).isBetween(0.01, 0.2);
        // the electron identification (SRD, shower shape, VETO) leaves a tiny fraction of them
        assertThat(flow.preselected().events()).isLessThan(flow.passed().get(1).events() / 10);
    }

    @Test
    void theSignalEfficiencyOfA16MeVDarkPhotonIsThatOfAnNa64Analysis() {
        EfficiencyPoint e = result.efficiency().stream()
                .filter(p -> p.process().equals(EfficiencyMeasurement.ALL) && Math.abs(p.mass() - 0.0167) < 1e-9)
                .findFirst().orElseThrow();
        assertThat(e.efficiency()).isBetween(0.3, 0.9);
        assertThat(e.statError()).isPositive().isLessThan(0.1);
        // the signal cut flow at the reference mass ends at the same efficiency
        CutFlow signal = result.signalCutFlow();
        assertThat(signal.cumulative(signal.passed().size() - 1)).isCloseTo(e.efficiency(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void theBackgroundIsTheStudysOwnAndEverySourceSaysHowItWasObtained() {
        Estimate total = result.background().total();
        assertThat(total.value()).isFinite().isPositive();
        assertThat(total.error()).isFinite().isNotNegative();
        // by default no published number stands in for a source: each is the simulation's estimate or bound
        assertThat(result.background().sources()).allSatisfy(s -> {
            assertThat(s.published()).as(s.key()).isFalse();
            assertThat(s.method()).contains("events pass");
        });
        // the beam-line decays come from the forced-decay samples of every species, not the natural ones
        var decays = result.background().sources().stream().filter(s -> s.key().equals("beam-decays")).findFirst().orElseThrow();
        assertThat(decays.method()).contains("pi- (0.010 per EOT) forced to decay").contains("K- (0.0030 per EOT) forced to decay")
                .contains("mu- (0.0020 per EOT) forced to decay");
        // the punch-through comes from the forced punch-through samples, and even 1,000 forced pions and kaons
        // bound it below the 0.01 events of NA64's table (a natural sample of that size: ~1e6)
        var punchThrough = result.background().sources().stream().filter(s -> s.key().equals("punch-through")).findFirst().orElseThrow();
        assertThat(punchThrough.method()).contains("pi- (0.010 per EOT), leading n/K0L forced to escape")
                .contains("K- (0.0030 per EOT), leading n/K0L forced to escape");
        assertThat(punchThrough.estimate().value()).isPositive().isLessThan(0.01);
        // and even a background bounded at ~1e8 events gives a limit at every mass (n = 0: 2.3 signal events)
        assertThat(result.limits()).allSatisfy(l -> assertThat(l.epsilon()).as("m = " + l.mass()).isFinite().isPositive());
    }

    @Test
    void theLimitsFollowTheBremsstrahlungScalingBelowTheAnnihilationDip() {
        // eps^2 ~ 1/(sigma x eff); sigma ~ 1/m^2 for m >> m_e (up to log terms): eps ~ m roughly, between 10 and 100 MeV
        var at10 = result.limits().stream().filter(l -> Math.abs(l.mass() / 0.01 - 1) < 1e-3).findFirst().orElseThrow();
        var at100 = result.limits().stream().filter(l -> Math.abs(l.mass() / 0.1 - 1) < 1e-3).findFirst().orElseThrow();
        assertThat(at100.epsilon() / at10.epsilon()).isBetween(5.0, 15.0);
    }

    @Test
    void theReportHoldsItsPlotsAndTheLimitsCsvItsColumns() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html.split("<svg", -1).length - 1).isEqualTo(4);
        assertThat(html).contains("E<sub>ECAL</sub>").doesNotContain("NaN");
        List<String> limits = Files.readAllLines(out.resolve("limits.csv")).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(limits.get(0)).startsWith("mass_GeV,epsilon");
        assertThat(limits.size()).isGreaterThan(10);
    }
}
