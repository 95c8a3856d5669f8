package tutor.lab;

import java.util.List;
import tutor.engine.Example;

/** The training view's keys: play and pause, one step, faster, slower, rewind, linear or log, which data, back. */
final class TrainUpdate {
    private TrainUpdate() {}

    /** t in the sandbox: a run from the sandbox's numbers on its example, paused at step 0. */
    static Lab start(Lab lab) {
        Setup s = lab.sandbox().current();
        return lab.withRun(Run.start(s, List.of(s.example()), false), null);
    }

    static Lab update(Lab lab, LabMsg msg) {
        Run run = lab.run();
        if (msg instanceof LabMsg.Tick) {
            if (!run.playing()) return lab;
            Run next = run.at(run.step() + run.stepsPerTick());
            return lab.withRun(next, next.step() >= Run.LAST_STEP ? "Stopped at " + Run.LAST_STEP + " steps; r rewinds." : lab.notice());
        }
        if (msg instanceof LabMsg.Typed t) {
            return switch (t.c()) {
                case ' ' -> run.step() >= Run.LAST_STEP ? lab.withRun(run, "At the last step; r rewinds.") : lab.withRun(run.playing(!run.playing()), null);
                case 'n' -> lab.withRun(run.playing(false).at(run.step() + 1), null);
                case '+', '=' -> lab.withRun(run.speed(run.speed() + 1), null);
                case '-' -> lab.withRun(run.speed(run.speed() - 1), null);
                case 'r' -> lab.withRun(run.playing(false).at(0), "Back to step 0: the same start, the same run.");
                case 'l' -> lab.withRun(run.log(!run.log()), null);
                case 'g' -> data(lab);
                case 't', 'q' -> lab.withRun(null, null);
                default -> lab;
            };
        }
        return switch ((LabMsg.Key) msg) {
            case RIGHT -> lab.withRun(run.playing(false).at(run.step() + 1), null);
            case HOME -> lab.withRun(run.playing(false).at(0), "Back to step 0: the same start, the same run.");
            case BACK -> lab.withRun(null, null);
            case ENTER -> lab.withRun(run.playing(!run.playing()), null);
            default -> lab;
        };
    }

    /** g: the lesson's task as a grid of points, or back to the example in the sandbox; a new run from step 0. */
    private static Lab data(Lab lab) {
        if (lab.task().isEmpty()) return lab.withRun(lab.run(), "This lesson states no task to make a grid of points from.");
        Setup s = lab.sandbox().current();
        boolean toTask = !lab.run().onTask();
        List<Example> data = toTask ? lab.task() : List.of(s.example());
        Run fresh = Run.start(s, data, toTask);
        return lab.withRun(new Run(fresh.descent(), data, toTask, 0, false, lab.run().speed(), lab.run().log()),
                toTask ? "Training on the task's " + data.size() + " points." : "Training on the sandbox's example.");
    }
}
