package tutor.server;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.store.sqlite.ClassDatabase;
import tutor.teach.ClassSnapshot;
import tutor.teach.StuckRules;
import tutor.tui.App;
import tutor.tui.Msg;
import tutor.tui.Player;
import tutor.tui.TerminalApp;

/**
 * The class as the teacher's view sees it, live: where each connected student is (told by their session after each
 * key), the answer log, and the teachers' views to tell. An answer recorded, a student arriving or leaving marks the
 * figures stale; one thread rebuilds them at once and delivers them to every teacher's loop as a message (several
 * changes while it works make one rebuild). With no teacher connected nothing is rebuilt; while one is, a minute's
 * tick keeps the idle times true. The line to the class and the pause reach every student's loop the same way.
 */
final class ClassHub {
    private static final Logger LOG = LoggerFactory.getLogger(ClassHub.class);

    /** Where one connected student is. Written by their session's thread, read by the hub's. */
    static final class Presence {
        final String session = java.util.UUID.randomUUID().toString();
        final String student;
        final Instant since;
        volatile Instant written; // when the presence row last took a key's time
        volatile String lesson;
        volatile int step;
        volatile String openItem;
        volatile String openLabel;
        volatile Instant lastKey;

        Presence(String student, Instant since) {
            this.student = student;
            this.since = since;
            this.lastKey = since;
            this.written = since;
        }

        ClassDatabase.Presence row() {
            return new ClassDatabase.Presence(session, student, since, lesson, step, openItem, openLabel, lastKey);
        }
    }

    private final ClassDatabase db;
    private final Clock clock;
    private final StuckRules rules;
    private final ClassFigures figures;
    private final String server = java.util.UUID.randomUUID().toString();
    private final Map<TerminalApp, Presence> students = new ConcurrentHashMap<>();
    private final Set<TerminalApp> teachers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker;
    private final AtomicBoolean stale = new AtomicBoolean();
    private volatile boolean paused;
    private volatile ScheduledFuture<?> ticking;

    ClassHub(ClassDatabase db, List<Lesson> lessons, Clock clock, StuckRules rules) {
        this.db = db;
        this.clock = clock;
        this.rules = rules;
        this.figures = new ClassFigures(List.copyOf(lessons));
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "class-view");
            t.setDaemon(true);
            return t;
        });
    }

    void studentJoined(TerminalApp session, String student) {
        Presence p = new Presence(student, clock.instant());
        students.put(session, p);
        write(p, false);
        if (paused) session.deliver(new Msg.ClassPaused(true));
        changed();
    }

    void teacherJoined(TerminalApp session) {
        teachers.add(session);
        synchronized (this) {
            if (ticking == null) ticking = worker.scheduleAtFixedRate(this::changed, 60, 60, TimeUnit.SECONDS);
        }
    }

    void left(TerminalApp session) {
        Presence gone = students.remove(session);
        boolean student = gone != null;
        if (student) write(gone, true);
        teachers.remove(session);
        synchronized (this) {
            if (teachers.isEmpty() && ticking != null) {
                ticking.cancel(false);
                ticking = null;
            }
        }
        if (student) changed();
    }

    /** A student's session reached a new state: where they are now, and whether a key brought them there. */
    void reached(TerminalApp session, App app, boolean key) {
        Presence p = students.get(session);
        if (p == null) return;
        Player player = app.player();
        String lesson = player == null ? null : player.lesson().id();
        int step = player == null ? 0 : player.step();
        String open = null;
        String label = null;
        if (player != null && !player.atEnd() && player.hasOpenQuiz()) {
            open = player.itemKey(player.step(), player.item());
            QuizItem item = player.currentItem();
            label = item instanceof QuizItem.Fill f && player.trace().has(f.key())
                    ? player.lesson().notation(false).render(player.trace().get(f.key()).symbol()) : "choice";
        }
        boolean moved = !java.util.Objects.equals(lesson, p.lesson) || step != p.step || !java.util.Objects.equals(open, p.openItem);
        p.lesson = lesson;
        p.step = step;
        p.openItem = open;
        p.openLabel = label;
        if (key) p.lastKey = clock.instant();
        // the row follows every move, and a key's time at most every 30 seconds (class watch reads minutes)
        if (moved || key && java.time.Duration.between(p.written, p.lastKey).toSeconds() >= 30) {
            p.written = p.lastKey;
            write(p, false);
        }
        if (moved) changed();
    }

    /** An answer (or hint, or reveal) of this student is in the log. */
    void recorded(String student) {
        changed();
    }

    /** The line to every student connected; how many got it. */
    int sendLine(String text) {
        for (TerminalApp s : students.keySet()) s.deliver(new Msg.ClassLine(text));
        return students.size();
    }

    int pause(boolean on) {
        paused = on;
        for (TerminalApp s : students.keySet()) s.deliver(new Msg.ClassPaused(on));
        changed();
        return students.size();
    }

    /** Marks the figures stale; the worker rebuilds them once for however many changes came meanwhile. */
    void changed() {
        if (teachers.isEmpty()) return;
        if (stale.compareAndSet(false, true)) {
            try {
                worker.execute(this::rebuild);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // the server is stopping
            }
        }
    }

    private void rebuild() {
        stale.set(false);
        try {
            ClassSnapshot snap = snapshot();
            for (TerminalApp t : teachers) t.deliver(new Msg.ClassNews(snap));
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the class view's figures could not be rebuilt", e);
        }
    }

    /** The class now: the roster with where each student is, and the summary of the answer log. */
    ClassSnapshot snapshot() throws SQLException {
        List<ClassDatabase.Presence> connected = new ArrayList<>();
        for (Presence p : students.values()) connected.add(p.row());
        return figures.snapshot(db, connected, paused, rules, clock.instant());
    }

    /** Keeps the presence table as the sessions are (for class watch), on the hub's thread, off the keys' path. */
    private void write(Presence p, boolean gone) {
        try {
            worker.execute(() -> {
                try {
                    if (gone) db.absent(p.session);
                    else db.present(server, p.row());
                } catch (SQLException e) {
                    LOG.warn("the presence of {} could not be written", p.student, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the server is stopping: its rows go with it
        }
    }

    /** At the start: no session is open yet, whatever an earlier run left in the table. */
    void clearPresence() {
        try {
            db.clearPresence();
        } catch (SQLException e) {
            LOG.warn("the presence table could not be cleared", e);
        }
    }

    void close() {
        worker.shutdownNow();
        try {
            db.absentAll(server);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("the presence rows could not be cleared at the stop", e);
        }
    }
}
