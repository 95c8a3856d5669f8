package tutor.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tutor.engine.Expr;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.QuizItem;
import tutor.quiz.Acceptance;
import tutor.quiz.Answer;
import tutor.quiz.Expected;

/**
 * What would show an open question's answer outright, beyond the question itself and what is computed from it:
 * what it is computed from directly when that is the same number (a ReLU's z when the neuron is on, a gradient's δ
 * when the input is 1), and prose that quotes the number (an erratum's note). These are hidden with the question.
 * A switched-off neuron's zeros are the point of the step that asks for one, so a zero answer hides nothing more.
 */
final class Giveaways {
    private Giveaways() {}

    /** Whether a text quotes a number that would be taken as the answer to a question open on this step. */
    static boolean inText(Player p, String text) {
        List<QuizItem> quiz = p.current().quiz();
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.get(i) instanceof QuizItem.Fill f && !p.done(p.step(), i)
                    && Expected.of(p.trace(), p.exactTrace(), f.key(), f.tolerance()).quotedIn(text)) {
                return true;
            }
        }
        return false;
    }

    /** The quantities the asked one is computed from directly whose shown value would be taken as its answer. */
    static List<String> among(Trace shown, Trace exact, String key, Double tolerance) {
        List<String> out = new ArrayList<>();
        if (exact.value(key) == 0.0) return out;
        Expected expected = Expected.of(shown, exact, key, tolerance);
        for (String a : shown.get(key).dependsOn()) {
            try {
                Answer written = Answer.parse(shown.get(a).result().replace('−', '-'));
                if (Acceptance.judge(written, expected) == Acceptance.Verdict.RIGHT) out.add(a);
            } catch (Answer.Unreadable e) {
                // a shown value that is no number (∞) gives nothing away
            }
        }
        return out;
    }

    /**
     * The computed pieces of a quantity's own formula: the quantities its working writes out inside it (η·∂L/∂w in
     * w − η·∂L/∂w). While it is asked, the learner works them from the numbers they are made of.
     */
    static Set<String> pieces(Trace t, String key) {
        Set<String> out = new TreeSet<>();
        piecesOf(t.get(key).formula(), out);
        return out;
    }

    private static void piecesOf(Expr e, Set<String> out) {
        if (e instanceof Expr.Ref r && r.expanded()) out.add(r.key());
        for (Expr part : e.parts()) piecesOf(part, out);
    }

    /**
     * Other quantities whose shown number would be taken for a piece, of either sign (another weight's change of
     * the same size as this one's η·∂L/∂w).
     */
    static List<String> lookalikes(Trace shown, Trace exact, String piece) {
        List<String> out = new ArrayList<>();
        if (exact.value(piece) == 0.0) return out;
        Expected expected = Expected.of(shown, exact, piece, null);
        String sign = expected.exact() < 0 ? "-" : "";
        for (Quantity q : shown.quantities()) {
            if (q.key().equals(piece)) continue;
            String magnitude = q.result().replace("−", "").replace("-", "");
            try {
                if (Acceptance.judge(Answer.parse(sign + magnitude), expected) == Acceptance.Verdict.RIGHT) out.add(q.key());
            } catch (Answer.Unreadable e) {
                // no number, nothing to take
            }
        }
        return out;
    }
}
