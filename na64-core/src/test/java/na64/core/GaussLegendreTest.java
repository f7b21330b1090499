package na64.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GaussLegendreTest {
    @Test
    void eightPointNodesAndWeightsMatchAbramowitzAndStegun() {
        // A&S table 25.4, n = 8: positive nodes and their weights
        double[] nodes = {0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
        double[] weights = {0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};
        GaussLegendre rule = GaussLegendre.of(8);
        double[][] pairs = new double[8][];
        for (int i = 0; i < 8; i++) {
            pairs[i] = new double[] {rule.node(i, -1, 1), rule.weight(i, -1, 1)};
        }
        Arrays.sort(pairs, (p, q) -> Double.compare(p[0], q[0]));
        for (int i = 0; i < 4; i++) {
            assertThat(pairs[4 + i][0]).isCloseTo(nodes[i], within(1e-15));
            assertThat(pairs[3 - i][0]).isCloseTo(-nodes[i], within(1e-15));
            assertThat(pairs[4 + i][1]).isCloseTo(weights[i], within(1e-15));
            assertThat(pairs[3 - i][1]).isCloseTo(weights[i], within(1e-15));
        }
    }

    @Test
    void nPointsIntegratePolynomialsUpToDegree2nMinus1Exactly() {
        for (int n = 1; n <= 24; n++) {
            GaussLegendre rule = GaussLegendre.of(n);
            int degree = 2 * n - 1;
            // int_0^2 x^d dx = 2^(d+1) / (d+1)
            double exact = Math.pow(2, degree + 1) / (degree + 1);
            assertThat(rule.integrate(x -> Math.pow(x, degree), 0, 2)).as("n = %d", n)
                    .isCloseTo(exact, within(1e-13 * exact));
            if (n <= 8) {
                // one degree more is beyond the rule: the error on int_-1^1 x^2n is
                // 2^(2n+1) (n!)^4 / ((2n+1) ((2n)!)^2) (A&S 25.4.30 with f^(2n) = (2n)!)
                int beyond = 2 * n;
                double error = Math.pow(2, beyond + 1) * Math.pow(factorial(n), 4)
                        / ((beyond + 1) * Math.pow(factorial(beyond), 2));
                assertThat(2.0 / (beyond + 1) - rule.integrate(x -> Math.pow(x, beyond), -1, 1))
                        .as("n = %d", n).isCloseTo(error, within(1e-6 * error));
            }
        }
    }

    @Test
    void panelsConvergeOnASmoothFunction() {
        GaussLegendre rule = GaussLegendre.of(4);
        double exact = Math.exp(3) - 1;
        double onePanel = Math.abs(rule.integrate(Math::exp, 0, 3) - exact);
        double eightPanels = Math.abs(rule.integrate(Math::exp, 0, 3, 8) - exact);
        assertThat(onePanel).isLessThan(1e-3);
        // error per panel ~ h^9: eight panels of h/8 are 8^8 times better
        assertThat(eightPanels).isLessThan(onePanel / 1e6).isLessThan(1e-11);
    }

    @Test
    void weightsSumToTheIntervalLength() {
        GaussLegendre rule = GaussLegendre.of(13);
        double sum = 0;
        for (int i = 0; i < rule.points(); i++) {
            sum += rule.weight(i, -2.5, 4);
            assertThat(rule.node(i, -2.5, 4)).isBetween(-2.5, 4.0);
        }
        assertThat(sum).isCloseTo(6.5, within(1e-14));
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }

    @Test
    void aRuleNeedsAPoint() {
        assertThatThrownBy(() -> GaussLegendre.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
