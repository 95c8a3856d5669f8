package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.render.Canvas;
import tutor.render.Role;

/**
 * Every step of every lesson at 80×24, in Unicode and in ASCII, against stored text. Run with
 * -Dgolden.update=true to rewrite the files on purpose; then read the diff before committing it.
 */
class GoldenScreensTest {

    static final Path DIR = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> lessons() {
        return Stream.of(0, 1, 2, 3, 4).flatMap(i -> Stream.of(Arguments.of(i, false), Arguments.of(i, true)));
    }

    @ParameterizedTest(name = "lesson {0}, ascii {1}")
    @MethodSource("lessons")
    void everyStepMatchesItsGoldenScreen(int lesson, boolean ascii) throws IOException {
        App app = Fixtures.opened(lesson, ascii);
        StringBuilder all = new StringBuilder();
        int steps = app.player().steps().size();
        for (int s = 0; s < steps; s++) {
            Canvas c = View.render(app);
            String screen = c.toString();
            for (String line : screen.split("\n")) {
                assertTrue(line.codePointCount(0, line.length()) <= 80, line);
                if (ascii) assertTrue(line.chars().allMatch(ch -> ch < 128), "not ASCII: " + line);
            }
            all.append("=== step ").append(s + 1).append('/').append(steps).append(" ===\n").append(screen);
            app = Update.update(app, Msg.Command.NEXT);
        }
        String id = app.player().lesson().id() + (ascii ? "-ascii" : "-unicode") + ".txt";
        compare(DIR.resolve(id), all.toString());
    }

    @Test
    void theMenuAndHelpAndTooSmall() throws IOException {
        App app = Fixtures.app(false);
        compare(DIR.resolve("menu-unicode.txt"), View.render(app).toString());
        compare(DIR.resolve("help-ascii.txt"), View.render(Fixtures.type(Fixtures.opened(0, true), "?")).toString());
        App small = Fixtures.send(app, new Msg.Resize(60, 20));
        compare(DIR.resolve("too-small.txt"), View.render(small).toString());
    }

    @Test
    void aLargerTerminalGivesTheTextMoreRoom() throws IOException {
        App app = Fixtures.send(Fixtures.opened(3, false), new Msg.Resize(120, 40), Msg.Command.NEXT, Msg.Command.NEXT,
                Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT,
                Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT, Msg.Command.NEXT);
        Canvas c = View.render(app);
        assertEquals(120, c.width());
        compare(DIR.resolve("two-outputs-step12-120x40.txt"), c.toString());
    }

    /** Every question of the first lesson answered (one with a sign slip first), then the end and the menu. */
    static App finishedFirstLesson(boolean ascii) {
        App app = Fixtures.opened(0, ascii);
        boolean slipped = false;
        while (!app.player().atEnd()) {
            while (app.player().currentItem() instanceof tutor.lesson.QuizItem.Fill f) {
                String right = app.player().trace().get(f.key()).result().replace('−', '-');
                if (!slipped && right.startsWith("-")) {
                    app = Fixtures.send(Fixtures.type(app, right.substring(1)), Msg.Command.ENTER, Msg.Command.BACK);
                    while (!app.player().input().isEmpty()) app = Fixtures.send(app, Msg.Command.BACKSPACE);
                    slipped = true;
                }
                app = Fixtures.send(Fixtures.type(app, right), Msg.Command.ENTER);
            }
            app = Fixtures.send(app, Msg.Command.NEXT);
        }
        return app;
    }

    @Test
    void theEndOfALessonAndTheMenuThatMarksIt() throws IOException {
        for (boolean ascii : new boolean[] {false, true}) {
            App end = finishedFirstLesson(ascii);
            String suffix = ascii ? "-ascii.txt" : "-unicode.txt";
            compare(DIR.resolve("end-of-tiny" + suffix), View.render(end).toString());
            compare(DIR.resolve("menu-after-tiny" + suffix), View.render(Fixtures.send(end, Msg.Command.BACK)).toString());
        }
    }

    /**
     * tiny with steps 2 to 6 answered, step 7's δ skipped, seen on step 8 and answered after, step 8's two questions
     * left open: the end says how many are open and how to reach the first.
     */
    @Test
    void theEndWithQuestionsOpen() throws IOException {
        for (boolean ascii : new boolean[] {false, true}) {
            App app = Fixtures.opened(0, ascii);
            while (app.player().step() < 6) {
                while (app.player().currentItem() instanceof tutor.lesson.QuizItem.Fill f) {
                    app = Fixtures.send(Fixtures.type(app, app.player().trace().get(f.key()).result().replace('−', '-')), Msg.Command.ENTER);
                }
                app = Fixtures.send(app, Msg.Command.NEXT);
            }
            String delta = app.player().trace().get("delta:h").result().replace('−', '-');
            app = Fixtures.send(app, Msg.Command.NEXT, Msg.Command.PREV);
            app = Fixtures.send(Fixtures.type(app, delta), Msg.Command.ENTER, Msg.Command.LAST, Msg.Command.NEXT);
            compare(DIR.resolve("end-with-open-questions" + (ascii ? "-ascii.txt" : "-unicode.txt")), View.render(app).toString());
        }
    }

    @Test
    void errataFoldIntoOneLineAndOpenWithE() throws IOException {
        App app = Fixtures.opened(1, false);
        for (int s = 0; s < 9; s++) app = Fixtures.send(app, Msg.Command.NEXT); // six-weights step 10: many errata
        compare(DIR.resolve("errata-folded-unicode.txt"), View.render(app).toString());
        App open = Fixtures.send(Fixtures.type(app, "e"), Msg.Command.PAGE_DOWN);
        compare(DIR.resolve("errata-open-unicode.txt"), View.render(open).toString());
        App ascii = Fixtures.opened(1, true);
        for (int s = 0; s < 9; s++) ascii = Fixtures.send(ascii, Msg.Command.NEXT);
        compare(DIR.resolve("errata-folded-ascii.txt"), View.render(ascii).toString());
    }

    @Test
    void focusStandsOutOnTheDiagram() {
        App app = Fixtures.send(Fixtures.opened(0, false), Msg.Command.NEXT);
        Canvas c = View.render(app);
        List<String> text = List.of(c.toString().split("\n"));
        int row = -1;
        for (int y = 0; y < text.size(); y++) if (text.get(y).contains("┌h─")) row = y;
        int col = text.get(row).indexOf("┌h─");
        assertEquals(Role.FOCUS, c.roleAt(col, row), "the focused neuron's box");
        int orow = -1;
        for (int y = 0; y < text.size(); y++) if (text.get(y).contains("┌o─")) orow = y;
        assertEquals(Role.NORMAL, c.roleAt(text.get(orow).indexOf("┌o─"), orow), "a neuron out of focus");
        assertEquals(Role.TITLE, c.roleAt(0, 0));
        assertEquals(Role.STATUS, c.roleAt(0, 23));
    }

    static void compare(Path file, String actual) throws IOException {
        tutor.testing.Golden.compare(file, actual);
    }
}
