package na64.analysis.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import na64.core.InputException;
import na64.parquet.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB over Parquet against an independent row-by-row recount of the same files. */
class SelectionEngineTest {
    @TempDir
    static Path dir;
    static List<Path> files;
    static List<Row> rows;
    static final SelectionSpec SPEC = SelectionSpec.builtin().atBeamEnergy(100, "test", "built-in");

    @BeforeAll
    static void writeFiles() {
        files = List.of(dir.resolve("a.parquet"), dir.resolve("b.parquet"));
        RecoFiles.write(files.get(0), 20_000, 1, true);
        RecoFiles.write(files.get(1), 15_000, 2, true);
        rows = JavaRecount.rows(files);
    }

    @Test
    void cutFlowEqualsAJavaRecount() {
        try (SelectionEngine engine = new SelectionEngine(2)) {
            CutFlow flow = engine.cutFlow(SPEC, files, List.of());
            List<Count> expected = JavaRecount.cutFlow(rows, SPEC.cutFlowCuts(), List.of());
            assertThat(flow.passed()).hasSize(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(flow.passed().get(k).events()).as("events after cut %d", k).isEqualTo(expected.get(k).events());
                assertThat(flow.passed().get(k).sumW()).isCloseTo(expected.get(k).sumW(), within(1e-9 * (1 + expected.get(k).sumW())));
                assertThat(flow.passed().get(k).sumW2()).isCloseTo(expected.get(k).sumW2(), within(1e-9 * (1 + expected.get(k).sumW2())));
            }
            assertThat(flow.total().events()).isEqualTo(35_000);
            assertThat(flow.selected().events()).as("a non-trivial selection").isBetween(1L, 35_000L);
            for (Region r : SPEC.controlRegions()) {
                Count c = JavaRecount.count(rows, JavaRecount.all(SPEC.cuts()).and(JavaRecount.all(r.cuts())));
                assertThat(flow.region(r.name()).events()).as("region " + r.name()).isEqualTo(c.events());
                assertThat(flow.region(r.name()).sumW()).isCloseTo(c.sumW(), within(1e-9 * (1 + c.sumW())));
            }
        }
    }

    @Test
    void cutFlowIsMonotoneWithEfficienciesInTheUnitInterval() {
        try (SelectionEngine engine = new SelectionEngine(1)) {
            CutFlow flow = engine.cutFlow(SPEC, files, List.of());
            for (int k = 1; k < flow.passed().size(); k++) {
                assertThat(flow.passed().get(k).events()).isLessThanOrEqualTo(flow.passed().get(k - 1).events());
                assertThat(flow.efficiency(k)).isBetween(0.0, 1.0);
                assertThat(flow.cumulative(k)).isBetween(0.0, 1.0).isLessThanOrEqualTo(flow.cumulative(k - 1) + 1e-15);
            }
        }
    }

    @Test
    void groupsAndFiltersMatchTheRecount() {
        List<Cut> filter = List.of(Cut.of("truth_dimuon", Op.EQ, 1));
        try (SelectionEngine engine = new SelectionEngine(2)) {
            Map<Double, CutFlow> byEmission = engine.cutFlowByGroup(SPEC, files, filter, "truth_emission");
            assertThat(byEmission.keySet()).containsExactly(0.0, 1.0, 2.0);
            for (var e : byEmission.entrySet()) {
                List<Cut> f = List.of(filter.get(0), Cut.of("truth_emission", Op.EQ, e.getKey()));
                List<Count> expected = JavaRecount.cutFlow(rows, SPEC.cutFlowCuts(), f);
                assertThat(e.getValue().passed()).extracting(Count::events)
                        .containsExactlyElementsOf(expected.stream().map(Count::events).toList());
            }
        }
    }

    @Test
    void planeMatchesTheRecountAndBlindsTheBox() {
        try (SelectionEngine engine = new SelectionEngine(2)) {
            PlaneHistogram open = engine.plane(SPEC, files, "ecal_energy", 0, 150, 30, "hcal_energy", 0, 150, 30, false);
            PlaneHistogram blind = engine.plane(SPEC, files, "ecal_energy", 0, 150, 30, "hcal_energy", 0, 150, 30, true);
            long pre = rows.stream().filter(JavaRecount.all(SPEC.cuts()))
                    .filter(r -> inRange(r, "ecal_energy") && inRange(r, "hcal_energy")).count();
            long inBox = rows.stream().filter(JavaRecount.all(SPEC.cutFlowCuts()))
                    .filter(r -> inRange(r, "ecal_energy") && inRange(r, "hcal_energy")).count();
            assertThat(open.totalEvents()).isEqualTo(pre);
            assertThat(blind.totalEvents()).isEqualTo(pre - inBox);
            assertThat(inBox).isPositive();
            // the box is E_ECAL < 50, E_HCAL < 1: the first bin row in y (0-5 GeV) below 50 GeV in x holds no blinded event
            long lowest = 0;
            for (int ix = 0; ix < 10; ix++) {
                lowest += blind.events()[ix][0];
            }
            long expectedLowest = rows.stream().filter(JavaRecount.all(SPEC.cuts()))
                    .filter(r -> JavaRecount.value(r, "ecal_energy") < 50 && JavaRecount.value(r, "hcal_energy") >= 1
                            && JavaRecount.value(r, "hcal_energy") < 5 && JavaRecount.value(r, "ecal_energy") >= 0)
                    .count();
            assertThat(lowest).isEqualTo(expectedLowest);
        }
    }

    @Test
    void valuesReturnsTheSelectedEvents() {
        List<Cut> cuts = List.of(Cut.range("ecal_energy", Op.BETWEEN, 50, 85), Cut.of("hcal_energy", Op.LT, 1));
        try (SelectionEngine engine = new SelectionEngine(1)) {
            double[][] v = engine.values(files, "ecal_energy", cuts);
            assertThat(v[0].length).isEqualTo(rows.stream().filter(JavaRecount.all(cuts)).count());
            for (double x : v[0]) {
                assertThat(x).isBetween(50.0, 85.0);
            }
        }
    }

    @Test
    void aMissingFileIsBadInput() {
        try (SelectionEngine engine = new SelectionEngine(1)) {
            assertThatThrownBy(() -> engine.cutFlow(SPEC, List.of(dir.resolve("missing.parquet")), List.of()))
                    .isInstanceOf(InputException.class).hasMessageContaining("missing.parquet");
        }
    }

    private static boolean inRange(Row r, String variable) {
        double v = JavaRecount.value(r, variable);
        return v >= 0 && v < 150;
    }
}
