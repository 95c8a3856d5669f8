package tutor.teach;

import java.time.Duration;

/**
 * When a student needs the teacher: this many wrong tries on the open question, no key for this long while online
 * on a question, or this many reveals in a row. The thresholds are options of `serve`; the view's help states them.
 */
public record StuckRules(int wrongTries, Duration idle, int revealsInARow) {
    public static final StuckRules DEFAULT = new StuckRules(3, Duration.ofMinutes(10), 2);

    public StuckRules {
        if (wrongTries < 1 || revealsInARow < 1 || idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("each threshold must be at least 1");
        }
    }

    /** The rule in words, as the view's help states it. */
    public String words() {
        return "A student needs you when they have " + wrongTries + " or more wrong tries on the open question, no key for "
                + idle.toMinutes() + " minutes while online on a question, or " + revealsInARow + " reveals in a row.";
    }
}
