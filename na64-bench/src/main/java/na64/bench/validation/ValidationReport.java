package na64.bench.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.plot.Figure;

/**
 * What a validation produced: named numbers in the order they were computed (values are
 * {@link Double}, {@link Integer} or {@link Long}) and the figures.
 */
public record ValidationReport(Map<String, Object> numbers, List<NamedFigure> figures) {

    public ValidationReport {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        figures = List.copyOf(figures);
    }

    /** Collects the numbers and figures while a validation runs. */
    public static final class Builder {
        private final Map<String, Object> numbers = new LinkedHashMap<>();
        private final List<NamedFigure> figures = new ArrayList<>();

        public Builder number(String name, double value) {
            numbers.put(name, value);
            return this;
        }

        public Builder count(String name, long value) {
            numbers.put(name, value);
            return this;
        }

        public Builder figure(String name, Figure figure) {
            figures.add(new NamedFigure(name, figure));
            return this;
        }

        public ValidationReport build() {
            return new ValidationReport(numbers, figures);
        }
    }
}
