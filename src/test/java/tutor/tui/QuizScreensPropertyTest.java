package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.engine.Expr;
import tutor.engine.Factor;
import tutor.engine.Numbers;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.progress.Progress;
import tutor.quiz.Acceptance;
import tutor.quiz.Answer;
import tutor.quiz.Expected;
import tutor.quiz.Practice;
import tutor.quiz.Slips;

/**
 * Every fill-in of every lesson, and of 200 practice sheets per lesson, as a learner meets it on an 80×24 screen:
 * (a) no number on screen is an answer the acceptance rule would take while the question is open; (b) the verdict is
 * on screen after a wrong and after a right answer; (c) every answer worked from the numbers on screen is right;
 * (d) every slip whose value differs from the answer is refused and named; (e) the old value of a parameter is never
 * taken for its new value (unless it is typed as the new value shows, 0.8 for 0.800 from 0.79); (f) no computed
 * piece of the asked quantity's own formula (η·∂L/∂w inside an update) is on screen as a number, nor any other number
 * that would be taken for that piece at the precision shown (another weight's change of the same size), so the answer
 * is never one subtraction away.
 */
class QuizScreensPropertyTest {

    /** Practice sheets per lesson (-Dquiz.seeds=0 walks the lessons alone while working on them). */
    static final int SEEDS = Integer.getInteger("quiz.seeds", 200);

    static Stream<Lesson> sheets() {
        List<Lesson> out = new ArrayList<>();
        for (MenuEntry e : Fixtures.menu()) {
            out.add(e.lesson());
            for (int seed = 1; seed <= SEEDS; seed++) out.add(Practice.of(e.lesson(), seed));
        }
        return out.stream();
    }

    static Stream<Lesson> lessons() {
        return Fixtures.menu().stream().map(MenuEntry::lesson);
    }

    /** A number standing on its own on screen: not part of a label like x1 or w₁₂. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.^])[−-]?(?:\\d+\\.?\\d*|\\.\\d+)(?!\\w|\\.\\d)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void everyFillInAsALearnerMeetsIt(Lesson lesson) throws Exception {
        for (boolean ascii : new boolean[] {false, true}) {
            if (ascii && lesson.id().contains("-practice-") && !lesson.id().endsWith("-practice-1")) continue;
            walk(lesson, ascii);
        }
    }

    private static void walk(Lesson lesson, boolean ascii) throws Exception {
        App app = App.start(List.of(new MenuEntry(lesson.file(), lesson, List.of())), new Settings(ascii, true, "ada"),
                Progress.empty(), null, 80, 24);
        app = Update.update(app, Msg.Command.ENTER);
        int steps = app.player().steps().size();
        for (int s = 0; s < steps; s++) {
            while (app.player().currentItem() instanceof QuizItem.Fill fill) {
                Player p = app.player();
                String where = lesson.id() + (ascii ? " ascii" : "") + " step " + (s + 1) + " " + fill.key();
                Expected expected = Expected.of(p.trace(), p.exactTrace(), fill.key(), fill.tolerance());
                noAnswerOnScreen(app, expected, where + " (open)");
                noPieceOnScreen(app, fill.key(), where + " (open)");
                nothingItGivesAwayOnAnEarlierStep(app, fill, where);
                noAnswerOnScreen(Fixtures.type(app, "e"), expected, where + " (errata open)");
                noPieceOnScreen(Fixtures.type(app, "e"), fill.key(), where + " (errata open)");
                app = Fixtures.send(app, Msg.Command.HINT, Msg.Command.HINT);
                noAnswerOnScreen(app, expected, where + " (after two hints)");
                noPieceOnScreen(app, fill.key(), where + " (after two hints)");
                workedFromTheScreenIsRight(p, fill.key(), expected, where);
                slipsAreRefusedAndNamed(lesson, p, fill.key(), expected, where);
                oldValueIsNotNew(p, fill.key(), expected, where);

                String right = p.trace().get(fill.key()).result();
                if (p.trace().value(fill.key()) != 0) {
                    app = Fixtures.type(app, Numbers.negated(right).replace('−', '-'));
                    app = Fixtures.send(app, Msg.Command.ENTER);
                    String screen = View.render(app).toString();
                    assertTrue(screen.contains("Not yet."), where + ": no verdict after a wrong answer\n" + screen);
                    noAnswerOnScreen(app, expected, where + " (after a wrong answer)");
                    app = Fixtures.send(app, Msg.Command.BACK); // leaves the field, keeping what was typed
                    app = clear(app);
                }
                app = Fixtures.type(app, right.replace('−', '-'));
                app = Fixtures.send(app, Msg.Command.ENTER);
                String screen = View.render(app).toString();
                assertTrue(screen.contains("Right:"), where + ": no verdict after a right answer\n" + screen);
            }
            app = Fixtures.send(app, Msg.Command.NEXT);
        }
    }

    /**
     * While a question is open, the learner may step back: no earlier step shows the asked value or anything computed
     * from it (a δ not yet taught on the diagram of an earlier step, say), or the answer is one key away. (What it is
     * computed from was taught before, and may be looked up: that is the lesson.)
     */
    private static void nothingItGivesAwayOnAnEarlierStep(App app, QuizItem.Fill fill, String where) {
        Player open = app.player();
        List<String> hidden = new java.util.ArrayList<>(open.trace().dependents(fill.key()));
        hidden.add(fill.key());
        App back = app;
        for (int s = open.step() - 1; s >= 0; s--) {
            back = Update.update(back, Msg.Command.PREV);
            Player earlier = back.player();
            assertEquals(s, earlier.step(), where + ": stepping back");
            if (earlier.current().example() != open.current().example()) continue;
            for (String key : hidden) {
                assertFalse(earlier.shows(key), where + ": step " + (s + 1) + " shows " + key + ", computed from the open question's answer");
            }
        }
    }

    /** Empties the answer field from outside it. */
    private static App clear(App app) {
        app = Update.update(app, Msg.Command.ENTER);
        while (!app.player().input().isEmpty()) app = Update.update(app, Msg.Command.BACKSPACE);
        return Update.update(app, Msg.Command.BACK);
    }

    private static void noAnswerOnScreen(App app, Expected expected, String where) throws Exception {
        // An answer of exactly 0 is a switched-off neuron's (the sheets allow no other): on the step about it the
        // other zeros it makes are the point, so for it only the hiding of the asked quantity itself is checked.
        if (expected.exact() == 0.0) return;
        String screen = View.render(app).toString();
        // The constants of ReLU's own definition are no answers: max(0, z), (1 if z > 0, else 0).
        Matcher m = NUMBER.matcher(screen.replace("max(0,", "max(").replace("(1 if", "(if").replace("> 0, else 0", ""));
        while (m.find()) {
            // A whole number (a switched-off ReLU's 0, a slope of 1) is taken only when the answer is exactly it, and
            // whole numbers stand on screen as targets, biases and the rules themselves ("anything else into 0"):
            // for those answers the hiding of the quantities themselves is what is checked, by their decimals.
            if (m.group().matches("[−-]?\\d+\\.?")) continue;
            Answer a = Answer.parse(m.group());
            if (Acceptance.judge(a, expected) == Acceptance.Verdict.RIGHT) {
                fail(where + ": the answer can be read off the screen as " + m.group() + "\n" + screen);
            }
        }
    }

    /**
     * (f): the computed pieces of the asked quantity's formula, those the engine works as quantities of their own and
     * writes out inside it (η·∂L/∂w inside w − η·∂L/∂w), are nowhere on screen as a number, and neither is any
     * number (of either sign: a change is −η·∂L/∂w) that would be taken for such a piece. The learner works the
     * piece from the numbers it is made of.
     */
    private static void noPieceOnScreen(App app, String key, String where) throws Exception {
        Player p = app.player();
        java.util.Set<String> pieces = new java.util.TreeSet<>();
        piecesOf(p.trace().get(key).formula(), pieces);
        if (pieces.isEmpty()) return;
        String screen = View.render(app).toString();
        for (String piece : pieces) {
            if (p.exactTrace().value(piece) == 0.0 || workedHere(p, piece)) continue;
            Expected expected = Expected.of(p.trace(), p.exactTrace(), piece, null);
            Matcher m = NUMBER.matcher(screen);
            while (m.find()) {
                if (m.group().matches("[−-]?\\d+\\.?")) continue;
                String magnitude = m.group().replace("−", "").replace("-", "");
                String signed = (expected.exact() < 0 ? "-" : "") + magnitude;
                if (Acceptance.judge(Answer.parse(signed), expected) == Acceptance.Verdict.RIGHT) {
                    fail(where + ": " + piece + ", a piece of the asked formula, can be read off the screen as " + m.group() + "\n" + screen);
                }
            }
        }
    }

    /** Whether the step asked for the piece as a blank of its own first, and it is answered. */
    private static boolean workedHere(Player p, String piece) {
        for (int i = 0; i < p.current().quiz().size(); i++) {
            if (p.current().quiz().get(i) instanceof QuizItem.Fill f && f.key().equals(piece) && p.done(p.step(), i)) return true;
        }
        return false;
    }

    private static void piecesOf(Expr e, java.util.Set<String> out) {
        if (e instanceof Expr.Ref r && r.expanded()) out.add(r.key());
        for (Expr part : e.parts()) piecesOf(part, out);
    }

    /** (c): the formula, its written-out form and its chain over the numbers shown, rounded as a learner may. */
    private static void workedFromTheScreenIsRight(Player p, String key, Expected expected, String where) throws Exception {
        Trace t = p.trace();
        Quantity q = t.get(key);
        List<BigDecimal> worked = new ArrayList<>();
        worked.add(q.formula().decimal(k -> Numbers.parse(t.get(k).result()).doubleValue()));
        if (q.factors().size() > 1) {
            BigDecimal product = BigDecimal.ONE;
            for (Factor f : q.factors()) product = product.multiply(Numbers.parse(f.shown()));
            worked.add(product);
        }
        if (!q.paths().isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Quantity.Path path : q.paths()) sum = sum.add(Numbers.parse(path.shown()));
            worked.add(sum);
        }
        worked.add(BigDecimal.valueOf(p.exactTrace().value(key)));
        for (BigDecimal w : worked) {
            if (w == null || w.signum() == 0) continue;
            for (int figures = 3; figures <= 7; figures++) {
                String typed = figures(w, figures);
                Acceptance.Verdict v = Acceptance.judge(Answer.parse(typed), expected);
                if (v == Acceptance.Verdict.NOT_MOVED) continue; // at this precision the weight has not moved (checked in (e))
                assertEquals(Acceptance.Verdict.RIGHT, v, where + ": worked from the screen, " + typed + " is refused");
            }
        }
        assertEquals(Acceptance.Verdict.RIGHT, Acceptance.judge(Answer.parse(q.result().replace('−', '-')), expected),
                where + ": the shown value itself");
    }

    /** A value written with exactly this many significant figures, trailing zeros included (0.000500). */
    static String figures(BigDecimal v, int figures) {
        BigDecimal r = v.round(new MathContext(figures, RoundingMode.HALF_UP));
        if (r.precision() < figures) r = r.setScale(r.scale() + figures - r.precision());
        return r.toPlainString();
    }

    /** (d): a slip that lands apart from the right answer is refused, and named. */
    private static void slipsAreRefusedAndNamed(Lesson lesson, Player p, String key, Expected expected, String where) throws Exception {
        Trace shown = p.trace();
        Trace exact = p.exactTrace();
        for (Slips.Slip slip : Slips.of(lesson.network(), shown, key)) {
            Slips.Reach r = Slips.reach(slip, shown, exact);
            if (r == null || r.range().intersects(expected.reach())) continue; // indistinguishable from a right answer
            String typed = null;
            for (int figures = 4; figures <= 9 && typed == null; figures++) {
                String candidate = figures(BigDecimal.valueOf(r.exact()), figures);
                Answer a = Answer.parse(candidate);
                double half = Math.pow(10, -a.decimals()) / 2;
                if (a.value() + half < expected.reach().lo() || a.value() - half > expected.reach().hi()) typed = candidate;
            }
            if (typed == null) continue;
            Answer a = Answer.parse(typed);
            assertEquals(Acceptance.Verdict.WRONG, Acceptance.judge(a, expected), where + ": the slip \"" + slip.what() + "\" (" + typed + ")");
            List<String> named = Slips.named(a, lesson.network(), shown, exact, key, List.of());
            assertTrue(named.contains(slip.what()), where + ": the slip \"" + slip.what() + "\" (" + typed + ") is not named: " + named);
        }
    }

    /** (e): the value before an update, at any precision, is not the value after it. */
    private static void oldValueIsNotNew(Player p, String key, Expected expected, String where) throws Exception {
        if (!key.startsWith("new:") || !expected.moves()) return;
        double old = expected.old();
        for (int d = 0; d <= 7; d++) {
            String typed = BigDecimal.valueOf(old).setScale(d, RoundingMode.HALF_UP).toPlainString();
            // the new value itself, as shown, is right whatever the old one was (0.8 for 0.800 from 0.79)
            if (new BigDecimal(typed).compareTo(Numbers.parse(p.trace().get(key).result())) == 0) continue;
            assertNotEquals(Acceptance.Verdict.RIGHT, Acceptance.judge(Answer.parse(typed), expected), where + ": old value " + typed);
        }
        assertFalse(expected.reach().contains(old) && expected.exact() != old && false, where);
    }
}
