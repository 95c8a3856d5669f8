package tutor.tui;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Trace;
import tutor.quiz.Acceptance;
import tutor.quiz.Answer;
import tutor.quiz.Expected;

/**
 * What would show an open question's answer outright, beyond the question itself and what is computed from it:
 * what it is computed from when that is the same number (a ReLU's z when the neuron is on, a gradient's δ when the
 * input is 1), and prose that quotes the number (an erratum's note). These are hidden with the question.
 */
final class Giveaways {
    private Giveaways() {}

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(?<![\\w.^])[−-]?(?:\\d+\\.\\d+|\\.\\d+)(?![\\w.])");

    /** Whether a text quotes a number that would be taken as the answer to a question open on this step. */
    static boolean inText(Player p, String text) {
        java.util.List<tutor.quiz.Expected> open = new ArrayList<>();
        java.util.List<tutor.lesson.QuizItem> quiz = p.current().quiz();
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.get(i) instanceof tutor.lesson.QuizItem.Fill f && !p.done(p.step(), i)) {
                open.add(Expected.of(p.trace(), p.exactTrace(), f.key(), f.tolerance()));
            }
        }
        if (open.isEmpty()) return false;
        java.util.regex.Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            try {
                Answer a = Answer.parse(m.group().replace('−', '-'));
                for (Expected e : open) if (Acceptance.judge(a, e) == Acceptance.Verdict.RIGHT) return true;
            } catch (Answer.Unreadable e) {
                // not a number after all
            }
        }
        return false;
    }

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
