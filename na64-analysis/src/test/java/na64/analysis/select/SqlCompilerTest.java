package na64.analysis.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated SQL, text for text, for DuckDB and for Spark: the same query apart from the dialect. */
class SqlCompilerTest {
    private static final SelectionSpec SPEC = new SelectionSpec("t", "", 100.0,
            List.of(Cut.range("momentum", Op.BETWEEN, 97, 103), Cut.of("track_angle", Op.LT, 1)),
            List.of(Cut.of("ecal_energy", Op.LT, 50)),
            List.of(new Region("I", "", List.of(Cut.range("hcal2_energy", Op.BETWEEN, 3, 7)))), null);

    @Test
    void cutFlowForDuckDb() {
        String sql = new SqlCompiler(Dialect.DUCKDB).cutFlow(SPEC, List.of("/d/a.parquet", "/d/b.parquet"), List.of(), null);
        assertThat(sql).isEqualTo("""
                SELECT
                  CAST(count(*) AS BIGINT) AS n_0,
                  coalesce(sum(w), 0.0) AS w_0,
                  coalesce(sum(w * w), 0.0) AS w2_0,
                  CAST(coalesce(sum(CASE WHEN stage >= 1 THEN 1 ELSE 0 END), 0) AS BIGINT) AS n_1,
                  coalesce(sum(CASE WHEN stage >= 1 THEN w ELSE 0.0 END), 0.0) AS w_1,
                  coalesce(sum(CASE WHEN stage >= 1 THEN w * w ELSE 0.0 END), 0.0) AS w2_1,
                  CAST(coalesce(sum(CASE WHEN stage >= 2 THEN 1 ELSE 0 END), 0) AS BIGINT) AS n_2,
                  coalesce(sum(CASE WHEN stage >= 2 THEN w ELSE 0.0 END), 0.0) AS w_2,
                  coalesce(sum(CASE WHEN stage >= 2 THEN w * w ELSE 0.0 END), 0.0) AS w2_2,
                  CAST(coalesce(sum(CASE WHEN stage >= 3 THEN 1 ELSE 0 END), 0) AS BIGINT) AS n_3,
                  coalesce(sum(CASE WHEN stage >= 3 THEN w ELSE 0.0 END), 0.0) AS w_3,
                  coalesce(sum(CASE WHEN stage >= 3 THEN w * w ELSE 0.0 END), 0.0) AS w2_3,
                  CAST(coalesce(sum(CASE WHEN stage >= 2 AND r0 THEN 1 ELSE 0 END), 0) AS BIGINT) AS rn_0,
                  coalesce(sum(CASE WHEN stage >= 2 AND r0 THEN w ELSE 0.0 END), 0.0) AS rw_0,
                  coalesce(sum(CASE WHEN stage >= 2 AND r0 THEN w * w ELSE 0.0 END), 0.0) AS rw2_0
                FROM (
                  SELECT coalesce(truth.weight, 1.0) AS w,
                    CASE
                      WHEN NOT coalesce(momentum BETWEEN 97.0 AND 103.0, false) THEN 0
                      WHEN NOT coalesce((1000.0 * sqrt(upstream.tx * upstream.tx + upstream.ty * upstream.ty)) < 1.0, false) THEN 1
                      WHEN NOT coalesce(ecal_energy < 50.0, false) THEN 2
                      ELSE 3 END AS stage,
                    coalesce(hcal_modules[2] BETWEEN 3.0 AND 7.0, false) AS r0
                  FROM read_parquet(['/d/a.parquet', '/d/b.parquet'], union_by_name = true)
                ) events""");
    }

    @Test
    void sparkDiffersOnlyInTheSourceAndListIndexing() {
        String duck = new SqlCompiler(Dialect.DUCKDB).cutFlow(SPEC, List.of("/d/a.parquet"), List.of(), null);
        String spark = new SqlCompiler(Dialect.SPARK).cutFlow(SPEC, List.of("/d/a.parquet"), List.of(), null);
        assertThat(spark).contains("FROM parquet.`/d/a.parquet`")
                .contains("coalesce(element_at(hcal_modules, 2) BETWEEN 3.0 AND 7.0, false) AS r0");
        assertThat(spark.replace("parquet.`/d/a.parquet`", "read_parquet(['/d/a.parquet'], union_by_name = true)")
                .replace("element_at(hcal_modules, 2)", "hcal_modules[2]")).isEqualTo(duck);
    }

    @Test
    void sparkReadsSeveralFilesAsAUnionAndGroups() {
        String spark = new SqlCompiler(Dialect.SPARK).cutFlow(SPEC, List.of("/d/a.parquet", "/d/b.parquet"),
                List.of(Cut.of("truth_dimuon", Op.EQ, 1)), "truth_emission");
        assertThat(spark)
                .contains("FROM (SELECT * FROM parquet.`/d/a.parquet` UNION ALL SELECT * FROM parquet.`/d/b.parquet`)")
                .contains("  WHERE coalesce(CAST(truth.dimuon AS DOUBLE) = 1.0, false)")
                .contains("truth.emission AS grp")
                .endsWith("GROUP BY grp ORDER BY grp")
                .startsWith("SELECT\n  grp,\n  CAST(count(*) AS BIGINT) AS n_0,");
    }

    @Test
    void allOperatorsCompile() {
        SqlCompiler c = new SqlCompiler(Dialect.SPARK);
        assertThat(c.condition(Cut.of("veto_energy", Op.LE, 0.004))).isEqualTo("coalesce(veto_energy <= 0.004, false)");
        assertThat(c.condition(Cut.of("veto_energy", Op.GE, 2.5e-3))).isEqualTo("coalesce(veto_energy >= 0.0025, false)");
        assertThat(c.condition(Cut.of("trigger", Op.NE, 3))).isEqualTo("coalesce(trigger <> 3.0, false)");
        assertThat(c.condition(Cut.range("total_energy", Op.OUTSIDE, 85, 115)))
                .isEqualTo("coalesce(((ecal_energy + hcal_energy) < 85.0 OR (ecal_energy + hcal_energy) > 115.0), false)");
    }

    @Test
    void planeQueryLeavesTheBoxOutWhenBlind() {
        String sql = new SqlCompiler(Dialect.DUCKDB).plane(SPEC, List.of("/d/a.parquet"), "ecal_energy", 0, 150, 75,
                "hcal_energy", 0, 150, 75, true);
        assertThat(sql).contains("AND NOT (coalesce(ecal_energy < 50.0, false))")
                .contains("CAST(floor((ecal_energy - 0.0) / 2.0) AS BIGINT) AS ix");
    }

    @Test
    void aYamlSelectionCompilesToTheSameQueriesAsTheRecords() {
        SelectionSpec fromYaml = na64.core.Config.parse("""
                name: t
                beamEnergy: 100
                cuts:
                  - {variable: momentum, op: between, range: [97, 103]}
                  - {variable: track_angle, op: "<", value: 1}
                signalBox:
                  - {variable: ecal_energy, op: "<", value: 50}
                controlRegions:
                  - {name: I, cuts: [{variable: hcal2_energy, op: between, range: [3, 7]}]}
                """, "t.yaml", SelectionSpec.class);
        for (Dialect d : Dialect.values()) {
            SqlCompiler c = new SqlCompiler(d);
            assertThat(c.cutFlow(fromYaml, List.of("/d/a.parquet"), List.of(), null))
                    .isEqualTo(c.cutFlow(SPEC, List.of("/d/a.parquet"), List.of(), null));
        }
    }
}
