package na64.analysis.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import na64.analysis.select.Count;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's plumbing on synthetic samples: every stage runs, the outputs are written and
 * consistent with each other. (The physics of the study is checked with the real chain.)
 */
class StudyPipelineTest {
    @TempDir
    static Path out;
    static StudyResult result;

    @BeforeAll
    static void run() {
        StudyConfig config = StudyConfig.builtin().scaled(0.05).withThreads(1);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        result = new Study(config, Study.selection(config, Path.of(".")), new SyntheticProducer(), quiet).run(out);
        na64.analysis.report.StudyReport.write(result, out);
    }

    @Test
    void writesEveryOutput() {
        for (String f : List.of("report.html", "limits.csv", "cutflow.csv", "background.csv", "reach.yaml", "efficiency.csv")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        assertThat(out.resolve("samples/beam.parquet")).isRegularFile();
    }

    @Test
    void limitsCsvHasTheAgreedColumnsAndOneRowPerMass() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("limits.csv")).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines.get(0)).startsWith("mass_GeV,epsilon");
        assertThat(lines).hasSize(1 + result.limits().size());
    }

    @Test
    void everyCsvOutputStartsWithTheProvenanceOfTheStudyAndOfEverySample() throws Exception {
        for (String f : List.of("limits.csv", "cutflow.csv", "background.csv", "efficiency.csv")) {
            List<String> comments = Files.readAllLines(out.resolve(f)).stream().takeWhile(l -> l.startsWith("#")).toList();
            assertThat(comments.get(0)).as(f).startsWith("# na64 ").contains("(git ");
            assertThat(comments.get(1)).as(f).contains("seed: " + result.config().seed()).contains("EOT: 9.37E11");
            // one line per sample, each with its own simulation seed
            for (SampleSummary s : result.samples()) {
                assertThat(comments).as(f).anySatisfy(l -> assertThat(l).contains("name=" + s.name() + ";")
                        .contains("seed=" + s.request().seed() + ";"));
            }
            assertThat(comments).as(f).anySatisfy(l -> assertThat(l).contains("name=signal-0.01670;").contains("mass_GeV=0.0167;")
                    .contains("epsilon=1.0E-4").contains("signal_model=vector"));
            assertThat(comments).as(f).anySatisfy(l -> assertThat(l).contains("name=dimuon-data;").contains("variation=HCAL scale x1.03"));
        }
    }

    @Test
    void blindedCutFlowHidesTheBoxInTheCsv() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("cutflow.csv"));
        int boxRows = result.selection().signalBox().size();
        for (String l : lines.subList(lines.size() - boxRows, lines.size())) {
            assertThat(l).contains(",true,true,,,,");
        }
    }

    @Test
    void backgroundTotalIsTheSumOfTheSources() {
        double sum = result.background().sources().stream().mapToDouble(s -> s.estimate().value()).sum();
        assertThat(result.background().total().value()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-12 * sum));
        assertThat(result.background().sources()).extracting(s -> s.key())
                .containsExactly("dimuon", "beam-decays", "upstream", "punch-through", "other-hadrons", "other-electrons");
    }

    @Test
    void theDimuonComparisonSeesTheMiscalibration() {
        Count data = result.dimuon().data();
        assertThat(data.events()).isPositive();
        assertThat(result.dimuon().ratio()).isFinite();
    }

    @Test
    void theReportParsesAndHoldsItsFourPlots() throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(out.resolve("report.html").toFile());
        org.w3c.dom.NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).isEqualTo(4);
        List<String> titles = new java.util.ArrayList<>();
        for (int i = 0; i < svgs.getLength(); i++) {
            org.w3c.dom.Element svg = (org.w3c.dom.Element) svgs.item(i);
            titles.add(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
            assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "*").getLength()).as("drawn elements").isGreaterThan(20);
        }
        assertThat(String.join("|", titles)).contains("ECAL", "Side-band", "efficiency", "90% CL");
        // the cut-flow table: a header, "all events" and one row per cut
        org.w3c.dom.NodeList tables = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table");
        boolean found = false;
        for (int i = 0; i < tables.getLength(); i++) {
            org.w3c.dom.Element t = (org.w3c.dom.Element) tables.item(i);
            if (t.getTextContent().contains("pseudo-data events")) {
                assertThat(t.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "tr").getLength())
                        .isEqualTo(2 + result.selection().cutFlowCuts().size());
                found = true;
            }
        }
        assertThat(found).isTrue();
    }
}
