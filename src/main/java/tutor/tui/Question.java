package tutor.tui;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Notation;
import tutor.engine.Trace;
import tutor.lesson.Narration;
import tutor.lesson.QuizItem;
import tutor.progress.Progress;
import tutor.render.Role;

/**
 * The part of a step that never scrolls away: the open question (a multiple choice with its choices in the
 * learner's order), the hint taken (a fill-in's first says why, its second works the numbers), and the verdict
 * on the last answer; after the last question, that the step is done.
 */
final class Question {
    private Question() {}

    /** A multiple choice's hint: one wrong choice ruled out, with why (the first wrong one as shown). */
    static String notThis(Player p, QuizItem.Choice c, int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == c.answer()) continue;
            String why = c.why().get(order[i]);
            return "it is not " + (i + 1) + (why.isEmpty() ? "." : ": " + why);
        }
        return "reread the narration above.";
    }

    static List<PlayerView.Line> lines(App app, int width) {
        Player p = app.player();
        Trace t = p.trace();
        Notation n = p.lesson().notation(app.settings().ascii());
        List<PlayerView.Line> out = new ArrayList<>();
        QuizItem item = p.currentItem();
        int total = p.current().quiz().size();
        if (item != null) {
            String count = total > 1 ? " (" + (p.item() + 1) + " of " + total + ")" : "";
            Progress.Item record = p.progress().item(p.itemKey(p.step(), p.item()));
            if (item instanceof QuizItem.Fill f) {
                String prompt = f.prompt() != null ? Narration.fill(f.prompt(), t, n, p::hides)
                        : "What is " + n.render(t.get(f.key()).symbol()) + "?";
                PlayerView.add(out, "Your turn" + count + ": " + prompt, Role.KEY, width);
                if (record.hints() == 1) {
                    // First why (what it means, from which numbers); the formula in symbols is on screen already.
                    String why = tutor.quiz.Why.of(p.lesson().network(), t, f.key());
                    PlayerView.add(out, "Hint: " + Narration.fill(why, t, n, p::hides), Role.DIM, width);
                } else if (record.hints() > 1) {
                    PlayerView.add(out, "Hint: " + PlayerView.blankLine(p, f.key(), n, record.hints()), Role.DIM, width);
                }
            } else if (item instanceof QuizItem.Choice c) {
                PlayerView.add(out, "Question" + count + ": " + Narration.fill(c.question(), t, n, p::hides), Role.KEY, width);
                int[] order = p.course().choiceOrder(p.step(), p.item());
                for (int i = 0; i < order.length; i++) {
                    PlayerView.add(out, "  " + (i + 1) + ") " + Narration.fill(c.choices().get(order[i]), t, n, p::hides),
                            Role.NORMAL, width, 5);
                }
                if (record.hints() > 0) PlayerView.add(out, "Hint: " + Narration.fill(notThis(p, c, order), t, n, p::hides), Role.DIM, width);
            }
        } else if (total > 0) {
            String arrow = app.settings().ascii() ? "->" : "→";
            String on = p.step() == p.steps().size() - 1 ? " " + arrow + " finishes the lesson." : " Space or " + arrow + " moves on.";
            PlayerView.add(out, "Every question of this step is done." + on, Role.GOOD, width);
        }
        if (p.feedback() != null) {
            Role role = p.feedback().hint() ? Role.DIM : p.feedback().good() ? Role.GOOD : Role.BAD;
            PlayerView.add(out, Narration.fill(p.feedback().text(), t, n), role, width);
        }
        return out;
    }
}
