package tutor.lesson;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Layer;
import tutor.engine.Network;
import tutor.engine.Section;

/** The standard walk-through for a lesson that lists no steps: forward, loss, backward, update. */
public final class Walkthrough {
    private Walkthrough() {}

    /** The lesson's own steps, or the generated ones. */
    public static List<Step> stepsOf(Lesson lesson) {
        return lesson.steps().isEmpty() ? generate(lesson.network()) : lesson.steps();
    }

    public static List<Step> generate(Network net) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Section.FORWARD, "The network", "Every weight, bias and input of the network is on the "
                + "diagram. One training step follows: forward, loss, backward, update.", net.inputs(), List.of(),
                List.of(), 0, Step.Table.NONE));
        for (int l = 0; l < net.layers().size(); l++) {
            Layer layer = net.layers().get(l);
            boolean output = l == net.layers().size() - 1;
            List<String> show = new ArrayList<>();
            for (String n : layer.neurons()) {
                show.add("z:" + n);
                show.add("a:" + n);
            }
            List<String> focus = new ArrayList<>(layer.neurons());
            String first = layer.neurons().get(0);
            steps.add(new Step(Section.FORWARD, (output ? "Output layer" : "Hidden layer " + (l + 1)),
                    "Each neuron adds up its weighted inputs (and bias) into z, then applies "
                            + layer.activation().id() + " to get its activation.",
                    focus, show, List.of(new QuizItem.Fill("a:" + first, null, null)), 0, Step.Table.NONE));
        }
        steps.add(new Step(Section.LOSS, "The loss", "The loss measures how far the outputs are from their targets: "
                + "L = {=loss}.", net.outputs(), List.of("loss"), List.of(new QuizItem.Fill("loss", null, null)), 0,
                Step.Table.FORWARD));
        for (int l = net.layers().size() - 1; l >= 0; l--) {
            Layer layer = net.layers().get(l);
            boolean output = l == net.layers().size() - 1;
            List<String> show = new ArrayList<>();
            for (String n : layer.neurons()) {
                if (output) show.add("dloss:" + n);
                else show.add("dA:" + n);
                show.add("dact:" + n);
                show.add("delta:" + n);
            }
            steps.add(new Step(Section.BACKWARD, output ? "Output deltas" : "Deltas of hidden layer " + (l + 1),
                    output ? "Each output's δ is the slope of the loss times the slope of its activation."
                            : "Each hidden neuron gathers the deltas of the layer after it, weighted, and multiplies "
                            + "by its own activation's slope.",
                    layer.neurons(), show, List.of(new QuizItem.Fill("delta:" + layer.neurons().get(0), null, null)), 0,
                    Step.Table.NONE));
            List<String> grads = new ArrayList<>();
            List<String> params = new ArrayList<>();
            for (int j = 0; j < layer.size(); j++) {
                for (String w : layer.weightIds().get(j)) if (!params.contains(w)) params.add(w);
                String b = layer.biasIds().get(j);
                if (b != null && !params.contains(b)) params.add(b);
            }
            for (String p : params) grads.add("grad:" + p);
            steps.add(new Step(Section.BACKWARD, output ? "Gradients of the output weights" : "Gradients of layer " + (l + 1),
                    "A weight's gradient is the δ of the neuron it feeds times the value it carries; a bias carries 1.",
                    params, grads, List.of(new QuizItem.Fill(grads.get(0), null, null)), 0, Step.Table.NONE));
        }
        steps.add(new Step(Section.UPDATE, "The update", "Every parameter moves against its gradient, all at once: "
                + "new = old − η × gradient.", net.parameterIds(), List.of(),
                List.of(new QuizItem.Fill("new:" + net.parameterIds().get(0), null, null)), 0, Step.Table.UPDATE));
        return steps;
    }
}
