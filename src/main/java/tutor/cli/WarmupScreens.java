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
import tutor.tui.TerminalApp;

/** Draws every step of every lesson on a virtual terminal, so the archive holds the screen classes too. */
final class WarmupScreens {
    private WarmupScreens() {}

    static void run(tutor.store.LearnerStore store) throws IOException {
        List<MenuEntry> menu = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) menu.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        App start = App.start(menu, new Settings(false, true), Progress.empty(), null, 80, 24);
        Screens.rehearse(start);
        // A whole session's loop over a stream, as a session meets it: a remembered menu first, then a key.
        java.util.concurrent.Future<App> ready = java.util.concurrent.CompletableFuture.completedFuture(start);
        TerminalApp.remote(new java.io.ByteArrayInputStream("q".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                java.io.OutputStream.nullOutputStream(), 80, 24, store, t -> "nowhere", java.time.Clock.systemUTC())
                .run(ready, ready, () -> {});
    }
}
