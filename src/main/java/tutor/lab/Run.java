package tutor.lab;

import java.util.List;
import tutor.engine.Example;
import tutor.engine.GradientDescent;

/**
 * A training run in view: the gradient descent (an append-only history, so rewinding is going back to step 0 of the
 * same start), the step shown, whether it plays, how many steps a tick takes, the loss axis (linear or log), and
 * which data it trains on (the lesson's examples, or the task's grid of points).
 */
public record Run(GradientDescent descent, List<Example> data, boolean onTask, int step, boolean playing, int speed,
                  boolean log) {

    /** Steps per tick (a tick is 50 ms: 20 frames a second), slowest first. */
    public static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200, 500};
    public static final int DEFAULT_SPEED = 3;
    /** A run stops here: enough to watch any of the lessons converge. */
    public static final int LAST_STEP = 20_000;

    public Run {
        data = List.copyOf(data);
        speed = Math.max(0, Math.min(SPEEDS.length - 1, speed));
        step = Math.max(0, Math.min(LAST_STEP, step));
    }

    public static Run start(Setup setup, List<Example> data, boolean onTask) {
        return new Run(new GradientDescent(setup.network(), setup.parameters(), data), data, onTask, 0, false, DEFAULT_SPEED, false);
    }

    Run at(int s) { return new Run(descent, data, onTask, s, playing && s < LAST_STEP, speed, log); }

    Run playing(boolean p) { return new Run(descent, data, onTask, step, p && step < LAST_STEP, speed, log); }

    Run speed(int s) { return new Run(descent, data, onTask, step, playing, s, log); }

    Run log(boolean l) { return new Run(descent, data, onTask, step, playing, speed, l); }

    public int stepsPerTick() { return SPEEDS[speed]; }

    public double loss() { return descent.loss(step); }
}
