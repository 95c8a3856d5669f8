package tutor.teach;

import java.util.ArrayList;
import java.util.List;

/**
 * The slips named in a logged verdict. The log keeps the verdict as the learner read it ("Not yet. The sign is
 * flipped." or "Not yet. That number fits two slips: a. Or: b."); counting needs each slip on its own, so the
 * sentence is taken apart here, in the one place that knows its shape.
 */
public final class SlipNames {
    private SlipNames() {}

    private static final String NOT_YET = "Not yet.";
    private static final String TWO = "That number fits two slips:";
    private static final String OR = " Or: ";

    /** Each slip named, capitalised as a sentence; empty for a verdict that named none. */
    public static List<String> of(String verdict) {
        List<String> out = new ArrayList<>();
        if (verdict == null) return out;
        String s = verdict.strip();
        if (s.startsWith(NOT_YET)) s = s.substring(NOT_YET.length()).strip();
        if (s.isEmpty() || s.startsWith("Try again")) return out;
        if (s.startsWith(TWO)) {
            String rest = s.substring(TWO.length()).strip();
            int or = rest.indexOf(OR);
            if (or >= 0) {
                out.add(upperFirst(rest.substring(0, or).strip()));
                out.add(upperFirst(rest.substring(or + OR.length()).strip()));
                return out;
            }
            s = rest;
        }
        out.add(upperFirst(s));
        return out;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
