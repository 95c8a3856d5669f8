package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.lab.Lab;
import tutor.lab.LabMsg;
import tutor.lab.LabUpdate;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.progress.Progress;

/** The tutor's door to the lab: x opens it, keys reach it, w and p write files beside the learner, never over one. */
class LabHookTest {

    @TempDir Path dir;

    private static App menu() {
        Lesson tiny = LessonLoader.load(Path.of("lessons/1-tiny.json")).lesson();
        MenuEntry entry = new MenuEntry("lessons/1-tiny.json", tiny, List.of(), true);
        return App.start(List.of(entry), new Settings(true, false), Progress.empty(), null, 80, 24);
    }

    @Test
    void xOpensTheLabFromTheMenuAndEscComesBack() {
        App app = Update.update(menu(), new Msg.Typed('x'));
        assertNotNull(app.lab());
        assertEquals("tiny", app.lab().id());
        assertTrue(View.render(app).toString().contains("Lab * One hidden neuron"), View.render(app).toString());
        app = Update.update(app, Msg.Command.NEXT);
        assertEquals(0.6, app.lab().sandbox().current().parameters().get("w1"));
        app = Update.update(app, Msg.Command.BACK);
        assertNull(app.lab());
        assertTrue(app.inMenu());
    }

    @Test
    void wWritesTheLessonAndPTheScriptWithoutReplacingAFile() throws Exception {
        App app = Update.update(menu(), new Msg.Typed('x'));
        app = LabHook.perform(Update.update(app, new Msg.Typed('w')), dir);
        assertNull(app.lab().pending());
        assertTrue(app.lab().notice().startsWith("Wrote "), app.lab().notice());
        assertTrue(Files.readString(dir.resolve("tiny-lab.json"), StandardCharsets.UTF_8).contains("\"id\": \"tiny-lab\""));
        app = LabHook.perform(Update.update(app, new Msg.Typed('w')), dir);
        assertTrue(Files.exists(dir.resolve("tiny-lab-2.json")), "the second is written beside the first");
        app = LabHook.perform(Update.update(app, new Msg.Typed('p')), dir);
        assertTrue(Files.readString(dir.resolve("tiny-lab.py"), StandardCharsets.UTF_8).contains("import numpy as np"));
        assertTrue(app.lab().notice().contains("python3 tiny-lab.py"), app.lab().notice());
    }

    @Test
    void aClassSessionWritesNothing() {
        App app = Update.update(Update.update(menu(), new Msg.Typed('x')), new Msg.Typed('w'));
        app = LabHook.perform(app, null);
        assertTrue(app.lab().notice().startsWith("A class session writes no files"), app.lab().notice());
    }

    @Test
    void labMessagesAreTheLabsOwn() {
        Lab lab = Update.update(menu(), new Msg.Typed('x')).lab();
        assertEquals(LabUpdate.update(lab, LabMsg.Key.DOWN).cursor(), Update.update(menu().withLab(lab), Msg.Command.SCROLL_DOWN).lab().cursor());
    }
}
