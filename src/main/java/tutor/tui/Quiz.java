package tutor.tui;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.progress.Progress;
import tutor.quiz.Acceptance;
import tutor.quiz.Answer;
import tutor.quiz.Expected;
import tutor.quiz.Slips;

/** What answering does to the state: check against the engine, record the try, say what happened. */
final class Quiz {
    private Quiz() {}

    /** Characters that begin typing an answer when a fill-in is open. */
    static boolean startsAnswer(char c) {
        char n = normal(c);
        return Character.isDigit(n) || n == '.' || n == ',' || n == '-' || n == '+' || n == '(' || n == '−' || n == 'σ';
    }

    /** A character as the answer reader reads it: digits of any script, full-width forms, the Arabic decimal point. */
    private static char normal(char c) {
        String n = tutor.expr.Expression.normalize(String.valueOf(c));
        return n.length() == 1 ? n.charAt(0) : c;
    }

    /** Names an answer may call, as on paper: exp(−0.6), ln 2, sqrt(…), σ(0.6). */
    private static final List<String> FUNCTIONS = List.of("exp", "ln", "log", "sqrt", "sigmoid", "sig");

    /**
     * Whether a key typed in the answer field is part of the answer: digits and what numbers and small expressions
     * are written with, an exponent's e after a digit, and letters that spell one of the functions. Anything else is
     * a command (t a hint, r reveal, ? help) even while typing.
     */
    static boolean partOfAnswer(String input, char c) {
        if (startsAnswer(c) || "*×·/÷^)² ".indexOf(normal(c)) >= 0) return true;
        if (!Character.isLetter(c)) return false;
        if ((c == 'x' || c == 'X') && afterNumber(input)) return true; // 0.5 x 0.3: times
        int start = input.length();
        while (start > 0 && Character.isLetter(input.charAt(start - 1))) start--;
        String word = (input.substring(start) + c).toLowerCase(java.util.Locale.ROOT);
        if ((c == 'e' || c == 'E') && start == input.length() && start > 0
                && (Character.isDigit(input.charAt(start - 1)) || input.charAt(start - 1) == '.')) {
            return true;
        }
        for (String f : FUNCTIONS) if (f.startsWith(word)) return true;
        return false;
    }

    /** Whether the answer so far ends in a number or ")" (spaces aside): where an x means times. */
    private static boolean afterNumber(String input) {
        String s = tutor.expr.Expression.normalize(input).stripTrailing();
        if (s.isEmpty()) return false;
        char last = s.charAt(s.length() - 1);
        return Character.isDigit(last) || last == '.' || last == ')' || last == '²';
    }

    /** Letters that are commands in the answer field (t hint, r reveal, e errata, j k scroll). */
    static boolean commandWhileTyping(char c) {
        return "trejk".indexOf(c) >= 0;
    }

    /** What a letter that is neither part of an answer nor a command gets, rather than vanishing. */
    static String strayLetter(char c) {
        return "\"" + c + "\" is no part of a number: write ×, * or x for times; t gives a hint, Esc leaves the answer.";
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
        Expected expected = Expected.of(shown, exact, fill.key(), fill.tolerance());
        Acceptance.Verdict verdict = Acceptance.judge(answer, expected);
        String key = p.itemKey(p.step(), p.item());
        Progress.Item record = p.progress().item(key).answered(verdict == Acceptance.Verdict.RIGHT);
        Player recorded = p.withProgress(p.progress().withItem(key, record));
        return switch (verdict) {
            case RIGHT -> {
                String symbol = shown.get(fill.key()).symbol();
                // A value seen before it was worked is right, and the verdict says it is not scored, as the record keeps it.
                String seen = record.seen() ? " Its value was on screen before you worked it, so it counts as seen, not scored." : "";
                Player next = recorded.withItem(recorded.firstOpenItem())
                        .withFeedback(new Player.Feedback("Right: " + symbol + " = " + shown.get(fill.key()).result() + "." + seen, true));
                yield app.withPlayer(next);
            }
            case TOO_COARSE -> app.withPlayer(recorded.withFeedback(new Player.Feedback(
                    "Close, but rounded too coarsely: give at least " + Acceptance.MIN_SIGNIFICANT + " significant figures.", false)));
            case NOT_MOVED -> app.withPlayer(recorded.withFeedback(new Player.Feedback("At that precision "
                    + fill.key().substring(4).transform(id -> "{" + id + "}") + " has not moved from its old value: give more decimals.", false)));
            case WRONG -> {
                List<String> slips = Slips.named(answer, p.lesson().network(), shown, exact, fill.key(), errataOf(p.lesson(), fill.key(),
                        p.current().example()));
                Player said = recorded.withFeedback(new Player.Feedback(wrong(slips), false));
                for (String s : slips) said = said.withSlip(new Player.Slip(shown.get(fill.key()).symbol(), p.input().strip(), s));
                yield app.withPlayer(said);
            }
        };
    }

    /** Not yet, with the slip when one is known; both when two slips give the same number. */
    private static String wrong(List<String> slips) {
        if (slips.isEmpty()) return "Not yet. Try again, or press t for a hint.";
        if (slips.size() == 1) return "Not yet. " + slips.get(0);
        return "Not yet. That number fits two slips: " + lowerFirst(slips.get(0)) + " Or: " + lowerFirst(slips.get(1));
    }

    /** The figures the document printed wrong for this quantity. */
    private static List<Slips.Erratum> errataOf(Lesson lesson, String key, int example) {
        List<Slips.Erratum> out = new ArrayList<>();
        for (Lesson.Erratum e : lesson.errata()) {
            if (e.key().equals(key) && e.example() == example) out.add(new Slips.Erratum(e.stated(), e.note()));
        }
        return out;
    }

    /** A pick by its shown position (1 is the first choice on screen). */
    static App choose(App app, int shown) {
        Player p = app.player();
        if (!(p.currentItem() instanceof QuizItem.Choice c)) return app;
        int choice = p.course().choiceOrder(p.step(), p.item())[shown];
        String key = p.itemKey(p.step(), p.item());
        boolean right = choice == c.answer();
        Progress.Item record = p.progress().item(key).answered(right);
        Player recorded = p.withProgress(p.progress().withItem(key, record));
        if (right) {
            String text = "Right. " + c.explanation();
            return app.withPlayer(recorded.withItem(recorded.firstOpenItem()).withFeedback(new Player.Feedback(text.strip(), true)));
        }
        String why = c.why().get(choice);
        String text = "Not " + (shown + 1) + ". " + (why.isEmpty() ? "Think again, or press t for a hint." : why);
        return app.withPlayer(recorded.withFeedback(new Player.Feedback(text, false)));
    }

    /** How many hints an item has: a fill-in two (why, then the numbers), a multiple choice one. */
    static int hintsOf(QuizItem item) {
        return item instanceof QuizItem.Fill ? 2 : 1;
    }

    /** One more hint: what the quantity means and what it is worked from, then the numbers in; after that r reveals. */
    static App hint(App app) {
        Player p = app.player();
        if (!p.hasOpenQuiz()) return app;
        String key = p.itemKey(p.step(), p.item());
        Progress.Item item = p.progress().item(key);
        if (item.hints() >= hintsOf(p.currentItem())) {
            return app.withPlayer(p.withFeedback(new Player.Feedback("No more hints: press r to reveal the answer.", false, true)));
        }
        return app.withPlayer(p.withProgress(p.progress().withItem(key, item.hinted())).withFeedback(null));
    }

    static App reveal(App app) {
        Player p = app.player();
        if (!p.hasOpenQuiz()) return app;
        String key = p.itemKey(p.step(), p.item());
        Progress.Item item = p.progress().item(key);
        if (item.hints() < hintsOf(p.currentItem())) {
            return app.withPlayer(p.withFeedback(new Player.Feedback("Take the hints first (t); then r reveals the answer.", false, true)));
        }
        String shown;
        if (p.currentItem() instanceof QuizItem.Fill f) {
            shown = "The answer is " + p.trace().get(f.key()).symbol() + " = " + p.trace().get(f.key()).result() + ".";
        } else {
            QuizItem.Choice c = (QuizItem.Choice) p.currentItem();
            int[] order = p.course().choiceOrder(p.step(), p.item());
            int at = 0;
            while (order[at] != c.answer()) at++;
            shown = "The answer is " + (at + 1) + ". " + c.explanation();
        }
        Player revealed = p.withProgress(p.progress().withItem(key, item.shown()));
        return app.withPlayer(revealed.withItem(revealed.firstOpenItem()).withFeedback(new Player.Feedback(shown.strip(), true)));
    }

    /** A sentence going on after a colon: "That is δ alone" becomes "that is δ alone" (a symbol stays as it is). */
    private static String lowerFirst(String sentence) {
        if (sentence.length() < 2 || !Character.isUpperCase(sentence.charAt(0)) || !Character.isLowerCase(sentence.charAt(1))) return sentence;
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
