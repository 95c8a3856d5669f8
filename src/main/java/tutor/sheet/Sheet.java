package tutor.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import tutor.engine.Backprop;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Section;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;
import tutor.quiz.Expected;
import tutor.quiz.Practice;
import tutor.render.Formulas;

/**
 * One exam sheet, before it is written in any format: a lesson's practice numbers for one seed (the numbers the same
 * seed gives in ./tutor --practice), its questions in the order of the lesson, and for the key each question's worked
 * solution, answer and accepted range, all from the engine. Formats (Markdown, LaTeX, text) only lay this out.
 */
public final class Sheet {

    /** One fill-in question: its number on the sheet, where it stands in the lesson, and the quantity it asks. */
    public record Question(int number, Section section, String step, int example, String key, String prompt, Double tolerance) {}

    private final Lesson base;
    private final Lesson lesson;
    private final Copy copy;
    private final List<Trace> shown = new ArrayList<>();
    private final List<Trace> exact = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();

    private Sheet(Lesson base, Lesson lesson, Copy copy) {
        this.base = base;
        this.lesson = lesson;
        this.copy = copy;
        for (Example ex : lesson.examples()) {
            shown.add(Backprop.trace(lesson.network(), lesson.parameters(), ex, lesson.precision()));
            exact.add(Backprop.trace(lesson.network(), lesson.parameters(), ex, Precision.EXACT));
        }
        List<Step> steps = Walkthrough.stepsOf(lesson);
        for (Step s : steps) {
            for (QuizItem q : s.quiz()) {
                if (!(q instanceof QuizItem.Fill f)) continue; // practice keeps only fill-ins (see Practice)
                questions.add(new Question(questions.size() + 1, s.section(), s.title(), s.example(), f.key(), f.prompt(), f.tolerance()));
            }
        }
    }

    /** The sheet of a copy, drawn by the practice generator (Practice.NoSheet when no draw is worth working). */
    public static Sheet of(Practice.Generator generator, Lesson base, Copy copy) {
        return new Sheet(base, generator.sheet(copy.seed()), copy);
    }

    public static Sheet of(Lesson base, Copy copy) {
        return of(new Practice.Generator(base), base, copy);
    }

    public Lesson base() { return base; }

    /** The practice lesson: the base lesson's network and steps on this seed's numbers. */
    public Lesson lesson() { return lesson; }

    public Copy copy() { return copy; }

    public List<Question> questions() { return List.copyOf(questions); }

    public Trace trace(int example) { return shown.get(example); }

    public String title(Notation n) {
        return n.render(base.title());
    }

    /** The network in words: shape, layers with their activations, loss, learning rate. */
    public String network(Notation n) {
        Network net = lesson.network();
        List<String> layers = new ArrayList<>();
        layers.add("inputs " + labels(net.inputs(), n));
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            String what = l == net.layers().size() - 1 ? (layer.size() > 1 ? "outputs " : "output ") : "hidden ";
            layers.add(what + labels(layer.neurons(), n) + " (" + layer.activation().id().replace('_', ' ') + ")");
        }
        return "A " + net.shape().split(" ")[0] + " network: " + String.join("; ", layers) + ". Loss "
                + n.render(net.loss().formula()) + ", learning rate " + n.render("η") + " = " + Numbers.given(net.learningRate()) + ".";
    }

    private static String labels(List<String> ids, Notation n) {
        List<String> out = new ArrayList<>();
        for (String id : ids) out.add(n.label(null, id));
        return String.join(", ", out);
    }

    /** Each example's inputs and targets: "x₁ = 0.35, x₂ = 0.9; target y = 0.5", named when there are several. */
    public List<String> examples(Notation n) {
        List<String> out = new ArrayList<>();
        for (Example ex : lesson.examples()) {
            List<String> in = new ArrayList<>();
            ex.inputs().forEach((k, v) -> in.add(n.label(null, k) + " = " + n.render(Numbers.given(v))));
            List<String> targets = new ArrayList<>();
            ex.targets().forEach((k, v) -> targets.add(n.label("t", k) + " = " + n.render(Numbers.given(v))));
            String name = lesson.examples().size() > 1 ? capital(n.render(ex.name())) + ": " : "";
            out.add(name + String.join(", ", in) + "; target " + String.join(", ", targets));
        }
        return out;
    }

    /** Every weight and bias with its value. */
    public List<String> parameters(Notation n) {
        List<String> out = new ArrayList<>();
        for (String p : lesson.network().parameterIds()) out.add(n.label(null, p) + " = " + n.render(Numbers.given(lesson.parameters().get(p))));
        return out;
    }

    /** The question as asked, with any value it would quote that is itself worked out on the sheet left blank. */
    public String prompt(Question q, Notation n) {
        Trace t = shown.get(q.example());
        String prompt = q.prompt() == null ? "What is " + n.render(t.get(q.key()).symbol()) + "?" : q.prompt();
        return Narration.fill(prompt, t, n, key -> computed(t, key));
    }

    /** The step a question belongs to, its title filled for these numbers. */
    public String step(Question q, Notation n) {
        Trace t = shown.get(q.example());
        String example = lesson.examples().size() > 1 ? " (" + n.render(lesson.examples().get(q.example()).name()) + ")" : "";
        return Narration.fill(q.step(), t, n, key -> computed(t, key)) + example;
    }

    /** What to work out, in symbols only: "z_h = w₁·x₁ + w₂·x₂ + b". */
    public String asked(Question q, Notation n) {
        return shown.get(q.example()).get(q.key()).working(n, 1);
    }

    /** The worked solution: symbols, the numbers, the result; a gradient's chain-rule factors or paths. */
    public List<String> worked(Question q, Notation n) {
        return Formulas.lines(shown.get(q.example()).get(q.key()), n, lesson.precision());
    }

    /** The answer as the lesson shows it (the engine's result at the sheet's precision). */
    public String answer(Question q, Notation n) {
        return n.render(quantity(q).result());
    }

    public Quantity quantity(Question q) {
        return shown.get(q.example()).get(q.key());
    }

    /**
     * What a marker accepts: the range the formula gives over the numbers a student has worked out (each standing for
     * anything within half a unit of its last digit), or the lesson's own tolerance.
     */
    public String accepted(Question q, Notation n) {
        Expected e = Expected.of(shown.get(q.example()), exact.get(q.example()), q.key(), q.tolerance());
        if (e.tolerance() != null) return n.render(answer(q, n) + " ± " + Numbers.given(e.tolerance()));
        int decimals = Math.max(0, decimals(quantity(q).result())) + 1;
        String lo = n.render(Numbers.computed(BigDecimal.valueOf(e.reach().lo()).setScale(decimals, RoundingMode.FLOOR).doubleValue(),
                Precision.paper(decimals)));
        String hi = n.render(Numbers.computed(BigDecimal.valueOf(e.reach().hi()).setScale(decimals, RoundingMode.CEILING).doubleValue(),
                Precision.paper(decimals)));
        return lo.equals(hi) ? lo : lo + " to " + hi;
    }

    private static int decimals(String written) {
        BigDecimal d = Numbers.parse(written);
        return d == null ? 4 : d.scale();
    }

    /** The lesson's assumptions, in words a sheet needs: how each part is computed, and what follows the task. */
    public List<String> assumptions(Notation n) {
        return Wording.assumptions(lesson, n);
    }

    /** How numbers are worked on paper for this lesson, in words. */
    public String paperSetting() {
        return Wording.paperSetting(lesson.precision());
    }

    /** The rule by which an answer is accepted, in words. */
    public String acceptance() {
        return Wording.acceptance(questions.stream().anyMatch(q -> q.tolerance() != null));
    }

    /** How to get the same numbers in the tutor, and which draw they are. */
    public String reproduce() {
        return command() + " " + REPRODUCES;
    }

    /** The command that shows this sheet's numbers in the tutor. */
    public String command() {
        return "./tutor --practice " + base.id() + " --seed " + copy.seed();
    }

    static final String REPRODUCES = "gives these numbers (practice generator " + Practice.GENERATOR + ").";

    /** A value the engine computes on this sheet (not one it gives), or an expression naming one. */
    static boolean computed(Trace t, String key) {
        if (t.has(key)) return true;
        if (t.given(key) != null) return false;
        return Narration.mentions(key, t::has);
    }

    /** Every answer of the sheet, as the engine gives it (for the tests and the key). */
    public List<String> answers() {
        List<String> out = new ArrayList<>();
        for (Question q : questions) out.add(quantity(q).result());
        return out;
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
