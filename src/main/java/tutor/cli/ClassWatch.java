package tutor.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tutor.Crash;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.progress.Progress;
import tutor.server.ClassFigures;
import tutor.store.LearnerStore;
import tutor.store.sqlite.ClassDatabase;
import tutor.teach.ClassScreen;
import tutor.teach.ClassSnapshot;
import tutor.teach.StuckRules;
import tutor.tui.App;
import tutor.tui.Msg;
import tutor.tui.Room;
import tutor.tui.Settings;
import tutor.tui.TerminalApp;

/**
 * ./tutor class watch: the class view at the server's own console, reading the class database. It follows the
 * database without busy polling: SQLite's data_version (which moves when another process commits) is asked at
 * most once a second, and the figures are rebuilt only when it moved, or a minute passed (idle times). Lines and
 * pauses are the server's to send: the view inside serve (a teacher's login) does those.
 */
final class ClassWatch {
    private ClassWatch() {}

    static final String WATCH_ONLY = "This console view only watches: a line to the class or a pause is sent from the "
            + "class view inside serve (log in with a teacher's id).";

    static int run(Path state, ClassDatabase db, PrintStream err) throws Exception {
        String term = System.getenv("TERM");
        if (System.console() == null || term == null || term.isBlank() || term.equals("dumb")) {
            err.println("tutor: class watch needs an interactive terminal; ./tutor class report --questions prints the "
                    + "same figures as text.");
            return Exit.NO_TERMINAL;
        }
        List<Lesson> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) if (l.ok()) lessons.add(l.lesson());
        ClassFigures figures = new ClassFigures(lessons);
        Clock clock = Clock.systemUTC();
        StuckRules rules = StuckRules.DEFAULT;
        Settings settings = Settings.from(System.getenv(), false, false);
        ClassSnapshot first = figures.snapshot(db, db.presence(), false, rules, clock.instant());
        TerminalApp view = TerminalApp.local(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                LearnerStore.unavailable("class watch keeps nothing of its own"), Crash::log);
        view.inClass(Room.teacher(ClassScreen.start(first, false, settings.ascii())), new TerminalApp.ClassLink() {
            @Override public void reached(App app, boolean key) { }

            @Override public void effect(ClassScreen.Effect effect, String text) {
                String said = switch (effect) {
                    case GRADEBOOK -> {
                        try {
                            yield ClassCommand.writeGradebook(state, db);
                        } catch (Exception e) {
                            yield "The gradebook could not be written: " + e.getMessage();
                        }
                    }
                    case SEND_LINE, PAUSE, RESUME -> WATCH_ONLY;
                    default -> null;
                };
                if (said != null) view.deliver(new Msg.ClassSaid(said));
            }
        });
        Thread follow = new Thread(() -> follow(db, figures, rules, clock, view, err), "follow");
        follow.setDaemon(true);
        follow.start();
        Thread hook = new Thread(() -> view.stop(null, 500), "restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            view.run(CompletableFuture.completedFuture(App.start(List.of(), settings, Progress.empty(), null, 80, 24)));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // finishing is done once
            }
        }
        return Exit.OK;
    }

    /** Once a second asks whether anyone committed; rebuilds the figures when they did, or a minute passed. */
    private static void follow(ClassDatabase db, ClassFigures figures, StuckRules rules, Clock clock, TerminalApp view,
                               PrintStream err) {
        try {
            long version = db.dataVersion();
            Instant built = clock.instant();
            while (true) {
                Thread.sleep(1000);
                long now = db.dataVersion();
                if (now == version && clock.instant().isBefore(built.plusSeconds(60))) continue;
                version = now;
                built = clock.instant();
                view.deliver(new Msg.ClassNews(figures.snapshot(db, db.presence(), false, rules, built)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            view.deliver(new Msg.ClassSaid("The class database could not be read (" + e.getMessage() + "); the figures "
                    + "stay as they were."));
        }
    }
}
