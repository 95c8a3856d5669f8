package tutor.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.progress.Progress;

/** The real lessons as a menu, and an app on it at 80×24. */
final class Fixtures {
    private Fixtures() {}

    static List<MenuEntry> menu() {
        try {
            List<MenuEntry> menu = new ArrayList<>();
            for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) menu.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
            return menu;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static App app(boolean ascii) {
        return App.start(menu(), new Settings(ascii, true), Progress.empty(), null, 80, 24);
    }

    /** The app with lesson number i (0-based) open at its first step. */
    static App opened(int i, boolean ascii) {
        App app = app(ascii);
        for (int k = 0; k < i; k++) app = Update.update(app, Msg.Command.SCROLL_DOWN);
        return Update.update(app, Msg.Command.ENTER);
    }

    static App send(App app, Msg... msgs) {
        for (Msg m : msgs) app = Update.update(app, m);
        return app;
    }

    static App type(App app, String text) {
        for (char c : text.toCharArray()) app = Update.update(app, new Msg.Typed(c));
        return app;
    }
}
