package tutor.teach;

/**
 * How one student's work on one question ended, as the record means it: a mark only for work done before the value
 * was seen. OPEN is tried and not yet right; UNTRIED has only hints (or nothing).
 */
public enum Outcome {
    FIRST_TRY("right first time"),
    AFTER_HINTS("right after hints or tries"),
    AFTER_SEEING("right after seeing"),
    REVEALED("revealed"),
    OPEN("not yet right"),
    UNTRIED("not tried");

    public final String words;

    Outcome(String words) {
        this.words = words;
    }

    /** Whether this counts as the student's own right answer. */
    public boolean earned() {
        return this == FIRST_TRY || this == AFTER_HINTS;
    }
}
