package tutor.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.engine.Example;
import tutor.engine.Network;
import tutor.lesson.Condition;
import tutor.lesson.PracticeRules;

/** The data sets a run can train on: the lesson's examples, or its stated task as a grid of points. */
public final class DataSets {
    private DataSets() {}

    /** Points per side of the task's grid over the unit square. */
    public static final int GRID = 6;

    /**
     * The task a lesson states for its targets (relu's "1 when x1 + x2 > 1") on a GRID × GRID grid of inputs from 0
     * to 1; empty when the lesson states none or the network has not two inputs.
     */
    public static List<Example> task(Network net, PracticeRules rules) {
        if (rules.targets().isEmpty() || net.inputs().size() != 2 || !rules.targets().keySet().containsAll(net.outputs())) return List.of();
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                Map<String, Double> in = new LinkedHashMap<>();
                in.put(net.inputs().get(0), i / (double) (GRID - 1));
                in.put(net.inputs().get(1), j / (double) (GRID - 1));
                Map<String, Double> targets = new LinkedHashMap<>();
                try {
                    for (String o : net.outputs()) targets.put(o, rules.targets().get(o).of(in::get));
                } catch (Condition.Invalid e) {
                    return List.of();
                }
                out.add(new Example("(" + in.get(net.inputs().get(0)) + ", " + in.get(net.inputs().get(1)) + ")", in, targets));
            }
        }
        return out;
    }
}
