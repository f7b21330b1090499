package na64.stats;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import na64.core.InputException;
import org.junit.jupiter.api.Test;

/** Bad input names the field, the value and the allowed range. */
class StatsInputTest {
    @Test
    void negativeNumbersAreRejectedByName() {
        assertThatThrownBy(() -> Channel.of("2018", 1, -0.5, 0)).isInstanceOf(InputException.class)
                .hasMessageContaining("2018: background").hasMessageContaining("-0.5").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> Channel.of("2018", -1, 0.5, 0)).hasMessageContaining("2018: signal");
        assertThatThrownBy(() -> Channel.of("2018", 1, 0.5, -2)).hasMessageContaining("2018: observed");
    }

    @Test
    void uncertaintiesNeedASensibleSizeAndANonZeroBackground() {
        assertThatThrownBy(() -> Uncertainty.logNormal(7)).isInstanceOf(InputException.class)
                .hasMessageContaining("relative uncertainty").hasMessageContaining("[0.0, 5.0]");
        assertThatThrownBy(() -> Channel.counting(0, 0).withBackgroundUncertainty(Uncertainty.logNormal(0.2)))
                .isInstanceOf(InputException.class).hasMessageContaining("background uncertainty");
        assertThatThrownBy(() -> Uncertainty.absolute(0.1, 0, Uncertainty.Shape.LOG_NORMAL))
                .isInstanceOf(InputException.class).hasMessageContaining("> 0");
    }

    @Test
    void settingsAndChannelListsAreChecked() {
        assertThatThrownBy(() -> CLs.Settings.defaults().withConfidenceLevel(1.0))
                .isInstanceOf(InputException.class).hasMessageContaining("confidence level");
        assertThatThrownBy(() -> new CLs().upperLimit(List.of(), null)).isInstanceOf(InputException.class)
                .hasMessageContaining("channel");
        assertThatThrownBy(() -> new CLs().upperLimit(Channel.of("x", 0, 1, 0))).isInstanceOf(InputException.class)
                .hasMessageContaining("signal = 0");
    }

    @Test
    void aBackgroundTooLargeForTheBandIsRefusedByNameNotOverflowed() {
        // 1e12 events: the band's quantile counts (~1e12) would overflow the int counts
        assertThatThrownBy(() -> new CLs().expected(Channel.of("run", 1, 1e12, 0))).isInstanceOf(InputException.class)
                .hasMessageContaining("run: background").hasMessageContaining("1.0E12").hasMessageContaining("at most 2e+09");
        // its uncertainty's prior counts: 5e8 with a 100 % log-normal error reaches above 2e9
        assertThatThrownBy(() -> new CLs().expected(Channel.of("run", 1, 5e8, 0)
                .withBackgroundUncertainty(Uncertainty.logNormal(1.0)))).isInstanceOf(InputException.class)
                .hasMessageContaining("run: background");
    }
}
