package na64.spark;

/**
 * A task failure on purpose, to show that a production survives one: the first attempt of one
 * part's task throws before or after it writes its part. {@link #NONE} in production.
 */
public record FaultInjection(int part, boolean afterWrite) implements java.io.Serializable {
    /** No failure. */
    public static final FaultInjection NONE = new FaultInjection(-1, false);

    void before(EventRange range, int attempt) {
        if (!afterWrite) {
            failOnFirstAttempt(range, attempt);
        }
    }

    void after(EventRange range, int attempt) {
        if (afterWrite) {
            failOnFirstAttempt(range, attempt);
        }
    }

    private void failOnFirstAttempt(EventRange range, int attempt) {
        if (range.index() == part && attempt == 0) {
            throw new IllegalStateException("injected failure of the first attempt of " + range.partName()
                    + (afterWrite ? ", after writing it" : ", before writing it"));
        }
    }
}
