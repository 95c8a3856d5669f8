package tutor.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The class's database: one SQLite file in the server's state directory with the roster, each student's login
 * (a code's salted hash, the public keys recorded), practice seed, progress, and the append-only answer log.
 *
 * <p>One connection serves the whole server; every use holds its lock (SQLite writes one transaction at a time
 * anyway, and a lab's load is small). WAL mode, so the teacher's report from another process reads while students
 * write. A file that is not this tutor's database, is damaged, or was written by a newer version is refused with a
 * clear message and left exactly as it was: nothing is written before those checks pass.
 */
public final class ClassDatabase implements AutoCloseable {
    /** The schema's version, kept in SQLite's user_version; raised by each migration. */
    public static final int SCHEMA = 5;
    /** Marks the file as this tutor's (SQLite's application_id): "BPTU". */
    static final int APPLICATION_ID = 0x42505455;
    public static final String FILE = "class.db";

    private final Connection db;
    private final Path file;
    final Clock clock;

    /** The database cannot be used; the message says which file, why, and what to do. */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** A student on the roster. */
    public record Student(String id, String name, String role, String codeHash, Long seed) {}

    private ClassDatabase(Connection db, Path file, Clock clock) {
        this.db = db;
        this.file = file;
        this.clock = clock;
    }

    /**
     * Opens (or creates) the database in the state directory, after pointing sqlite-jdbc's native library there
     * (a lab server often mounts /tmp noexec).
     */
    public static ClassDatabase open(Path stateDir, Clock clock) throws IOException {
        privateFolder(stateDir);
        Path nativeDir = stateDir.resolve("native");
        privateFolder(nativeDir);
        System.setProperty("org.sqlite.tmpdir", nativeDir.toAbsolutePath().toString());
        Path file = stateDir.resolve(FILE).toAbsolutePath();
        boolean existed = Files.exists(file);
        if (existed && !Files.isRegularFile(file)) throw refused(file, "is not a regular file");
        if (!existed) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new Refused("The class database " + file + " could not be opened: " + e.getMessage());
        }
        try {
            check(c, file, existed && Files.size(file) > 0);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL"); // in WAL mode a crash of the process loses no commit
                s.execute("PRAGMA foreign_keys = ON");
            }
            ClassDatabase opened = new ClassDatabase(c, file, clock);
            opened.migrate();
            ownerOnly(nativeDir); // the library sqlite-jdbc has just unpacked there, as the umask made it
            return opened;
        } catch (SQLException e) {
            close(c);
            throw new Refused("The class database " + file + " could not be used: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /** Made readable by its owner alone (rwx------) when it is made here; one that exists is left as it is. */
    private static void privateFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /**
     * The native folder and what sqlite-jdbc unpacked into it (as the umask said, often 755 and 644) readable by the
     * owner alone: the server's own files, which nobody else needs to read.
     */
    private static void ownerOnly(Path nativeDir) {
        try (var files = Files.list(nativeDir)) {
            Files.setPosixFilePermissions(nativeDir, PosixFilePermissions.fromString("rwx------"));
            for (Path f : files.toList()) {
                Set<PosixFilePermission> mine = Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS);
                mine.removeIf(p -> p != PosixFilePermission.OWNER_READ && p != PosixFilePermission.OWNER_WRITE
                        && p != PosixFilePermission.OWNER_EXECUTE);
                Files.setPosixFilePermissions(f, mine);
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // another user's file there, or no POSIX permissions: the state folder is still the owner's alone
        }
    }

    /** Reads only: whose file it is, its version, and whether SQLite finds it whole. */
    private static void check(Connection c, Path file, boolean existing) throws SQLException, Refused {
        if (!existing) return;
        int app;
        int version;
        try (Statement s = c.createStatement()) {
            app = intOf(s, "PRAGMA application_id");
            version = intOf(s, "PRAGMA user_version");
        } catch (SQLException e) {
            throw refused(file, "is not a database this tutor can read (" + e.getMessage() + ")");
        }
        if (app != APPLICATION_ID && !(app == 0 && version == 0 && empty(c))) {
            throw refused(file, "is not a backprop-tutor class database");
        }
        if (version > SCHEMA) {
            throw refused(file, "was written by a newer version of the tutor (schema " + version + "; this one knows "
                    + SCHEMA + "). Run that version, or restore a backup made before it");
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String verdict = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(verdict)) throw refused(file, "is damaged (SQLite's check says: " + verdict + ")");
        } catch (SQLException e) {
            throw refused(file, "is damaged (" + e.getMessage() + ")");
        }
        if (version >= 1) {
            List<String> missing = new java.util.ArrayList<>(Schema.tables(Schema.VERSION_1));
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (r.next()) missing.remove(r.getString(1));
            }
            if (!missing.isEmpty()) {
                throw refused(file, "lacks " + (missing.size() == 1 ? "the table " : "the tables ") + String.join(", ", missing)
                        + " that its version (schema " + version + ") has: it was damaged or changed by hand");
            }
        }
    }

    private static boolean empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return r.next() && r.getInt(1) == 0;
        }
    }

    private static Refused refused(Path file, String why) {
        return new Refused("The class database " + file + " " + why + ". It was left exactly as it is; move it aside to "
                + "start a new one, or put back a backup.");
    }

    private static int intOf(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Brings the schema up to SCHEMA, one version at a time, each step in its own transaction. */
    private void migrate() throws SQLException {
        int version;
        try (Statement s = db.createStatement()) {
            version = intOf(s, "PRAGMA user_version");
        }
        if (version < 1) {
            transaction(() -> {
                try (Statement s = db.createStatement()) {
                    for (String sql : Schema.VERSION_1) s.execute(sql);
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = 1");
                }
                return null;
            });
        }
        if (version < 2) {
            transaction(() -> {
                try (Statement s = db.createStatement()) {
                    for (String sql : Schema.VERSION_2) s.execute(sql);
                    s.execute("PRAGMA user_version = 2");
                }
                return null;
            });
        }
        if (version < 3) {
            transaction(() -> {
                try (Statement s = db.createStatement()) {
                    for (String sql : Schema.VERSION_3) s.execute(sql);
                    s.execute("PRAGMA user_version = 3");
                }
                return null;
            });
        }
        if (version < 4) {
            transaction(() -> {
                try (Statement s = db.createStatement()) {
                    for (String sql : Schema.VERSION_4) s.execute(sql);
                    s.execute("PRAGMA user_version = 4");
                }
                return null;
            });
        }
        if (version < 5) {
            transaction(() -> {
                try (Statement s = db.createStatement()) {
                    for (String sql : Schema.VERSION_5) s.execute(sql);
                    s.execute("PRAGMA user_version = 5");
                }
                return null;
            });
        }
    }

    public Path file() {
        return file;
    }

    // ---- the roster ----------------------------------------------------------------------------

    /** Adds the students of a roster, or updates their names and roles; returns how many were new. */
    public synchronized int enrol(List<Student> roster) throws SQLException {
        return transaction(() -> {
            int added = 0;
            for (Student s : roster) {
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT INTO students(id, name, role, created) VALUES (?, ?, ?, ?) "
                                + "ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role")) {
                    boolean known = student(s.id()) != null;
                    p.setString(1, s.id());
                    p.setString(2, s.name());
                    p.setString(3, s.role());
                    p.setString(4, clock.instant().toString());
                    p.executeUpdate();
                    if (!known) added++;
                }
            }
            return added;
        });
    }

    public synchronized Student student(String id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT id, name, role, code_hash, seed FROM students WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? studentOf(r) : null;
            }
        }
    }

    public synchronized List<Student> students() throws SQLException {
        List<Student> out = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id, name, role, code_hash, seed FROM students ORDER BY id")) {
            while (r.next()) out.add(studentOf(r));
        }
        return out;
    }

    private static Student studentOf(ResultSet r) throws SQLException {
        long seed = r.getLong(5);
        Long known = r.wasNull() ? null : seed; // asked at once: wasNull is about the last column read
        return new Student(r.getString(1), r.getString(2), r.getString(3), r.getString(4), known);
    }

    /** A new one-time code's hash for a student (null: no code, only recorded keys let them in). */
    public synchronized void setCode(String id, String hash) throws SQLException {
        update("UPDATE students SET code_hash = ? WHERE id = ?", hash, id);
    }

    public synchronized void setSeed(String id, long seed) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE students SET seed = ? WHERE id = ?")) {
            p.setLong(1, seed);
            p.setString(2, id);
            p.executeUpdate();
        }
    }

    /** The public keys recorded for a student, each as an OpenSSH public-key line. */
    public synchronized List<String> keys(String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT key FROM student_keys WHERE student = ? ORDER BY added")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Records keys and uses up the code, in one transaction: from now on the keys let the student in. */
    public synchronized void recordKeys(String id, List<String> keys) throws SQLException {
        transaction(() -> {
            for (String k : keys) {
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT OR IGNORE INTO student_keys(student, key, added) VALUES (?, ?, ?)")) {
                    p.setString(1, id);
                    p.setString(2, k);
                    p.setString(3, clock.instant().toString());
                    p.executeUpdate();
                }
            }
            if (!keys.isEmpty()) update("UPDATE students SET code_hash = NULL WHERE id = ?", id);
            return null;
        });
    }

    /** Notes that a student has just logged in (a session began), for the gradebook's "never logged in". */
    public synchronized void loggedIn(String id) throws SQLException {
        update("UPDATE students SET last_login = ? WHERE id = ?", clock.instant().toString(), id);
    }

    /** When each student last logged in, as ISO-8601 text; a student who never did is not in the map. */
    public synchronized java.util.Map<String, String> lastLogins() throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id, last_login FROM students WHERE last_login IS NOT NULL")) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        }
        return out;
    }

    /**
     * When each student last did anything in each lesson (moved, answered, took a hint), as ISO-8601 text, keyed
     * "student lesson" (a space between).
     */
    public synchronized java.util.Map<String, String> lastActive() throws SQLException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT student, lesson, max(t) FROM (SELECT student, lesson, updated AS t FROM lessons "
                        + "UNION ALL SELECT student, lesson, last AS t FROM items WHERE last IS NOT NULL) GROUP BY student, lesson")) {
            while (r.next()) out.put(r.getString(1) + " " + r.getString(2), r.getString(3));
        }
        return out;
    }

    /** The students who have ever logged in: a key recorded, or anything saved. */
    public synchronized Set<String> everLoggedIn() throws SQLException {
        Set<String> out = new java.util.HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT student FROM student_keys UNION "
                + "SELECT student FROM lessons UNION SELECT student FROM items UNION SELECT student FROM answers")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    /** Where a student last was: the lesson they moved in last, and its step. */
    public record Place(String lesson, int step) {}

    public synchronized java.util.Map<String, Place> lastPlaces() throws SQLException {
        java.util.Map<String, Place> out = new java.util.HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT student, lesson, step FROM lessons ORDER BY updated")) {
            while (r.next()) out.put(r.getString(1), new Place(r.getString(2), r.getInt(3)));
        }
        return out;
    }

    /** One open session as the presence table keeps it. */
    public record Presence(String session, String student, java.time.Instant since, String lesson, int step, String openItem,
                           String openLabel, java.time.Instant lastKey) {}

    /** This session is open, or has moved (written whole: a row per session, replaced). */
    public synchronized void present(String server, Presence p) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO presence(session, server, student, since, lesson, step, "
                + "open_item, open_label, last_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(session) DO UPDATE SET "
                + "lesson = excluded.lesson, step = excluded.step, open_item = excluded.open_item, "
                + "open_label = excluded.open_label, last_key = excluded.last_key")) {
            s.setString(1, p.session());
            s.setString(2, server);
            s.setString(3, p.student());
            s.setString(4, p.since().toString());
            s.setString(5, p.lesson());
            s.setInt(6, p.step());
            s.setString(7, p.openItem());
            s.setString(8, p.openLabel());
            s.setString(9, p.lastKey().toString());
            s.executeUpdate();
        }
    }

    public synchronized void absent(String session) throws SQLException {
        update("DELETE FROM presence WHERE session = ?", session);
    }

    /** A server's rows, all at once, at its stop. */
    public synchronized void absentAll(String server) throws SQLException {
        update("DELETE FROM presence WHERE server = ?", server);
    }

    /** Every row: at a server's start, what a server that died left behind is not true any more (one server a class). */
    public synchronized void clearPresence() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM presence");
        }
    }

    public synchronized List<Presence> presence() throws SQLException {
        List<Presence> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT session, student, since, lesson, step, "
                + "open_item, open_label, last_key FROM presence")) {
            while (r.next()) {
                out.add(new Presence(r.getString(1), r.getString(2), java.time.Instant.parse(r.getString(3)), r.getString(4),
                        r.getInt(5), r.getString(6), r.getString(7), java.time.Instant.parse(r.getString(8))));
            }
        }
        return out;
    }

    /** SQLite's count of commits made by other connections (it changes when another process writes). */
    public synchronized long dataVersion() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA data_version")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The whole answer log, oldest first, each line with its student. */
    public synchronized List<tutor.store.LoggedAnswer> answerLog() throws SQLException {
        List<tutor.store.LoggedAnswer> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT student, lesson, seed, item, time, kind, "
                + "answer, right, slip, hints, revealed, seen FROM answers ORDER BY id")) {
            while (r.next()) {
                long seed = r.getLong(3);
                Long seedOrNull = r.wasNull() ? null : seed;
                out.add(new tutor.store.LoggedAnswer(r.getString(1), new tutor.store.AnswerRecord(r.getString(2), seedOrNull,
                        r.getString(4), java.time.Instant.parse(r.getString(5)), r.getString(6), r.getString(7), r.getInt(8) != 0,
                        r.getString(9), r.getInt(10), r.getInt(11) != 0, r.getInt(12) != 0)));
            }
        }
        return out;
    }

    /** A consistent copy of the whole database into a new file, while students keep writing (VACUUM INTO). */
    public synchronized void backup(Path target) throws SQLException, IOException {
        if (Files.exists(target)) throw new IOException(target + " exists already: name a new file for the backup");
        try (PreparedStatement p = db.prepareStatement("VACUUM INTO ?")) {
            p.setString(1, target.toAbsolutePath().toString());
            p.execute();
        }
    }

    /** How many lines the answer log has (for a teacher's check, and tests). */
    public synchronized long answers() throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM answers")) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** One student's progress and answers, behind the store interface the session loop uses. */
    public StudentStore storeFor(String id) {
        return new StudentStore(this, id);
    }

    // ---- plumbing ------------------------------------------------------------------------------

    interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs work in one transaction under the database's lock; rolls back on any failure. */
    synchronized <T> T transaction(Work<T> work) throws SQLException {
        boolean outer = db.getAutoCommit();
        if (!outer) return work.run();
        db.setAutoCommit(false);
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the original error says why
            }
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    Connection connection() {
        return db;
    }

    private void update(String sql, String... values) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) p.setString(i + 1, values[i]);
            p.executeUpdate();
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a refusal: nothing was written
        }
    }

    @Override public synchronized void close() {
        close(db);
    }
}
