package tutor.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import tutor.Crash;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.lines.LineSession;
import tutor.lines.ScreenReader;
import tutor.store.LearnerStore;
import tutor.store.ProgressFile;
import tutor.tui.App;
import tutor.tui.MenuEntry;
import tutor.tui.Settings;

/**
 * ./tutor --screen-reader (or ACCESSIBLE=1): the tutor as lines of text in the terminal's own scrollback, read with
 * the terminal's own line editing (the launcher leaves the terminal as it was). Works without cursor addressing, so
 * TERM=dumb is fine; it still needs a person at a terminal, since it asks and waits.
 */
final class LinesCommand {
    private LinesCommand() {}

    /** The exit status that asks the launcher to start the tutor again in the line mode (the menu's v). */
    static final int RESTART_IN_LINES = 3;

    /** Runs the line mode; returns the exit code, or -1 when the learner asked for the full-screen tutor. */
    static int run(LessonLoader.Loaded practice, long seed, Settings settings, PrintStream err) throws Exception {
        if (!Files.isDirectory(Catalog.folder())) {
            err.println("tutor: no lessons folder at " + Catalog.folder().toAbsolutePath());
            return Exit.USAGE;
        }
        LearnerStore store = ProgressFile.standard();
        LearnerStore.Loaded progress = store.load();
        List<MenuEntry> menu = new ArrayList<>();
        App start;
        if (practice != null) {
            menu.add(new MenuEntry(practice.file(), tutor.quiz.Practice.of(practice.lesson(), seed), List.of()));
            start = App.opening(App.start(menu, settings, progress.progress(), progress.notice(), 80, 24));
        } else {
            for (LessonLoader.Loaded l : Catalog.readAll(Catalog.files(Catalog.folder()))) menu.add(MenuEntry.unchecked(l));
            start = App.start(menu, settings, progress.progress(), progress.notice(), 80, 24);
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
        LineSession session = new LineSession(prompt -> {
            out.print(prompt);
            out.flush();
            return in.readLine();
        }, line -> {
            out.print(line + "\n");
            out.flush();
        }, store, Crash::log, Clock.systemUTC(), settings.ascii());
        // Ctrl-C, a hangup or SIGTERM: the session saves (the terminal was never changed, so nothing to restore).
        Thread hook = new Thread(() -> session.stop(null), "save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        LineSession.Ending ending;
        try {
            ending = session.run(start);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or ran
            }
        }
        if (ending == LineSession.Ending.FULL_SCREEN) {
            keep(false);
            return -1;
        }
        return Exit.OK;
    }

    /** The kept choice beside the learner's progress (none where there is no state folder). */
    static ScreenReader.Kept kept() {
        try {
            return new ScreenReader.Kept(tutor.progress.StateDir.path().resolve("screen-reader"));
        } catch (java.io.IOException none) {
            return null;
        }
    }

    static void keep(boolean on) {
        ScreenReader.Kept k = kept();
        if (k != null) k.keep(on);
    }
}
