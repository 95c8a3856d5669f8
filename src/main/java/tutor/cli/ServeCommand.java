package tutor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.server.Limits;
import tutor.server.Roster;
import tutor.server.ServerLog;
import tutor.server.TutorServer;
import tutor.store.sqlite.ClassDatabase;
import tutor.teach.StuckRules;
import tutor.tui.MenuEntry;

/**
 * ./tutor serve [--port 2222] [--roster class.csv] [--state DIR] [--bind ADDR] [--idle-hours N]
 * [--sessions-per-student N] [--max-sessions N] [--stuck-tries N] [--stuck-minutes N] [--stuck-reveals N]: the
 * classroom server; the stuck options are when the teacher's class view marks a student as needing them.
 */
final class ServeCommand {
    private ServeCommand() {}

    static final String FAREWELL = "backprop-tutor: the server is shutting down (your teacher stopped it). Your progress "
            + "is saved; connect again when it is back.";

    static int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allow("--port", "--roster", "--state", "--bind", "--idle-hours", "--sessions-per-student", "--max-sessions",
                "--stuck-tries", "--stuck-minutes", "--stuck-reveals");
        int port = args.intValue("--port", 0, 65535, 2222);
        int idleHours = args.intValue("--idle-hours", 1, 72, 4);
        Limits fits = Limits.defaults();
        Limits limits = fits.withSessions(args.intValue("--sessions-per-student", 1, 20, fits.sessionsPerStudent()),
                args.intValue("--max-sessions", 1, 2000, fits.maxSessions()));
        StuckRules rules = new StuckRules(args.intValue("--stuck-tries", 1, 100, StuckRules.DEFAULT.wrongTries()),
                Duration.ofMinutes(args.intValue("--stuck-minutes", 1, 600, (int) StuckRules.DEFAULT.idle().toMinutes())),
                args.intValue("--stuck-reveals", 1, 100, StuckRules.DEFAULT.revealsInARow()));
        Path state = ClassCommand.stateDir(args);
        ensurePrivate(state);
        ServerLog.configure(state);
        ClassDatabase db;
        try {
            db = ClassDatabase.open(state, Clock.systemUTC());
        } catch (ClassDatabase.Refused e) {
            err.println("tutor: " + e.getMessage());
            return Exit.FAILED;
        }
        try {
            if (args.value("--roster") != null) {
                List<ClassDatabase.Student> roster = Roster.read(Path.of(args.value("--roster")));
                int added = db.enrol(roster);
                out.println("Roster " + args.value("--roster") + ": " + rosterSaid(roster) + ", " + added + " of them new.");
            }
            if (db.students().isEmpty()) {
                err.println("tutor: nobody is on the class roster yet: give codes first with ./tutor class codes --roster "
                        + "class.csv" + ClassCommand.stateFlag(args) + " (students need them to log in)");
            }
        } catch (Roster.Invalid e) {
            db.close();
            err.println("tutor: " + e.getMessage());
            return Exit.USAGE;
        }
        List<MenuEntry> lessons = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Catalog.folder())) lessons.add(new MenuEntry(l.file(), l.lesson(), l.problems()));
        TutorServer server;
        try {
            server = TutorServer.start(new TutorServer.Config(state, args.value("--bind"), port, Duration.ofHours(idleHours),
                    lessons, Clock.systemUTC(), limits, rules, () -> ClassCommand.writeGradebook(state, db)), db);
        } catch (java.net.BindException e) {
            db.close();
            err.println("tutor: cannot listen on port " + port + ": " + e.getMessage() + " (another server there? try --port)");
            return Exit.FAILED;
        }
        rehearse(lessons);
        // Ctrl-C and SIGTERM are a clean stop, not a death by signal: caught here, the server stops on this thread
        // (every session saved and told) and serve exits 0. The shutdown hook covers any other end (SIGHUP).
        // At a terminal the line starts on its own, not after the ^C echoed there.
        String fresh = System.console() != null ? System.lineSeparator() : "";
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable stop = () -> {
            if (!down.compareAndSet(false, true)) return;
            int saved = server.shutdown(FAREWELL);
            out.println(fresh + "backprop-tutor: stopped; " + count(saved, "session") + " saved and told; bye.");
            out.flush();
        };
        CountDownLatch asked = new CountDownLatch(1);
        for (String signal : List.of("INT", "TERM")) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), new sun.misc.SignalHandler() {
                @Override public void handle(sun.misc.Signal s) {
                    asked.countDown();
                }
            });
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "serve-shutdown"));
        out.println("backprop-tutor classroom server on port " + server.port() + ".");
        out.println("Host key fingerprint: " + server.fingerprint() + " (students can check it at their first login).");
        out.println("Students connect with: ssh -p " + server.port() + " ID@" + server.host());
        out.println(limitsSaid(limits, fits));
        out.println("Class data: " + state + " (" + ClassDatabase.FILE + ", connections.log, server.log).");
        out.println("Ctrl-C or SIGTERM stops it; every session is saved first.");
        out.flush();
        asked.await();
        stop.run();
        return Exit.OK;
    }

    /**
     * e.g. "At most 3 sessions per student and 300 in all, each drawn at up to 300x100: 270 MiB of heap at most (this
     * JVM has 256 MiB)."; a --max-sessions beyond what the heap holds is said to be so.
     */
    static String limitsSaid(Limits limits, Limits fits) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        String said = "At most " + count(limits.sessionsPerStudent(), "session") + " per student and " + limits.maxSessions()
                + " in all, each drawn at up to " + limits.maxColumns() + "x" + limits.maxRows() + "; " + limits.unauthenticated()
                + " connections waiting to log in (" + limits.unauthenticatedPerAddress() + " from one address).";
        if (limits.maxSessions() > fits.maxSessions()) {
            said += "\nNote: --max-sessions " + limits.maxSessions() + " is more than this JVM's heap (" + mib + " MiB) holds at "
                    + "worst (" + fits.maxSessions() + "); sessions past that may run out of memory.";
        }
        return said;
    }

    /** "2 students", "2 students and 1 teacher". */
    static String rosterSaid(List<ClassDatabase.Student> roster) {
        long teachers = roster.stream().filter(s -> s.role().equals("teacher")).count();
        String students = count(roster.size() - (int) teachers, "student");
        return teachers == 0 ? students : students + " and " + count((int) teachers, "teacher");
    }

    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /**
     * Every screen drawn once, and a whole session over streams, before anyone connects: the first students of a
     * class do not wait for class loading and the JIT.
     */
    private static void rehearse(List<MenuEntry> lessons) throws Exception {
        tutor.tui.App start = tutor.tui.App.start(lessons, new tutor.tui.Settings(false, true), tutor.progress.Progress.empty(),
                null, 80, 24);
        tutor.tui.Screens.rehearse(start);
        tutor.store.LearnerStore nowhere = new tutor.store.LearnerStore() {
            @Override public Loaded load() {
                return new Loaded(tutor.progress.Progress.empty(), null);
            }

            @Override public tutor.progress.Progress save(tutor.progress.Progress mine, List<tutor.store.AnswerRecord> answers) {
                return mine;
            }

            @Override public String where() {
                return "nowhere";
            }
        };
        byte[] keys = "2\r\u001b[C\u001b[C\u001b[Dq".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < 3; i++) {
            tutor.tui.TerminalApp.remote(new java.io.ByteArrayInputStream(keys), java.io.OutputStream.nullOutputStream(), 80, 24,
                    nowhere, t -> "nowhere", Clock.systemUTC()).run(java.util.concurrent.CompletableFuture.completedFuture(start));
        }
    }

    /** Made here, readable by the teacher alone: the database, the host key and the logs are inside. */
    static void ensurePrivate(Path state) throws java.io.IOException {
        if (!Files.isDirectory(state)) {
            Files.createDirectories(state.getParent() == null ? state.toAbsolutePath().getParent() : state.getParent());
            Files.createDirectory(state, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        }
    }
}
