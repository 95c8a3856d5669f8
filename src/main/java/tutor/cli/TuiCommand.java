package tutor.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tutor.Crash;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.store.LearnerStore;
import tutor.store.ProgressFile;
import tutor.tui.App;
import tutor.tui.LauncherTty;
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
        args.allow("--ascii", "--no-color", "--practice", "--seed", "--screen-reader");
        boolean lines = tutor.lines.ScreenReader.wanted(args.has("--screen-reader"), System.getenv(), LinesCommand.kept());
        if (lines) tutor.tui.LauncherTty.restoreIfUnclaimed(); // the line mode uses the terminal's own line editing
        String term = System.getenv("TERM");
        // The launcher tested both ends already; System.console() would cost the first frame about 10 ms.
        boolean terminal = tutor.tui.LauncherTty.launcherSawTerminal() || System.console() != null;
        if (!lines && (!terminal || term == null || term.isBlank() || term.equals("dumb"))) {
            err.println("tutor: the full-screen tutor needs an interactive terminal "
                    + (!terminal ? "(input or output is not a terminal)" : "(TERM is " + (term == null || term.isBlank() ? "not set" : term) + ")")
                    + ". For a plain-text worked solution try ./tutor print " + firstId() + "; for lines of text at a "
                    + "prompt, ./tutor --screen-reader.");
            return Exit.NO_TERMINAL;
        }
        if (!Files.isDirectory(Catalog.folder())) {
            err.println("tutor: no lessons folder at " + Catalog.folder().toAbsolutePath());
            return Exit.USAGE;
        }
        if (!lines) warmDrawing(); // the line mode draws nothing: Lanterna stays unloaded
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
        if (lines) {
            int rc = LinesCommand.run(practised, seed, settings, err);
            if (rc >= 0) return rc;
            // the learner asked for the full screen: on, as if started without the line mode
        }
        LearnerStore store = ProgressFile.standard();
        // Lessons and progress load while the terminal is set up; the menu remembered from the last start (if
        // the lessons are as they were) comes first, for the first frame.
        CompletableFuture<App> remembered = new CompletableFuture<>();
        CompletableFuture<App> loading = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch drawn = new java.util.concurrent.CountDownLatch(1);
        // Anonymous classes rather than lambdas on the way to the first frame: the class-data archive holds
        // classes, but a lambda met here for the first time is generated at run time (the first costs ~5 ms).
        Thread loader = new Thread(new Runnable() {
            @Override public void run() {
                try {
                    load(practised, seed, settings, store, remembered, loading, drawn);
                } catch (Exception | Error e) {
                    remembered.complete(null);
                    loading.completeExceptionally(e);
                }
            }
        }, "load");
        loader.setDaemon(true);
        loader.start();
        TerminalApp tutor = TerminalApp.local(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                store, new TerminalApp.ErrorLog() {
                    @Override public String log(Throwable t) {
                        return Crash.log(t);
                    }
                });
        // One hook for the process: SIGHUP (a dropped connection) or SIGTERM saves and gives the terminal back.
        Thread hook = new Thread(new Runnable() {
            @Override public void run() {
                tutor.stop(null, 500);
            }
        }, "save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            tutor.run(remembered, loading, new Runnable() {
                @Override public void run() {
                    drawn.countDown();
                }
            });
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or ran; finishing is done once
            }
        }
        App last = tutor.last();
        if (last != null && last.settings().screenReader()) {
            // The menu's v: kept, and the launcher starts the line mode on the terminal as it found it.
            LinesCommand.keep(true);
            if (LauncherTty.launcherSawTerminal()) return LinesCommand.RESTART_IN_LINES;
            err.println("tutor: screen-reader mode is on from now on; start the tutor again to use it (./tutor).");
        }
        return Exit.OK;
    }

    /**
     * Lanterna's first character drawn initialises its colours (sixteen String.format calls, and with them the
     * locale data), a grapheme check (BreakIterator) and a wide-character test (Character.UnicodeBlock): about 25 ms
     * of one-time work the first frame would wait for. Done at once on a thread of its own, it overlaps the
     * terminal's set-up on another core.
     */
    private static void warmDrawing() {
        Thread warm = new Thread(new Runnable() {
            @Override public void run() {
                new com.googlecode.lanterna.TextCharacter('x');
                com.googlecode.lanterna.TerminalTextUtils.isCharCJK('x');
            }
        }, "warm");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * The menu (or the practice lesson, already open) and the learner's progress; before it, the menu as the cards
     * remembered from the last start draw it (or null). The cards are kept afresh once the lessons are read.
     */
    private static void load(LessonLoader.Loaded practice, long seed, Settings settings, LearnerStore store,
                             CompletableFuture<App> remembered, CompletableFuture<App> loading,
                             java.util.concurrent.CountDownLatch drawn) throws Exception {
        List<MenuEntry> menu = new ArrayList<>();
        if (practice != null) {
            remembered.complete(null);
            menu.add(new MenuEntry(practice.file(), tutor.quiz.Practice.of(practice.lesson(), seed), List.of()));
            LearnerStore.Loaded progress = store.load();
            loading.complete(App.opening(App.start(menu, settings, progress.progress(), progress.notice(), 80, 24)));
            return;
        }
        List<java.nio.file.Path> files = Catalog.files(Catalog.folder());
        MenuCache cache = cache(files);
        LearnerStore.Loaded progress = store.load();
        List<MenuEntry> cards = cache == null ? null : cache.read();
        remembered.complete(cards == null ? null : App.start(cards, settings, progress.progress(), progress.notice(), 80, 24));
        // The remembered menu is drawn before the lessons are read: on a machine with few cores, reading them
        // meanwhile would slow the very frame it stands in for. (Never waited on for long: a stuck terminal.)
        if (cards != null) drawn.await(1, java.util.concurrent.TimeUnit.SECONDS);
        for (LessonLoader.Loaded l : Catalog.readAll(files)) menu.add(MenuEntry.unchecked(l));
        loading.complete(App.start(menu, settings, progress.progress(), progress.notice(), 80, 24));
        if (cache != null && !sameCards(cards, menu)) cache.write(menu);
    }

    private static boolean sameCards(List<MenuEntry> remembered, List<MenuEntry> read) {
        if (remembered == null || remembered.size() != read.size()) return false;
        for (int i = 0; i < read.size(); i++) {
            if (!java.util.Objects.equals(remembered.get(i).card(), read.get(i).card())) return false;
        }
        return true;
    }

    /** The menu cache beside the learner's progress, or null where there is no such place. */
    private static MenuCache cache(List<java.nio.file.Path> files) {
        try {
            return MenuCache.of(tutor.progress.StateDir.path().resolve("menu-cache.json"), files);
        } catch (java.io.IOException | RuntimeException none) {
            return null;
        }
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
