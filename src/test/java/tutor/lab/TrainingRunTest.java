package tutor.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.engine.Backprop;
import tutor.engine.Example;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.testing.Golden;

/** Training runs in the lab: the keys, the plotted losses against the engine's, golden screens of curve and map. */
class TrainingRunTest {

    private static final Path DIR = Path.of("src/test/resources/lab");

    static Lab relu() {
        Lesson l = LabFixtures.lesson("5-relu");
        return Lab.open(l.id(), l.title(), l.labels(), l.network(), l.parameters(), l.examples(), l.precision(),
                DataSets.task(l.network(), l.practice()));
    }

    static Lab trained(Lab lab, int steps) {
        lab = LabFixtures.keys(lab, "t");
        return new Lab(lab.id(), lab.title(), lab.labels(), lab.task(), lab.sandbox(), lab.cursor(), null, lab.panel(),
                lab.epsilonPower(), lab.run().at(steps), null, false, null, Lab.Predict.OFF);
    }

    @Test
    void keysPlayStepSpeedRewindAndBack() {
        Lab lab = LabFixtures.keys(LabFixtures.lab("1-tiny"), "t");
        assertEquals(0, lab.run().step());
        assertFalse(lab.playing());
        lab = LabFixtures.keys(lab, "n", "n", LabMsg.Key.RIGHT);
        assertEquals(3, lab.run().step());
        lab = LabFixtures.keys(lab, " ");
        assertTrue(lab.playing());
        lab = LabUpdate.update(lab, new LabMsg.Tick());
        assertEquals(3 + Run.SPEEDS[Run.DEFAULT_SPEED], lab.run().step());
        lab = LabFixtures.keys(lab, "+");
        int at = lab.run().step();
        lab = LabUpdate.update(lab, new LabMsg.Tick());
        assertEquals(at + Run.SPEEDS[Run.DEFAULT_SPEED + 1], lab.run().step());
        lab = LabFixtures.keys(lab, "-", "-", " ");
        assertFalse(lab.playing());
        at = lab.run().step();
        assertEquals(at, LabUpdate.update(lab, new LabMsg.Tick()).run().step(), "a paused run does not move");
        double lossThere = lab.run().loss();
        Lab rewound = LabFixtures.keys(lab, "r");
        assertEquals(0, rewound.run().step());
        assertEquals(lossThere, LabFixtures.keys(rewound, " ").run().descent().loss(at), 0.0, "the same start gives the same run");
        assertTrue(LabFixtures.keys(lab, "l").run().log());
        assertNull(LabFixtures.keys(lab, LabMsg.Key.BACK).run());
        assertFalse(LabFixtures.keys(lab, LabMsg.Key.BACK).closed(), "Esc leaves the run, not the lab");
        assertTrue(LabFixtures.keys(lab, "g").notice().contains("no task"), "tiny states no task");
    }

    @Test
    void theRunStopsAtItsLastStep() {
        Lab lab = trained(LabFixtures.lab("1-tiny"), Run.LAST_STEP - 5);
        lab = LabUpdate.update(LabFixtures.keys(lab, " "), new LabMsg.Tick());
        assertEquals(Run.LAST_STEP, lab.run().step());
        assertFalse(lab.playing());
        assertTrue(lab.notice().startsWith("Stopped at"), lab.notice());
    }

    @Test
    void thePlottedLossesAreTheEnginesTrainingLosses() {
        Lab lab = trained(LabFixtures.lab("1-tiny"), 300);
        List<LossCurve.Sample> samples = LossCurve.samples(lab.run(), 100);
        assertEquals(0, samples.get(0).step());
        assertEquals(300, samples.get(samples.size() - 1).step());
        // Step by step, the lesson's own trace: each step's loss is the exact trace of the parameters before it.
        Setup s = lab.sandbox().current();
        java.util.Map<String, Double> p = s.parameters();
        int next = 0;
        for (int step = 0; step <= 300; step++) {
            Trace t = Backprop.trace(s.network(), p, s.example(), Precision.EXACT);
            if (next < samples.size() && samples.get(next).step() == step) {
                assertEquals(t.value("loss"), samples.get(next).loss(), 1e-12, "step " + step);
                next++;
            }
            p = t.updatedParameters();
        }
        assertEquals(samples.size(), next);
        for (int i = 1; i < samples.size(); i++) assertTrue(samples.get(i).loss() < samples.get(i - 1).loss());
    }

    @Test
    void reluHasItsTaskAsAGridOfPoints() {
        List<Example> task = relu().task();
        assertEquals(DataSets.GRID * DataSets.GRID, task.size());
        for (Example e : task) {
            double sum = e.inputs().get("x1") + e.inputs().get("x2");
            assertEquals(sum > 1 ? 1.0 : 0.0, e.targets().get("O"), e.name());
        }
        Lab lab = LabFixtures.keys(relu(), "t", "g");
        assertTrue(lab.run().onTask());
        assertEquals(36, lab.run().data().size());
        assertTrue(LabFixtures.keys(lab, "g").run().data().size() == 1, "g again: back to the sandbox's example");
    }

    @Test
    void goldenScreens() throws Exception {
        Lab tiny = trained(LabFixtures.lab("1-tiny"), 500);
        Lab reluTask = LabFixtures.keys(relu(), "t", "g");
        reluTask = new Lab(reluTask.id(), reluTask.title(), reluTask.labels(), reluTask.task(), reluTask.sandbox(), reluTask.cursor(),
                null, reluTask.panel(), reluTask.epsilonPower(), reluTask.run().at(3000), null, false, null, Lab.Predict.OFF);
        Lab reluLog = new Lab(reluTask.id(), reluTask.title(), reluTask.labels(), reluTask.task(), reluTask.sandbox(), reluTask.cursor(),
                null, reluTask.panel(), reluTask.epsilonPower(), reluTask.run().log(true), null, false, null, Lab.Predict.OFF);
        Lab deep = trained(LabFixtures.lab("4-two-outputs"), 1000);
        for (int[] size : new int[][] {{80, 24}, {120, 40}}) {
            for (boolean ascii : new boolean[] {false, true}) {
                String suffix = "-" + size[0] + "x" + size[1] + (ascii ? "-ascii" : "") + ".txt";
                Golden.compare(DIR.resolve("train-tiny" + suffix), LabView.render(tiny, size[0], size[1], ascii).toString());
                Golden.compare(DIR.resolve("train-relu-task" + suffix), LabView.render(reluTask, size[0], size[1], ascii).toString());
                Golden.compare(DIR.resolve("train-relu-task-log" + suffix), LabView.render(reluLog, size[0], size[1], ascii).toString());
                Golden.compare(DIR.resolve("train-two-outputs" + suffix), LabView.render(deep, size[0], size[1], ascii).toString());
            }
        }
    }
}
