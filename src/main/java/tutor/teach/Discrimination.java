package tutor.teach;

/**
 * Item analysis's discrimination index: the correlation of a question's score (1 right first time, else 0) with
 * each student's score on the rest of the course (the corrected item-total correlation, so the item does not
 * correlate with itself). Above 0.2 the question tells stronger students from weaker ones; near 0 or below it does
 * not, and the question (or its slips) deserves a look.
 */
public final class Discrimination {
    private Discrimination() {}

    /** Pearson's r of x and y; NaN when either does not vary or there are fewer than two students. */
    public static double of(double[] x, double[] y) {
        int n = x.length;
        if (n < 2 || y.length != n) return Double.NaN;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) return Double.NaN;
        return sxy / Math.sqrt(sxx * syy);
    }
}
