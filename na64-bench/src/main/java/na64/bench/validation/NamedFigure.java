package na64.bench.validation;

import na64.plot.Figure;

/** A figure and the base name of its files ({@code name.svg}, {@code name.png}). */
public record NamedFigure(String name, Figure figure) {
}
