package na64.analysis.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedComparisonTest {
    private static SourceEstimate single(Estimate e) {
        return new SourceEstimate("s", "source", e, "method", e, null, null, false);
    }

    @Test
    void measuredValuesWithinAFactorThreeAgree() {
        assertThat(PublishedComparison.explain(single(Estimate.of(0.5, 0.1)), Estimate.of(0.5, 0.1), Estimate.of(0.3, 0.05)))
                .isEqualTo("agrees within a factor 3 (ratio 1.67)");
        assertThat(PublishedComparison.explain(single(Estimate.of(0.11, 0.1)), Estimate.of(0.11, 0.1), Estimate.of(0.3, 0.05)))
                .startsWith("agrees within a factor 3 (ratio 0.37");
    }

    @Test
    void aLargerValueNamesTheSpeciesThatMakesIt() {
        // (ii) of the built-in study: 8.8 events against NA64's 0.3, most of it from muon decays
        SourceEstimate mu = new SourceEstimate("beam-decays", "mu-", Estimate.of(7.9, 2.0), "m", null, null, null, false);
        SourceEstimate pi = new SourceEstimate("beam-decays", "pi-", Estimate.of(0.6, 0.3), "m", null, null, null, false);
        SourceEstimate k = new SourceEstimate("beam-decays", "K-", Estimate.of(0.3, 0.2), "m", null, null, null, false);
        SourceEstimate sum = new SourceEstimate("beam-decays", "(ii)", Estimate.of(8.8, 2.0), "m", null, null, null, false,
                List.of(mu, pi, k));
        String text = PublishedComparison.explain(sum, sum.simulated(), Estimate.of(0.3, 0.05));
        assertThat(text).startsWith("ratio 29, beyond a factor 3; 90 % of it from mu-").contains("Backgrounds by simulation");
    }

    @Test
    void aBoundAboveThePublishedValueIsNotResolvedAndOneBelowIsConsistent() {
        String weak = PublishedComparison.explain(single(Estimate.below(1.1e7)), Estimate.below(1.1e7), Estimate.of(0.16, 0.12));
        assertThat(weak).startsWith("not resolved: the simulated bound is 6.9e+07 times NA64's estimate");
        assertThat(PublishedComparison.explain(single(Estimate.below(0.005)), Estimate.below(0.005), Estimate.of(0.16, 0.12)))
                .startsWith("consistent");
        assertThat(PublishedComparison.explain(single(Estimate.below(1e-10)), Estimate.below(1e-10), Estimate.below(0.01)))
                .startsWith("both are upper limits");
        assertThat(PublishedComparison.explain(single(Estimate.of(1, 0.1)), Estimate.of(1, 0.1), null)).isEqualTo("not in NA64's table");
    }

    @Test
    void anAdoptedPublishedValueIsComparedThroughItsSimulatedBound() {
        SourceEstimate adopted = new SourceEstimate("upstream", "(iii)", Estimate.of(0.16, 0.12), "m", Estimate.below(1.1e7),
                null, null, true);
        assertThat(adopted.simulated()).isEqualTo(Estimate.below(1.1e7));
    }
}
