package na64.bench.validation;

/** The numbers of events of a validation run: the nominal ones times {@code --scale}, at least 20. */
record EventCounts(double scale) {
    int of(int nominal) {
        return Math.max(20, (int) Math.round(nominal * scale));
    }
}
