package tutor.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.lesson.QuizItem;
import tutor.progress.Progress;
import tutor.store.LearnerStore;
import tutor.store.ProgressFile;
import tutor.tui.App;
import tutor.tui.MenuEntry;
import tutor.tui.PlainStep;
import tutor.tui.Player;
import tutor.tui.Settings;

/**
 * Every lesson worked from the prompt alone, in one session: each question answered first with a wrong number, then
 * with the number the engine gives (a multiple choice with a wrong then the right choice's number), through to the end.
 * The marks saved are the full-screen tutor's: right, but not at the first try; nothing is printed twice.
 */
class EveryLessonFromThePromptTest {

    @Test
    void everyLessonCanBeWorkedToTheEndFromThePrompt(@TempDir Path dir) throws Exception {
        List<MenuEntry> menu = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) menu.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        LearnerStore store = new ProgressFile(dir);
        List<String> printed = new ArrayList<>();
        AtomicReference<LineSession> session = new AtomicReference<>();
        int[] lesson = {0};
        LineSession s = new LineSession(prompt -> {
            App app = session.get().last();
            printed.add("PROMPT " + prompt);
            if (app.inMenu()) return lesson[0] < menu.size() ? String.valueOf(++lesson[0]) : "quit";
            Player p = app.player();
            if (p.atEnd()) return "menu";
            QuizItem item = p.currentItem();
            boolean triedWrong = p.feedback() != null && !p.feedback().good();
            if (item instanceof QuizItem.Fill f) return triedWrong ? p.trace().get(f.key()).result() : "12345";
            if (item instanceof QuizItem.Choice c) {
                int[] order = PlainStep.choiceOrder(p);
                int right = 0;
                while (order[right] != c.answer()) right++;
                return String.valueOf(triedWrong ? right + 1 : (right + 1) % order.length + 1);
            }
            return "next";
        }, printed::add, store, t -> { throw new AssertionError(t); }, Clock.systemUTC(), false);
        session.set(s);
        assertEquals(LineSession.Ending.QUIT, s.run(App.start(menu, new Settings(false, false, "tester"), Progress.empty(), null, 80, 24)));
        Progress saved = store.load().progress();
        for (MenuEntry e : menu) {
            var p = saved.lesson(e.lesson().id());
            int questions = e.card().questions();
            assertEquals(questions, p.tally().right(), e.lesson().id() + ": every question right in the end");
            assertEquals(0, p.tally().firstTime(), e.lesson().id() + ": none at the first try, since each was wrong first");
            assertEquals(questions, p.tally().later(), e.lesson().id());
            assertTrue(p.furthest() >= e.card().steps(), e.lesson().id() + " finished");
        }
        long steps = printed.stream().filter(l -> l.startsWith("Step ")).count();
        long expected = menu.stream().mapToInt(e -> e.card().steps()).sum();
        assertEquals(expected, steps, "each step printed once");
        for (String line : printed) assertFalse(line.contains("\u001b"), line);
        assertEquals(menu.size(), printed.stream().filter(l -> l.startsWith("Lesson done: ")).count());
    }
}
