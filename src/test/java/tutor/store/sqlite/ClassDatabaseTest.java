package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.progress.Progress;
import tutor.store.AnswerRecord;

/**
 * The class database: a versioned schema from the first day, an answer log that is only ever added to, no commit
 * lost to a kill -9, and a file that is not ours, is damaged or is newer refused with a clear message and never
 * written to.
 */
class ClassDatabaseTest {
    @TempDir Path dir;

    static final ClassDatabase.Student ADA = new ClassDatabase.Student("ada", "Ada Lovelace", "student", null, null);

    @Test
    void aNewDatabaseHasItsSchemaVersionAndIsTheOwnersAlone() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            db.enrol(List.of(ADA));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            assertEquals(ClassDatabase.SCHEMA, s.executeQuery("PRAGMA user_version").getInt(1));
            assertEquals(ClassDatabase.APPLICATION_ID, s.executeQuery("PRAGMA application_id").getInt(1));
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("class.db"))));
    }

    @Test
    void theAnswerLogIsAppendOnly() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            db.enrol(List.of(ADA));
            db.storeFor("ada").save(Progress.empty(), List.of(new AnswerRecord("tiny", 12L, "fill:0:a:h",
                    Instant.parse("2026-02-01T10:00:00Z"), "answer", "0.75", true, null, 1, false, false)));
            assertEquals(1, db.answers());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("UPDATE answers SET right = 0"));
            assertTrue(e.getMessage().contains("the answer log is append-only"), e.getMessage());
            assertThrows(SQLException.class, () -> s.execute("DELETE FROM answers"));
            var r = s.executeQuery("SELECT student, lesson, seed, item, time, kind, answer, right, hints FROM answers");
            assertEquals("ada tiny 12 fill:0:a:h 2026-02-01T10:00:00Z answer 0.75 1 1", r.getString(1) + " " + r.getString(2) + " "
                    + r.getLong(3) + " " + r.getString(4) + " " + r.getString(5) + " " + r.getString(6) + " " + r.getString(7)
                    + " " + r.getInt(8) + " " + r.getInt(9));
        }
    }

    @Test
    void idsAreMatchedWhateverTheirCase() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            db.enrol(List.of(ADA));
            assertEquals("ada", db.student("ADA").id());
        }
    }

    /** Opens and expects a refusal whose message has the words, and the file byte for byte as it was. */
    private void refusedUntouched(String words) throws Exception {
        Path file = dir.resolve("class.db");
        byte[] before = Files.readAllBytes(file);
        ClassDatabase.Refused e = assertThrows(ClassDatabase.Refused.class, () -> ClassDatabase.open(dir, Clock.systemUTC()));
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("left exactly as it is"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "never written to");
        assertTrue(!Files.exists(dir.resolve("class.db-wal")) || Files.size(dir.resolve("class.db-wal")) == 0);
    }

    @Test
    void garbageIsRefusedAndNeverOverwritten() throws Exception {
        byte[] junk = new byte[8192];
        new java.util.Random(7).nextBytes(junk);
        Files.write(dir.resolve("class.db"), junk);
        refusedUntouched("is not a database this tutor can read");
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO photos(name) VALUES ('cat.jpg')");
        }
        refusedUntouched("is not a backprop-tutor class database");
    }

    @Test
    void aVersionOneDatabaseIsUpgradedWithNothingLost() throws Exception {
        // a database as the first release made it: its tables, a student, an item and an answer
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            for (String sql : Schema.VERSION_1) s.execute(sql);
            s.execute("PRAGMA application_id = " + ClassDatabase.APPLICATION_ID);
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO students(id, name, role, created) VALUES ('ada', 'Ada Lovelace', 'student', '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO lessons VALUES ('ada', 'tiny', 3, 5, '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO items VALUES ('ada', 'tiny', 'fill:0:a:h', 2, 0, 1, 0, 1, '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO answers(student, lesson, seed, item, time, kind, answer, right, slip, hints, revealed) "
                    + "VALUES ('ada', 'tiny', NULL, 'fill:0:a:h', '2026-01-01T00:00:00Z', 'answer', '0.75', 1, NULL, 1, 0)");
        }
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            Progress p = db.storeFor("ada").load().progress();
            assertEquals(3, p.lesson("tiny").step());
            assertEquals(5, p.lesson("tiny").furthest());
            Progress.Item item = p.lesson("tiny").item("fill:0:a:h");
            assertEquals(new Progress.Item(2, false, 1, false, true, false, Instant.parse("2026-01-01T00:00:00Z")), item);
            assertEquals(1, db.answers());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            assertEquals(ClassDatabase.SCHEMA, s.executeQuery("PRAGMA user_version").getInt(1));
            assertEquals(0, s.executeQuery("SELECT seen FROM answers").getInt(1));
        }
    }

    @Test
    void aVersionTwoDatabaseIsUpgradedWithNothingLost() throws Exception {
        // a database as schema 2 left it: a student with a practice seed, a place, a seen item and two answers
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            for (String sql : Schema.VERSION_1) s.execute(sql);
            for (String sql : Schema.VERSION_2) s.execute(sql);
            s.execute("PRAGMA application_id = " + ClassDatabase.APPLICATION_ID);
            s.execute("PRAGMA user_version = 2");
            s.execute("INSERT INTO students(id, name, role, seed, created) VALUES ('ada', 'Ada Lovelace', 'student', 4711, '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO lessons VALUES ('ada', 'tiny-practice-4711', 2, 4, '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO items VALUES ('ada', 'tiny-practice-4711', 'fill:1:a:h', 1, 1, 0, 0, 1, '2026-01-01T00:00:00Z', 1)");
            s.execute("INSERT INTO answers(student, lesson, seed, item, time, kind, answer, right, slip, hints, revealed, seen) "
                    + "VALUES ('ada', 'tiny-practice-4711', 4711, 'fill:1:a:h', '2026-01-01T00:00:00Z', 'answer', '0.61', 1, NULL, 0, 0, 1)");
            s.execute("INSERT INTO answers(student, lesson, seed, item, time, kind, answer, right, slip, hints, revealed, seen) "
                    + "VALUES ('ada', 'tiny', NULL, 'fill:0:a:h', '2026-01-01T00:01:00Z', 'answer', '1.1', 0, 'Not yet.', 1, 0, 0)");
        }
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            assertEquals(4711L, db.student("ada").seed());
            Progress p = db.storeFor("ada").load().progress();
            assertEquals(2, p.lesson("tiny-practice-4711").step());
            assertEquals(4, p.lesson("tiny-practice-4711").furthest());
            assertEquals(new Progress.Item(1, true, 0, false, true, true, Instant.parse("2026-01-01T00:00:00Z")),
                    p.lesson("tiny-practice-4711").item("fill:1:a:h"));
            assertEquals(2, db.answers());
            // a practice answer made now records the generator it was drawn with
            db.storeFor("ada").save(p, List.of(new AnswerRecord("tiny-practice-4711", 4711L, "fill:2:a:o",
                    Instant.parse("2026-02-01T10:00:00Z"), "answer", "0.5", false, null, 0, false, false)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            assertEquals(ClassDatabase.SCHEMA, s.executeQuery("PRAGMA user_version").getInt(1));
            var r = s.executeQuery("SELECT lesson, seed, item, answer, right, slip, hints, seen, generator FROM answers ORDER BY id");
            StringBuilder rows = new StringBuilder();
            while (r.next()) {
                for (int i = 1; i <= 9; i++) rows.append(r.getString(i)).append(i < 9 ? "|" : "\n");
            }
            assertEquals("tiny-practice-4711|4711|fill:1:a:h|0.61|1|null|0|1|null\n"
                    + "tiny|null|fill:0:a:h|1.1|0|Not yet.|1|0|null\n"
                    + "tiny-practice-4711|4711|fill:2:a:o|0.5|0|null|0|0|" + tutor.quiz.Practice.GENERATOR + "\n", rows.toString(),
                    "the answers logged before keep every field (and no generator, which was not recorded); a new one has it");
            SQLException e = assertThrows(SQLException.class, () -> s.execute("UPDATE answers SET generator = 1"));
            assertTrue(e.getMessage().contains("append-only"), "the log stays append-only after the upgrade");
        }
    }

    @Test
    void aSeenItemAndItsAnswerAreKept() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            db.enrol(List.of(ADA));
            Progress.Item seen = Progress.Item.NEW.seenOpen().answered(true);
            Progress p = Progress.empty().with("tiny", Progress.LessonProgress.NEW.withItem("fill:0:a:h", seen));
            db.storeFor("ada").save(p, List.of(new AnswerRecord("tiny", null, "fill:0:a:h",
                    Instant.parse("2026-02-01T10:00:00Z"), "answer", "0.75", true, null, 0, false, true)));
            Progress back = db.storeFor("ada").load().progress();
            assertTrue(back.lesson("tiny").item("fill:0:a:h").seen());
            assertEquals(0, back.lesson("tiny").score());
            assertEquals(1, back.lesson("tiny").tally().seen());
            assertEquals(0, back.lesson("tiny").tally().firstTime());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            assertEquals(1, s.executeQuery("SELECT seen FROM answers").getInt(1));
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndNeverOverwritten() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            db.enrol(List.of(ADA));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (ClassDatabase.SCHEMA + 1));
        }
        refusedUntouched("was written by a newer version of the tutor (schema " + (ClassDatabase.SCHEMA + 1));
    }

    @Test
    void aDatabaseMissingItsTablesIsRefusedWithTheirNames() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            db.enrol(List.of(ADA));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("class.db")); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("DROP TABLE answers");
            s.execute("DROP TABLE items");
        }
        refusedUntouched("lacks the tables items, answers that its version (schema " + ClassDatabase.SCHEMA + ") has: it was "
                + "damaged or changed by hand");
    }

    @Test
    void aDamagedDatabaseIsRefusedAndNeverOverwritten() throws Exception {
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) {
            db.enrol(List.of(ADA));
            Progress p = Progress.empty();
            for (int i = 0; i < 300; i++) p = p.with("lesson" + i, Progress.LessonProgress.NEW.atStep(i % 9).withItem("k" + i, Progress.Item.NEW.answered(true)));
            db.storeFor("ada").save(p, List.of());
        }
        Path file = dir.resolve("class.db");
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 4 * 4096, "several pages: " + bytes.length);
        for (int i = 2 * 4096 + 100; i < 3 * 4096; i++) bytes[i] = (byte) 0xA5; // a page of the tables, scrambled
        Files.write(file, bytes);
        refusedUntouched("is damaged");
    }

    @Test
    void noCommitIsLostToAKill9DuringWrites() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillWriter.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        long committed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.startsWith("committed ")) continue;
                committed = Long.parseLong(line.substring(10));
                if (committed >= 150) break;
            }
            writer.destroyForcibly(); // SIGKILL, mid-write: the writer never stops between saves
            assertTrue(writer.waitFor(20, TimeUnit.SECONDS));
        }
        assertTrue(committed >= 150, "the writer got going: " + committed);
        try (ClassDatabase db = ClassDatabase.open(dir, Clock.systemUTC())) { // passes SQLite's check
            long answers = db.answers();
            assertTrue(answers >= committed, answers + " answers in the log after " + committed + " commits");
            Progress p = db.storeFor("ada").load().progress();
            assertTrue(p.lesson("tiny").items().size() >= committed, "every committed item is there");
            for (long i = 0; i < committed; i++) assertTrue(p.lesson("tiny").item("fill:" + i).right(), "item " + i);
        }
    }

    /** The process killed above: saves an answer at a time, as fast as it can, saying after each commit. */
    public static final class KillWriter {
        public static void main(String[] args) throws Exception {
            try (ClassDatabase db = ClassDatabase.open(Path.of(args[0]), Clock.systemUTC())) {
                db.enrol(List.of(ADA));
                var store = db.storeFor("ada");
                Progress p = Progress.empty();
                for (long i = 0; ; i++) {
                    p = p.with("tiny", p.lesson("tiny").atStep((int) (i % 9)).withItem("fill:" + i, Progress.Item.NEW.answered(true)));
                    store.save(p, List.of(new AnswerRecord("tiny", null, "fill:" + i, Instant.now(), "answer", "1", true, null, 0, false, false)));
                    System.out.println("committed " + (i + 1));
                }
            }
        }
    }
}
