package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.engine.Activation;
import tutor.engine.Loss;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lab.Lab;
import tutor.lab.LabMsg;
import tutor.lab.LabUpdate;
import tutor.lab.LessonFile;
import tutor.lab.Setup;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;

/** The lab's edited network written as a lesson: ./tutor check accepts it, and it traces to the sandbox's numbers. */
class LabLessonFileTest {

    @TempDir Path dir;

    private static Lab lab(String file) {
        Lesson l = LessonLoader.load(Path.of("lessons", file + ".json")).lesson();
        return Lab.open(l.id(), l.title(), l.labels(), l.network(), l.parameters(), l.examples(), l.precision());
    }

    @Test
    void everyLessonEditedIsALessonThatChecksAndTracesTheSame() throws Exception {
        for (String file : new String[] {"1-tiny", "2-six-weights", "3-shared-bias", "4-two-outputs", "5-relu"}) {
            Lab lab = lab(file);
            // Three edits of different kinds: a weight typed, the first layer's activation, the learning rate.
            lab = LabUpdate.update(lab, new LabMsg.Typed('0'));
            for (char c : ".37".toCharArray()) lab = LabUpdate.update(lab, new LabMsg.Typed(c));
            lab = LabUpdate.update(lab, LabMsg.Key.ENTER);
            Setup s = lab.sandbox().current();
            Setup edited = s.withActivation(0, Activation.TANH).withLearningRate(0.25).withLoss(Loss.HALF_SSE);
            lab = new Lab(lab.id(), lab.title(), lab.labels(), lab.task(), lab.sandbox().edit(edited), lab.cursor(), null,
                    lab.panel(), lab.epsilonPower(), null, null, false, null, Lab.Predict.OFF);
            Path written = dir.resolve(LessonFile.id(lab) + ".json");
            Files.writeString(written, LessonFile.write(lab), StandardCharsets.UTF_8);
            CommandLineTest.Run check = CommandLineTest.run("check", written.toString());
            assertEquals(0, check.exit(), file + ":\n" + check.out() + check.err() + "\n" + Files.readString(written));
            Lesson back = LessonLoader.load(written).lesson();
            Trace again = tutor.engine.Backprop.trace(back.network(), back.parameters(), back.examples().get(0), back.precision());
            Trace sandbox = lab.sandbox().trace();
            assertEquals(sandbox.quantities().size(), again.quantities().size(), file);
            for (Quantity q : sandbox.quantities()) assertEquals(q.value(), again.value(q.key()), 0.0, file + " " + q.key());
            assertEquals(Activation.TANH, back.network().layers().get(0).activation());
            assertEquals(0.25, back.network().learningRate());
        }
    }
}
