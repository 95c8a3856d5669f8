package tutor.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.progress.Progress;
import tutor.tui.App;
import tutor.tui.MenuEntry;
import tutor.tui.Settings;
import tutor.tui.Screens;

/** Draws every step of every lesson on a virtual terminal, so the archive holds the screen classes too. */
final class WarmupScreens {
    private WarmupScreens() {}

    static void run() throws IOException {
        List<MenuEntry> menu = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) menu.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        Screens.rehearse(App.start(menu, new Settings(false, true), Progress.empty(), null, 80, 24));
    }
}
