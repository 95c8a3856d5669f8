package tutor.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tutor.engine.Activation;
import tutor.engine.Backprop;
import tutor.engine.EngineException;
import tutor.engine.Example;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.engine.Network;
import tutor.engine.Precision;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/**
 * A lesson's network and steps with fresh numbers: inputs, weights, biases and targets drawn from sensible
 * ranges with a seed, so the same seed gives a whole lab the same sheet and another seed a new one. The
 * narration is replaced by neutral text (the original's remarks fit only the original numbers), multiple
 * choice is dropped for the same reason, and the document's figures and errata do not apply.
 */
public final class Practice {
    private Practice() {}

    public static Lesson of(Lesson base, long seed) {
        Random random = new Random(seed);
        Network net = base.network();
        for (int attempt = 0; attempt < 100; attempt++) {
            Map<String, Double> params = new LinkedHashMap<>();
            for (String p : net.parameterIds()) params.put(p, round(net.isBias(p) ? range(random, -0.5, 0.5) : range(random, -1, 1)));
            List<Example> examples = new ArrayList<>();
            for (Example ex : base.examples()) examples.add(example(random, net, ex.name()));
            if (computes(net, params, examples)) {
                return new Lesson(base.id() + "-practice-" + seed, base.title() + " (practice seed " + seed + ")",
                        base.source(), base.file(), null, net, params, examples, base.labels(), base.precision(),
                        steps(base), List.of(), List.of(),
                        List.of("Practice with new numbers drawn from seed " + seed + "; ./tutor --practice " + base.id()
                                + " --seed " + seed + " gives the same ones."));
            }
        }
        throw new IllegalStateException("no computable numbers for " + base.id());
    }

    private static Example example(Random random, Network net, String name) {
        boolean reluFirst = net.layers().get(0).activation() == Activation.RELU;
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (String in : net.inputs()) inputs.put(in, round(reluFirst ? range(random, 0.05, 1) : range(random, -1, 1)));
        Activation out = net.outputLayer().activation();
        boolean unit = out == Activation.SIGMOID || net.loss() == Loss.BINARY_CROSS_ENTROPY;
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String o : net.outputs()) {
            double t = unit ? (net.loss() == Loss.BINARY_CROSS_ENTROPY ? random.nextInt(2) : round(range(random, 0, 1)))
                    : round(range(random, -1, 1));
            targets.put(o, t);
        }
        return new Example(name, inputs, targets);
    }

    private static boolean computes(Network net, Map<String, Double> params, List<Example> examples) {
        try {
            for (Example ex : examples) Backprop.trace(net, params, ex, Precision.EXACT);
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    /** The lesson's steps with neutral narration and only the fill-in questions. */
    private static List<Step> steps(Lesson base) {
        List<Step> out = new ArrayList<>();
        for (Step s : Walkthrough.stepsOf(base)) {
            List<QuizItem> fills = new ArrayList<>();
            for (QuizItem q : s.quiz()) if (q instanceof QuizItem.Fill f) fills.add(new QuizItem.Fill(f.key(), null, f.tolerance()));
            String text = switch (s.section()) {
                case FORWARD -> "New numbers, same network: work this step out on paper first, then compare.";
                case LOSS -> "Compare the prediction with its target and work out the loss.";
                case BACKWARD -> "Multiply the local slopes along each path, exactly as in the lesson.";
                case UPDATE -> "Every parameter moves against its gradient, all at once: new = old − η × gradient.";
            };
            out.add(new Step(s.section(), s.title(), text, s.focus(), s.show(), fills, s.example(), s.table()));
        }
        return out;
    }

    private static double range(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    private static double round(double v) {
        double r = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
        return r == 0 ? 0.01 : r;
    }
}
