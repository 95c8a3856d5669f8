package tutor.tui;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Trace;
import tutor.quiz.Acceptance;
import tutor.quiz.Answer;
import tutor.quiz.Expected;

/**
 * What a question is computed from that shows its answer outright: a ReLU's z when the neuron is on (its
 * activation is z), an input of 1 that makes a gradient its δ. These are hidden with the question.
 */
final class Giveaways {
    private Giveaways() {}

    static List<String> among(Trace shown, Trace exact, String key, Double tolerance) {
        Expected expected = Expected.of(shown, exact, key, tolerance);
        List<String> out = new ArrayList<>();
        for (String a : shown.ancestors(key)) {
            try {
                Answer written = Answer.parse(shown.get(a).result().replace('−', '-'));
                if (Acceptance.judge(written, expected) == Acceptance.Verdict.RIGHT) out.add(a);
            } catch (Answer.Unreadable e) {
                // a shown value that is no number (∞) gives nothing away
            }
        }
        return out;
    }
}
