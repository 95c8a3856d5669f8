package tutor.teach;

import java.util.List;

/**
 * One quiz item of a lesson across the class and every practice seed: how many students answered it and how
 * (each student counted once, by how their work ended), the median tries to the first right answer, the slips
 * named (most common first, as counts of students), the discrimination index, and for each feature of a sheet
 * (open: tried and not yet right; untried: met, by passing it or seeing its value, but never answered)
 * how often it was right first time with and without it.
 */
public record QuestionStats(String lesson, String item, int students, int firstTry, int afterHints, int afterSeeing,
                            int revealed, int open, int untried, double medianTries, List<SlipCount> slips, double discrimination,
                            List<FeatureSplit> features) {

    /** A slip and how many students made it here, of how many answered. */
    public record SlipCount(String slip, int students, int of) {
        @Override public String toString() {
            return slip + ": " + students + " of " + of;
        }
    }

    /** Right first time with the feature on the sheet and without it. */
    public record FeatureSplit(String feature, int withRight, int with, int withoutRight, int without) {}

    /** The students who answered or revealed it. */
    public int answered() {
        return firstTry + afterHints + afterSeeing + revealed;
    }
}
