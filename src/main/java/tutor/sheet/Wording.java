package tutor.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tutor.engine.Activation;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Notation;
import tutor.engine.Numbers;
import tutor.engine.Precision;
import tutor.lesson.Lesson;
import tutor.quiz.Acceptance;

/** What a sheet says in words: the lesson's assumptions, the paper setting, and the rule answers are marked by. */
final class Wording {
    private Wording() {}

    static List<String> assumptions(Lesson lesson, Notation n) {
        Network net = lesson.network();
        List<String> out = new ArrayList<>();
        boolean anyBias = false;
        boolean shared = false;
        for (Layer layer : net.layers()) {
            for (String b : layer.biasIds()) anyBias |= b != null;
            Set<String> distinct = new LinkedHashSet<>();
            int count = 0;
            for (String b : layer.biasIds()) {
                if (b == null) continue;
                distinct.add(b);
                count++;
            }
            shared |= count > distinct.size();
        }
        out.add("Each neuron adds up its inputs times their weights" + (anyBias ? " plus its bias" : "")
                + " into its sum z, then applies its activation.");
        Set<Activation> seen = new LinkedHashSet<>();
        for (Layer layer : net.layers()) seen.add(layer.activation());
        for (Activation a : seen) out.add(n.render(describe(a)));
        if (!anyBias) out.add("The network has no biases.");
        if (shared) out.add("A bias shared by several neurons is one parameter: its gradient is the sum of what each of them contributes.");
        String loss = "The loss is L = " + net.loss().formula() + ", with y the target and ŷ the prediction"
                + (net.outputs().size() > 1 ? ", summed over the " + net.outputs().size() + " outputs." : ".");
        out.add(n.render(loss));
        out.add(n.render("Backpropagation uses the weights as given. Then every weight and bias is updated at once: "
                + "new = old − η × gradient, with η = " + Numbers.given(net.learningRate()) + "."));
        if (lesson.examples().size() > 1) {
            out.add("Each example is worked from the weights as given; the update of one does not carry over to the other.");
        }
        for (String note : lesson.assumptions()) if (note.startsWith("Targets follow")) out.add(n.render(note));
        return out;
    }

    private static String describe(Activation a) {
        return switch (a) {
            case SIGMOID -> "Sigmoid: σ(z) = 1 / (1 + e^(−z)); its slope is σ(z)·(1 − σ(z)).";
            case TANH -> "Tanh: tanh(z); its slope is 1 − tanh(z)².";
            case RELU -> "ReLU: z when z > 0, otherwise 0; its slope is 1 when z > 0, otherwise 0 (also at z = 0).";
            case LEAKY_RELU -> "Leaky ReLU: z when z > 0, otherwise " + Numbers.given(Activation.LEAK)
                    + "·z; its slope is 1 when z > 0, otherwise " + Numbers.given(Activation.LEAK) + ".";
            case IDENTITY -> "Identity: the activation is the sum itself; its slope is 1.";
        };
    }

    static String paperSetting(Precision p) {
        if (p.isExact()) {
            return "Work with your calculator's full precision and round only the answers you write down: 4 decimals "
                    + "(a value below 0.01 to 4 significant figures).";
        }
        return "Work as on paper: round every result to " + p.decimals() + " decimals as soon as you have it (halves away "
                + "from zero), and go on with the rounded number. Write every answer to " + p.decimals() + " decimals.";
    }

    static String acceptance(boolean ownTolerance) {
        String rule = "An answer is right when it is what the question's formula gives on the numbers you worked out before "
                + "it, rounded as you write it, with at least " + Acceptance.MIN_SIGNIFICANT + " significant figures. Each "
                + "of your earlier numbers counts for anything within half a unit of its last digit, so working on from "
                + "rounded numbers costs nothing. A new weight equal to its old value at the precision you wrote is not "
                + "an update: give more decimals.";
        return ownTolerance ? rule + " Where a question states its own tolerance, anything within it of the value is right." : rule;
    }
}
