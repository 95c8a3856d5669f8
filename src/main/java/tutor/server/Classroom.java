package tutor.server;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tutor.quiz.Practice;
import tutor.store.LearnerStore;
import tutor.store.sqlite.ClassDatabase;
import tutor.tui.App;
import tutor.tui.MenuEntry;
import tutor.tui.Settings;

/**
 * What every session of the server shares: the class database, the lessons (read and checked once, at start), the
 * connection log and the sessions now open, so the server can stop them all.
 */
final class Classroom {
    private final ClassDatabase db;
    private final List<MenuEntry> lessons;
    private final Clock clock;
    private final ConnectionLog connections;
    private final Set<TutorSession> sessions = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Long, List<MenuEntry>> practice = new ConcurrentHashMap<>();

    private final ClassHub hub;
    private final TutorServer.Gradebook gradebook;

    Classroom(ClassDatabase db, List<MenuEntry> lessons, Clock clock, ConnectionLog connections,
              tutor.teach.StuckRules rules, TutorServer.Gradebook gradebook) {
        this.db = db;
        this.lessons = List.copyOf(lessons);
        this.clock = clock;
        this.connections = connections;
        this.gradebook = gradebook;
        List<tutor.lesson.Lesson> ok = new ArrayList<>();
        for (MenuEntry e : this.lessons) if (e.ok()) ok.add(e.lesson());
        this.hub = new ClassHub(db, ok, clock, rules);
        hub.clearPresence();
    }

    ClassHub hub() {
        return hub;
    }

    TutorServer.Gradebook gradebook() {
        return gradebook;
    }

    /** Whether this roster id is a teacher's (who lands in the class view). */
    boolean isTeacher(String id) {
        try {
            ClassDatabase.Student s = db.student(id);
            return s != null && s.role().equals("teacher");
        } catch (SQLException e) {
            return false;
        }
    }

    /** A session's store: the student's, telling the class view when an answer is in the log. */
    LearnerStore sessionStore(String id) {
        LearnerStore inner = db.storeFor(id);
        return new LearnerStore() {
            @Override public Loaded load() {
                return inner.load();
            }

            @Override public tutor.progress.Progress save(tutor.progress.Progress mine, List<tutor.store.AnswerRecord> answers)
                    throws java.io.IOException {
                tutor.progress.Progress saved = inner.save(mine, answers);
                if (!answers.isEmpty()) hub.recorded(id);
                return saved;
            }

            @Override public String where() {
                return inner.where();
            }
        };
    }

    Clock clock() {
        return clock;
    }

    ConnectionLog connections() {
        return connections;
    }

    ClassDatabase db() {
        return db;
    }

    /** The id as the roster spells it (ids are matched whatever their case). */
    String canonicalId(String username) {
        try {
            ClassDatabase.Student s = db.student(username);
            return s == null ? username : s.id();
        } catch (SQLException e) {
            return username;
        }
    }

    LearnerStore storeFor(String id) {
        return db.storeFor(id);
    }

    /**
     * The menu a student starts from: the lessons, then each on the practice sheet the teacher assigned them, with a
     * greeting by name (so nobody works a session under someone else's id unawares). The login is noted for the
     * gradebook's "never logged in".
     */
    App startingApp(String id, Settings settings, String notice, int columns, int rows) throws SQLException {
        LearnerStore.Loaded loaded = storeFor(id).load();
        List<MenuEntry> menu = new ArrayList<>(lessons);
        ClassDatabase.Student s = db.student(id);
        if (s != null && s.seed() != null) menu.addAll(practice.computeIfAbsent(s.seed(), this::sheets));
        if (s != null) db.loggedIn(s.id());
        StringBuilder said = new StringBuilder(greeting(s, id));
        for (String more : new String[] {notice, loaded.notice()}) if (more != null) said.append(' ').append(more);
        return App.start(menu, settings, loaded.progress(), said.toString(), columns, rows);
    }

    /** "Hello, Ada Lovelace: you are logged in as ada." */
    static String greeting(ClassDatabase.Student s, String id) {
        String name = s == null || s.name().isBlank() ? id : s.name();
        return "Hello, " + name + ": you are logged in as " + id + ".";
    }

    private List<MenuEntry> sheets(long seed) {
        List<MenuEntry> out = new ArrayList<>();
        for (MenuEntry e : lessons) {
            if (!e.ok()) continue;
            try {
                out.add(new MenuEntry(e.file(), Practice.of(e.lesson(), seed), List.of()));
            } catch (RuntimeException noSheet) {
                // a lesson with no workable numbers for this seed keeps only its own
            }
        }
        return List.copyOf(out);
    }

    void joined(TutorSession s) {
        sessions.add(s);
    }

    void left(TutorSession s) {
        sessions.remove(s);
    }

    int open() {
        return sessions.size();
    }

    List<TutorSession> sessions() {
        return List.copyOf(sessions);
    }

    /** Stops every session at once (each saves and tells its student), waiting at most waitMs for all. */
    void stopAll(String farewell, long waitMs) {
        List<Thread> stopping = new ArrayList<>();
        for (TutorSession s : sessions()) {
            Thread t = new Thread(() -> s.stop(farewell, waitMs), "stop-" + s.student());
            t.start();
            stopping.add(t);
        }
        long end = System.nanoTime() + waitMs * 1_000_000 + 1_000_000_000L;
        for (Thread t : stopping) {
            try {
                t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
