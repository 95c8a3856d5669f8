package tutor.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tutor.render.Canvas;
import tutor.testing.Golden;

/** The class view: golden screens of its pages at 80×24 and 120×40 in both glyph sets, and its update. */
class ClassScreenTest {
    static final Path DIR = Path.of("src/test/resources/golden/class-view");

    static ClassScreen.Next press(ClassScreen s, ClassScreen.Msg... msgs) {
        ClassScreen.Next n = new ClassScreen.Next(s, ClassScreen.Effect.NONE, null);
        for (ClassScreen.Msg m : msgs) n = ClassScreen.update(n.screen(), m);
        return n;
    }

    static ClassScreen.Msg typed(char c) {
        return new ClassScreen.Msg.Typed(c);
    }

    @ParameterizedTest(name = "{0}x{1} ascii={2}")
    @CsvSource({"80,24,false", "80,24,true", "120,40,false", "120,40,true"})
    void thePagesMatchTheirGoldenScreens(int w, int h, boolean ascii) throws Exception {
        ClassScreen start = ClassScreen.start(MadeUpClass.snapshot(ascii), true, ascii);
        String size = w + "x" + h + (ascii ? "-ascii" : "-unicode");
        Golden.compare(DIR.resolve("students-" + size + ".txt"), ClassScreenView.render(start, w, h).toString());
        ClassScreen questions = press(start, ClassScreen.Msg.Key.TAB, ClassScreen.Msg.Key.DOWN, ClassScreen.Msg.Key.DOWN,
                ClassScreen.Msg.Key.DOWN).screen();
        Golden.compare(DIR.resolve("questions-" + size + ".txt"), ClassScreenView.render(questions, w, h).toString());
        ClassScreen one = press(start, ClassScreen.Msg.Key.DOWN, ClassScreen.Msg.Key.ENTER).screen();
        Golden.compare(DIR.resolve("student-" + size + ".txt"), ClassScreenView.render(one, w, h).toString());
        ClassScreen help = press(start, typed('?')).screen();
        Golden.compare(DIR.resolve("help-" + size + ".txt"), ClassScreenView.render(help, w, h).toString());
    }

    @Test
    void theStudentsWhoNeedTheTeacherComeFirstAndTheNeverLoggedInLast() throws Exception {
        ClassSnapshot snap = MadeUpClass.snapshot(false);
        List<ClassTable.Row> rows = snap.rows();
        int needing = snap.needing();
        assertTrue(needing >= 3, "the made-up class has students who need the teacher: " + needing);
        for (int i = 0; i < needing; i++) assertTrue(rows.get(i).needsTeacher(), rows.get(i).toString());
        for (int i = rows.size() - 3; i < rows.size(); i++) assertTrue(!rows.get(i).now().everLoggedIn());
        String screen = ClassScreenView.render(ClassScreen.start(snap, false, false), 80, 24).toString();
        assertTrue(ClassScreenView.render(ClassScreen.start(snap, false, false), 120, 40).toString().contains("never logged in"));
        assertTrue(screen.contains("(margaret) needs you: no key for 12 min."), screen);
        String second = ClassScreenView.render(ClassScreen.update(ClassScreen.start(snap, false, false), ClassScreen.Msg.Key.DOWN)
                .screen(), 80, 24).toString();
        assertTrue(second.contains("(edsger) needs you: 3 wrong tries."), second);
    }

    @Test
    void theSelectedRowIsAlwaysDrawn() throws Exception {
        ClassScreen s = ClassScreen.start(MadeUpClass.snapshot(false), false, false);
        for (int i = 0; i < 40; i++) {
            Canvas c = ClassScreenView.render(s, 80, 24);
            assertTrue(c.toString().contains("▶"), "row " + s.row() + ":\n" + c);
            s = ClassScreen.update(s, ClassScreen.Msg.Key.DOWN).screen();
        }
        assertEquals(29, s.row(), "stops at the last student");
    }

    @Test
    void aLineToTheClassIsTypedThenSent() throws Exception {
        ClassScreen s = ClassScreen.start(MadeUpClass.snapshot(false), false, false);
        ClassScreen.Next typing = press(s, typed('m'), typed('L'), typed('o'), typed('o'), typed('k'), ClassScreen.Msg.Key.BACKSPACE,
                typed('k'), typed('!'));
        assertEquals(ClassScreen.Page.LINE, typing.screen().page());
        assertTrue(ClassScreenView.render(typing.screen(), 80, 24).toString().contains("To the class: Look!_"));
        ClassScreen.Next sent = ClassScreen.update(typing.screen(), ClassScreen.Msg.Key.ENTER);
        assertEquals(ClassScreen.Effect.SEND_LINE, sent.effect());
        assertEquals("Look!", sent.text());
        assertEquals(ClassScreen.Page.STUDENTS, sent.screen().page());
        ClassScreen.Next cancelled = press(s, typed('m'), typed('x'), ClassScreen.Msg.Key.ESCAPE);
        assertEquals(ClassScreen.Effect.NONE, cancelled.effect());
        assertEquals("Nothing sent.", cancelled.screen().said());
    }

    @Test
    void pauseGradebookTutorAndQuitAreEffects() throws Exception {
        ClassScreen s = ClassScreen.start(MadeUpClass.snapshot(false), true, false);
        assertEquals(ClassScreen.Effect.PAUSE, ClassScreen.update(s, typed('p')).effect());
        assertEquals(ClassScreen.Effect.GRADEBOOK, ClassScreen.update(s, typed('g')).effect());
        assertEquals(ClassScreen.Effect.TUTOR, ClassScreen.update(s, typed('t')).effect());
        assertEquals(ClassScreen.Effect.QUIT, ClassScreen.update(s, typed('q')).effect());
        ClassScreen watch = ClassScreen.start(MadeUpClass.snapshot(false), false, false);
        assertEquals(ClassScreen.Effect.NONE, ClassScreen.update(watch, typed('t')).effect(), "class watch has no tutor");
        ClassSnapshot paused = new ClassSnapshot(s.snap().rows(), s.snap().summary(), s.snap().questions(), s.snap().now(),
                s.snap().zone(), true, s.snap().rules());
        ClassScreen p = ClassScreen.update(s, new ClassScreen.Msg.News(paused)).screen();
        assertEquals(ClassScreen.Effect.RESUME, ClassScreen.update(p, typed('p')).effect());
        assertTrue(ClassScreenView.render(p, 80, 24).toString().contains("PAUSED"));
    }
}
