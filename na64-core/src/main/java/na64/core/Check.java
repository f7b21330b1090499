package na64.core;

/**
 * Validation of user-supplied numbers. Each check throws an {@link InputException} that names
 * the field, the value and the allowed range, so every command reports bad input the same way.
 */
public final class Check {
    private Check() {
    }

    /** A finite number (not NaN, not infinite). */
    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw InputException.outOfRange(field, value, "a finite number");
        }
        return value;
    }

    /** A finite number strictly greater than zero. */
    public static double positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw InputException.outOfRange(field, value, "a finite number > 0");
        }
        return value;
    }

    /** A finite number greater than or equal to zero. */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw InputException.outOfRange(field, value, "a finite number >= 0");
        }
        return value;
    }

    /** A count greater than or equal to zero. */
    public static long nonNegative(String field, long value) {
        if (value < 0) {
            throw InputException.outOfRange(field, value, "an integer >= 0");
        }
        return value;
    }

    /** A count strictly greater than zero. */
    public static long positive(String field, long value) {
        if (value <= 0) {
            throw InputException.outOfRange(field, value, "an integer > 0");
        }
        return value;
    }

    /** lo <= value <= hi. */
    public static double inClosedRange(String field, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw InputException.outOfRange(field, value, "[" + lo + ", " + hi + "]");
        }
        return value;
    }

    /** A fraction in (0, 1], such as an efficiency. */
    public static double fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw InputException.outOfRange(field, value, "(0, 1]");
        }
        return value;
    }

    /** A number of worker threads, 1 ... 1024. */
    public static int threads(String field, int value) {
        if (value < 1 || value > 1024) {
            throw InputException.outOfRange(field, value, "1 ... 1024");
        }
        return value;
    }

    /** A confidence level in (0, 1), e.g. 0.9. */
    public static double confidenceLevel(String field, double value) {
        if (!(value > 0 && value < 1)) {
            throw InputException.outOfRange(field, value, "(0, 1), e.g. 0.9");
        }
        return value;
    }
}
