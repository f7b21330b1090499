package na64.reach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import na64.core.Config;
import na64.core.InputException;
import org.junit.jupiter.api.Test;

class DatasetConfigTest {

    private static final String WITH_TABLE = """
            beam: e-
            energy_GeV: 100
            eot: 9.37e11
            efficiency_table: efficiency.csv
            """;

    /** A dataset with an efficiency table, written back out, reads again with the same meaning. */
    @Test
    void aDatasetWithAnEfficiencyTableRoundTrips() {
        DatasetConfig d = Config.parse(WITH_TABLE, "dataset.yaml", DatasetConfig.class);
        assertThat(d.efficiency()).as("no flat default beside a table").isNull();
        DatasetConfig again = Config.parse(Config.toYaml(d), "written.yaml", DatasetConfig.class);
        assertThat(again).isEqualTo(d);
    }

    @Test
    void withoutATableTheFlatEfficiencyDefaultsToOne() {
        DatasetConfig d = Config.parse("beam: e-\nenergy_GeV: 100\neot: 1e10\n", "dataset.yaml", DatasetConfig.class);
        assertThat(d.efficiency()).isEqualTo(1.0);
        assertThat(Config.parse(Config.toYaml(d), "written.yaml", DatasetConfig.class)).isEqualTo(d);
    }

    @Test
    void bothAFlatEfficiencyAndATableAreAnError() {
        assertThatThrownBy(() -> Config.parse(WITH_TABLE + "efficiency: 0.5\n", "dataset.yaml", DatasetConfig.class))
                .isInstanceOf(InputException.class).hasMessageContaining("efficiency");
    }
}
