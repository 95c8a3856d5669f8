package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.lesson.Lesson;
import tutor.progress.Progress;
import tutor.quiz.Practice;

/**
 * A menu longer than the screen (a student with practice sheets has 10 entries; 7 fit at 80×24): it scrolls, the ▶
 * stays in view, and the entries hidden above and below are counted. ? in the menu shows the menu's keys; the status
 * line of every step keeps "? help".
 */
class MenuScrollTest {
    static final Path DIR = Path.of("src/test/resources/golden");

    /** The five lessons and, as the server offers a student with a seed, each on their own numbers. */
    static App withSheets(boolean ascii) {
        List<MenuEntry> menu = new ArrayList<>(Fixtures.menu());
        for (MenuEntry e : Fixtures.menu()) menu.add(new MenuEntry(e.file(), Practice.of(e.lesson(), 77), List.of()));
        return App.start(menu, new Settings(ascii, true), Progress.empty(), null, 80, 24);
    }

    @Test
    void scrolledToTheEndAt80x24() throws IOException {
        for (boolean ascii : new boolean[] {false, true}) {
            App app = withSheets(ascii);
            assertEquals(10, app.menu().size());
            App end = Fixtures.send(app, Msg.Command.LAST);
            tutor.testing.Golden.compare(DIR.resolve("menu-10-end" + (ascii ? "-ascii" : "-unicode") + ".txt"),
                    View.render(end).toString());
        }
    }

    @Test
    void theCursorIsAlwaysDrawnAndWhatIsHiddenIsCounted() {
        for (int height : new int[] {24, 30}) {
            App app = Fixtures.send(withSheets(false), new Msg.Resize(80, height));
            for (int i = 0; i < app.menu().size(); i++) {
                String screen = View.render(app).toString();
                List<String> lines = screen.lines().toList();
                String title = app.menu().get(i).card().title();
                String cursor = String.format("▶ %2d  %s", i + 1, title.substring(0, 30));
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(cursor)), cursor + " at 80x" + height + ":\n" + screen);
                int first = MenuView.first(i, 10, MenuView.visible(height));
                int after = 10 - Math.min(10, first + MenuView.visible(height));
                assertEquals(first > 0, screen.contains("↑ " + first + " more above"), screen);
                assertEquals(after > 0, screen.contains("↓ " + after + " more below"), screen);
                for (int k = 0; k < 10; k++) {
                    boolean drawn = screen.contains(String.format("%2d  %s", k + 1, app.menu().get(k).card().title().substring(0, 30)));
                    assertEquals(k >= first && k < 10 - after, drawn, "entry " + (k + 1) + " with the cursor on " + (i + 1));
                }
                app = Fixtures.send(app, Msg.Command.SCROLL_DOWN);
            }
        }
        String whole = View.render(Fixtures.app(false)).toString();
        assertFalse(whole.contains("more above") || whole.contains("more below"), "five lessons fit: no marks");
    }

    @Test
    void helpInTheMenuShowsTheMenusKeys() throws IOException {
        App help = Fixtures.type(Fixtures.app(true), "?");
        String screen = View.render(help).toString();
        tutor.testing.Golden.compare(DIR.resolve("help-menu-ascii.txt"), screen);
        assertTrue(screen.contains("choose a lesson"), screen);
        assertFalse(screen.contains("reveal"), "no lesson keys in the menu's help");
        assertTrue(View.render(Fixtures.type(Fixtures.opened(0, true), "?")).toString().contains("reveal"), "a lesson's help has them");
    }

    @Test
    void everyStepOfEveryLessonKeepsHelpOnItsStatusLine() {
        for (boolean ascii : new boolean[] {false, true}) {
            for (int l = 0; l < 5; l++) {
                App app = Fixtures.opened(l, ascii);
                Lesson lesson = app.player().lesson();
                for (int s = 0; s < app.player().steps().size(); s++) {
                    List<String> lines = View.render(app).toString().lines().toList();
                    assertTrue(lines.get(23).contains("? help"), lesson.id() + " step " + (s + 1) + ": " + lines.get(23));
                    app = Fixtures.send(app, Msg.Command.NEXT);
                }
            }
        }
    }
}
