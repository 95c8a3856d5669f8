package tutor.tui;

import tutor.engine.Trace;
import tutor.lesson.QuizItem;
import tutor.progress.Progress;
import tutor.quiz.Acceptance;
import tutor.quiz.Answer;
import tutor.quiz.Mistakes;

/** What answering does to the state: check against the engine, record the try, say what happened. */
final class Quiz {
    private Quiz() {}

    /** Characters that begin typing an answer when a fill-in is open. */
    static boolean startsAnswer(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == '+' || c == '(' || c == '−';
    }

    static App submit(App app) {
        Player p = app.player();
        if (!(p.currentItem() instanceof QuizItem.Fill fill)) return app;
        Answer answer;
        try {
            answer = Answer.parse(p.input());
        } catch (Answer.Unreadable e) {
            return app.withPlayer(p.withFeedback(new Player.Feedback(e.getMessage(), false)));
        }
        Trace shown = p.trace();
        Trace exact = p.exactTrace();
        double right = exact.value(fill.key());
        double paper = shown.value(fill.key());
        Acceptance.Verdict verdict = Acceptance.judge(answer, right, paper, fill.tolerance());
        String key = p.itemKey(p.step(), p.item());
        Progress.Item record = p.progress().item(key).answered(verdict == Acceptance.Verdict.RIGHT);
        Player recorded = p.withProgress(p.progress().withItem(key, record));
        String symbol = p.lesson().notation(app.settings().ascii()).render(shown.get(fill.key()).symbol());
        return switch (verdict) {
            case RIGHT -> {
                Player next = recorded.withItem(recorded.firstOpenItem())
                        .withFeedback(new Player.Feedback("Right: " + symbol + " = " + shown.get(fill.key()).result() + ".", true));
                yield app.withPlayer(next);
            }
            case TOO_COARSE -> app.withPlayer(recorded.withFeedback(new Player.Feedback(
                    "Close, but rounded too coarsely: give at least " + Acceptance.MIN_SIGNIFICANT + " significant figures.", false)));
            case WRONG -> {
                String why = Mistakes.diagnose(answer, p.lesson().network(), p.lesson().parameters(), shown.example(),
                        p.lesson().precision(), fill.key());
                String text = why == null ? "Not yet. Try again, or press t for a hint." : "Not yet. " + why;
                yield app.withPlayer(recorded.withFeedback(new Player.Feedback(text, false)));
            }
        };
    }

    static App choose(App app, int choice) {
        Player p = app.player();
        if (!(p.currentItem() instanceof QuizItem.Choice c)) return app;
        String key = p.itemKey(p.step(), p.item());
        boolean right = choice == c.answer();
        Progress.Item record = p.progress().item(key).answered(right);
        Player recorded = p.withProgress(p.progress().withItem(key, record));
        if (right) {
            String text = "Right. " + c.explanation();
            return app.withPlayer(recorded.withItem(recorded.firstOpenItem()).withFeedback(new Player.Feedback(text.strip(), true)));
        }
        return app.withPlayer(recorded.withFeedback(new Player.Feedback("Not that one. Think again, or press t for a hint.", false)));
    }

    /** How many hints an item has: a fill-in two (symbols, then numbers), a multiple choice one. */
    private static int hintsOf(QuizItem item) {
        return item instanceof QuizItem.Fill ? 2 : 1;
    }

    /** One more hint: the formula in symbols, then with the numbers in; after that r reveals. */
    static App hint(App app) {
        Player p = app.player();
        if (!p.hasOpenQuiz()) return app;
        String key = p.itemKey(p.step(), p.item());
        Progress.Item item = p.progress().item(key);
        if (item.hints() >= hintsOf(p.currentItem())) {
            return app.withPlayer(p.withFeedback(new Player.Feedback("No more hints: press r to reveal the answer.", false)));
        }
        return app.withPlayer(p.withProgress(p.progress().withItem(key, item.hinted())).withFeedback(null));
    }

    static App reveal(App app) {
        Player p = app.player();
        if (!p.hasOpenQuiz()) return app;
        String key = p.itemKey(p.step(), p.item());
        Progress.Item item = p.progress().item(key);
        if (item.hints() < hintsOf(p.currentItem())) {
            return app.withPlayer(p.withFeedback(new Player.Feedback("Take the hints first (t); then r reveals the answer.", false)));
        }
        String shown;
        if (p.currentItem() instanceof QuizItem.Fill f) {
            shown = "The answer is " + p.trace().get(f.key()).result() + ".";
        } else {
            QuizItem.Choice c = (QuizItem.Choice) p.currentItem();
            shown = "The answer is " + (c.answer() + 1) + ". " + c.explanation();
        }
        Player revealed = p.withProgress(p.progress().withItem(key, item.shown()));
        return app.withPlayer(revealed.withItem(revealed.firstOpenItem()).withFeedback(new Player.Feedback(shown.strip(), true)));
    }
}
