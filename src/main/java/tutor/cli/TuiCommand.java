package tutor.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import tutor.Crash;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.store.LearnerStore;
import tutor.store.ProgressFile;
import tutor.tui.App;
import tutor.tui.MenuEntry;
import tutor.tui.Settings;
import tutor.tui.TerminalApp;

/** ./tutor with no command: the full-screen tutor, after making sure there is a terminal to draw on. */
final class TuiCommand {
    private TuiCommand() {}

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        try {
            return start(args, err);
        } finally {
            tutor.tui.LauncherTty.restoreIfUnclaimed(); // an early exit must not leave the terminal raw
        }
    }

    private static int start(Args args, PrintStream err) throws Exception {
        args.allow("--ascii", "--no-color", "--practice", "--seed");
        String term = System.getenv("TERM");
        if (System.console() == null || term == null || term.isBlank() || term.equals("dumb")) {
            err.println("tutor: the full-screen tutor needs an interactive terminal "
                    + (System.console() == null ? "(input or output is not a terminal)" : "(TERM is " + (term == null || term.isBlank() ? "not set" : term) + ")")
                    + ". For a plain-text worked solution try ./tutor print " + firstId() + ".");
            return Exit.NO_TERMINAL;
        }
        if (!Files.isDirectory(Catalog.folder())) {
            err.println("tutor: no lessons folder at " + Catalog.folder().toAbsolutePath());
            return Exit.USAGE;
        }
        String practice = args.value("--practice");
        LessonLoader.Loaded base = null;
        long seed = args.value("--seed") != null ? args.intValue("--seed", 0, Integer.MAX_VALUE, 0)
                : new java.util.Random().nextInt(100_000);
        if (practice != null) {
            base = Catalog.find(practice, Catalog.folder());
            if (base == null || !base.ok()) {
                err.println("tutor: no lesson \"" + practice + "\" to practise; lessons: " + String.join(", ", Catalog.ids(Catalog.folder())));
                return Exit.USAGE;
            }
        }
        LessonLoader.Loaded practised = base;
        Settings settings = Settings.from(System.getenv(), args.has("--ascii"), args.has("--no-color"));
        LearnerStore store = ProgressFile.standard();
        // Lessons and progress load while the terminal is set up.
        FutureTask<App> loading = new FutureTask<>(() -> load(practised, seed, settings, store));
        Thread loader = new Thread(loading, "load");
        loader.setDaemon(true);
        loader.start();
        TerminalApp tutor = TerminalApp.local(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                store, Crash::log);
        // One hook for the process: SIGHUP (a dropped connection) or SIGTERM saves and gives the terminal back.
        Thread hook = new Thread(() -> tutor.stop(null, 500), "save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            tutor.run(loading);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or ran; finishing is done once
            }
        }
        return Exit.OK;
    }

    /** The menu (or the practice lesson, already open) and the learner's progress. */
    private static App load(LessonLoader.Loaded practice, long seed, Settings settings, LearnerStore store) throws Exception {
        List<MenuEntry> menu = new ArrayList<>();
        if (practice != null) {
            menu.add(new MenuEntry(practice.file(), tutor.quiz.Practice.of(practice.lesson(), seed), List.of()));
        } else {
            for (LessonLoader.Loaded l : Catalog.readAll(Catalog.folder())) {
                menu.add(new MenuEntry(l.file(), l.lesson(), l.problems(), !l.ok()));
            }
        }
        LearnerStore.Loaded progress = store.load();
        App app = App.start(menu, settings, progress.progress(), progress.notice(), 80, 24);
        return practice != null ? App.opening(app) : app;
    }

    private static String firstId() {
        try {
            List<String> ids = Catalog.ids(Catalog.folder());
            return ids.isEmpty() ? "LESSON" : ids.get(0);
        } catch (Exception e) {
            return "LESSON";
        }
    }
}
