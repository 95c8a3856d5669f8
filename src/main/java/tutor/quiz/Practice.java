package tutor.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tutor.engine.Activation;
import tutor.engine.Backprop;
import tutor.engine.EngineException;
import tutor.engine.Example;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Trace;
import tutor.lesson.Condition;
import tutor.lesson.Lesson;
import tutor.lesson.PracticeRules;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/**
 * A lesson's network and steps with fresh numbers drawn from a seed: the same seed gives a whole lab the same
 * sheet, a neighbouring seed an unrelated one (SplittableRandom mixes the seed). A draw that is not worth working
 * by hand ({@link Degenerate}) is drawn again. Targets follow the lesson's task where it states one; titles stay
 * (their {if} parts follow the new numbers), narration is the step's practice text or a neutral line, multiple
 * choice is dropped (its answers were written for the original numbers), and the document's figures and errata
 * do not apply.
 */
public final class Practice {
    private Practice() {}

    /** Draws of the weights per seed before giving up: over 20,000 seeds the lessons in lessons/ needed at most 54. */
    static final int ATTEMPTS = 500;
    /** Draws of one example's inputs and targets on the same weights. */
    static final int EXAMPLE_TRIES = 3;

    /**
     * The version of the draw: the numbers every seed gives. Recorded with every practice answer (the progress file,
     * the class database) and printed on every sheet, so a seed's numbers mean one thing for good. A change that
     * gives any seed other numbers must raise it (and keep the old draw for recorded seeds): PinnedSheetsTest fails
     * otherwise.
     */
    public static final int GENERATOR = 2;

    private static final String MARK = "-practice-";

    /** The id a practice sheet is saved under: the lesson and the seed. */
    public static String id(String lessonId, long seed) {
        return lessonId + MARK + seed;
    }

    public static Lesson of(Lesson base, long seed) {
        return new Generator(base).sheet(seed);
    }

    /** Sheets of one lesson: what every seed shares (the steps, the rules) is worked out once. */
    public static final class Generator {
        private final Lesson base;
        private final List<Step> steps;
        private final Degenerate rules;

        public Generator(Lesson base) {
            this.base = base;
            this.steps = steps(base);
            this.rules = Degenerate.of(base);
        }

        public Lesson sheet(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            Network net = base.network();
            Map<String, Integer> reasons = new java.util.HashMap<>();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Map<String, Double> params = new LinkedHashMap<>();
                for (String p : net.parameterIds()) params.put(p, draw(random, net.isBias(p) ? -0.5 : -1, net.isBias(p) ? 0.5 : 1));
                List<Example> examples = new ArrayList<>(base.examples());
                Lesson sheet = null;
                // Each example is drawn again alone a few times before the weights are given up: every rule concerns one example.
                for (int e = 0; e < examples.size(); e++) {
                    sheet = null;
                    for (int tries = 0; tries < EXAMPLE_TRIES && sheet == null; tries++) {
                        examples.set(e, example(random, base, base.examples().get(e)));
                        Lesson candidate = Practice.sheet(base, seed, params, examples, steps);
                        if (rules.hopeless(candidate, e)) continue;
                        Trace trace = trace(candidate, e);
                        String why = trace == null ? "the numbers do not compute" : rules.reason(candidate, e, trace);
                        if (why == null) sheet = candidate;
                        else reasons.merge(why, 1, Integer::sum);
                    }
                    if (sheet == null) break;
                }
                if (sheet != null) return sheet;
            }
            String commonest = reasons.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            throw new NoSheet("no practice sheet of " + base.id() + " worth working turned up for seed " + seed + " in "
                    + ATTEMPTS + " draws; most often " + commonest + " (see the lesson's \"practice\" rules)", commonest);
        }
    }

    /** A lesson whose rules no draw meets (a requirement its network cannot satisfy, say): what most draws lacked. */
    public static final class NoSheet extends RuntimeException {
        private final String commonest;

        NoSheet(String message, String commonest) {
            super(message);
            this.commonest = commonest;
        }

        /** What most draws lacked ("example 1 does not meet a:H1 = 0"). */
        public String commonest() {
            return commonest;
        }
    }

    /** The practice sheets among saved progress ids, for lessons that still exist, in the order given. */
    public static List<Lesson> sheetsIn(Collection<String> progressIds, List<Lesson> lessons) {
        List<Lesson> out = new ArrayList<>();
        for (String id : progressIds) {
            int at = id.lastIndexOf(MARK);
            if (at <= 0) continue;
            String lessonId = id.substring(0, at);
            long seed;
            try {
                seed = Long.parseLong(id.substring(at + MARK.length()));
            } catch (NumberFormatException e) {
                continue;
            }
            for (Lesson l : lessons) {
                if (l.id().equals(lessonId)) {
                    try {
                        out.add(of(l, seed));
                    } catch (NoSheet e) {
                        // a lesson edited since so that this seed no longer draws: its row is left out
                    }
                }
            }
        }
        return out;
    }

    private static Lesson sheet(Lesson base, long seed, Map<String, Double> params, List<Example> examples, List<Step> steps) {
        List<String> notes = new ArrayList<>();
        notes.add("Practice with new numbers drawn from seed " + seed + "; ./tutor --practice " + base.id() + " --seed " + seed
                + " gives the same ones.");
        for (Map.Entry<String, PracticeRules.Target> t : base.practice().targets().entrySet()) {
            notes.add("Targets follow the lesson's task: " + t.getKey() + " = " + t.getValue() + ".");
        }
        PracticeRules rules = new PracticeRules(base.practice().targets(), base.practice().requirements(), List.of());
        return new Lesson(id(base.id(), seed), base.title() + " (practice seed " + seed + ")", base.source(), base.file(),
                base.summary(), base.network(), params, examples, base.labels(), base.precision(), steps, List.of(),
                List.of(), notes, rules);
    }

    private static Trace trace(Lesson sheet, int example) {
        try {
            return Backprop.trace(sheet.network(), sheet.parameters(), sheet.examples().get(example), sheet.precision());
        } catch (EngineException e) {
            return null;
        }
    }

    /**
     * An example with new inputs and targets. Inputs keep the sign and scale of the lesson's own (the documents use
     * positive inputs up to 2); targets follow the lesson's rule, or sit near one end of the output's range so the
     * error is worth propagating.
     */
    private static Example example(SplittableRandom random, Lesson base, Example original) {
        Network net = base.network();
        double largest = 1;
        boolean negative = false;
        for (Example ex : base.examples()) {
            for (double v : ex.inputs().values()) {
                largest = Math.max(largest, Math.abs(v));
                negative |= v < 0;
            }
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (String in : net.inputs()) inputs.put(in, draw(random, negative ? -largest : 0.05, largest));
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String o : net.outputs()) {
            PracticeRules.Target rule = base.practice().targets().get(o);
            if (rule != null) {
                try {
                    targets.put(o, rule.of(inputs::get));
                } catch (Condition.Invalid e) {
                    throw new IllegalStateException("the target rule of " + o + " in " + base.id() + ": " + e.getMessage(), e);
                }
            } else {
                targets.put(o, target(random, net));
            }
        }
        return new Example(original.name(), inputs, targets);
    }

    private static double target(SplittableRandom random, Network net) {
        if (net.loss() == Loss.BINARY_CROSS_ENTROPY) return random.nextInt(2);
        Activation out = net.outputLayer().activation();
        boolean high = random.nextBoolean();
        if (out == Activation.SIGMOID) return high ? draw(random, 0.8, 0.99) : draw(random, 0.01, 0.2);
        if (out == Activation.TANH) return high ? draw(random, 0.6, 0.95) : draw(random, -0.95, -0.6);
        return draw(random, -1, 1);
    }

    /** The lesson's steps with practice narration and only the fill-in questions. */
    /** The inputs and targets of the sheet, as placeholders the sheet's own numbers fill: {x1} = {=x1}, … */
    private static String givens(tutor.engine.Network net) {
        List<String> parts = new ArrayList<>();
        for (String in : net.inputs()) parts.add("{" + in + "} = {=" + in + "}");
        return String.join(", ", parts) + "; " + targets(net);
    }

    private static String targets(tutor.engine.Network net) {
        List<String> parts = new ArrayList<>();
        for (String o : net.outputs()) parts.add("target {t:" + o + "} = {=" + o + "}");
        return String.join(", ", parts);
    }

    private static List<Step> steps(Lesson base) {
        List<Step> out = new ArrayList<>();
        List<Step> steps = Walkthrough.stepsOf(base);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            List<QuizItem> fills = new ArrayList<>();
            for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f) fills.add(f);
            String text = base.steps().isEmpty() ? null : base.practice().stepText(i);
            if (text == null) {
                boolean first = i == 0 || steps.get(i - 1).example() != s.example();
                text = switch (s.section()) {
                    case FORWARD -> first ? "New numbers, same network: " + givens(base.network())
                            + ". Work this step out on paper first, then compare."
                            : "New numbers, same network: work this step out on paper first, then compare.";
                    case LOSS -> "Compare the prediction with its target (" + targets(base.network())
                            + ") and work out the loss.";
                    case BACKWARD -> "Multiply the local slopes along each path, exactly as in the lesson.";
                    case UPDATE -> "Every parameter moves against its gradient, all at once: new = old − η × gradient, with η = "
                            + tutor.engine.Numbers.given(base.network().learningRate()) + ".";
                };
            }
            out.add(new Step(s.section(), s.title(), text, s.focus(), s.show(), fills, s.example(), s.table()));
        }
        return out;
    }

    /** A number with two decimals in [low, high], never 0: what a person works with by hand. */
    private static double draw(SplittableRandom random, double low, double high) {
        while (true) {
            double v = BigDecimal.valueOf(low + (high - low) * random.nextDouble()).setScale(2, RoundingMode.HALF_UP).doubleValue();
            if (Math.abs(v) >= 0.05) return v;
        }
    }
}
