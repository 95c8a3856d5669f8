package tutor.store.sqlite;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.progress.Progress;
import tutor.store.AnswerRecord;
import tutor.store.LearnerStore;

/**
 * One student's progress and answers in the class database. A save merges over what is stored in one transaction,
 * so a student connected twice at once loses no answer, and appends the answers to the log.
 */
public final class StudentStore implements LearnerStore {
    private final ClassDatabase db;
    private final String student;

    StudentStore(ClassDatabase db, String student) {
        this.db = db;
        this.student = student;
    }

    @Override public Loaded load() {
        try {
            synchronized (db) {
                return new Loaded(read(), null);
            }
        } catch (SQLException e) {
            return new Loaded(Progress.empty(), "Your progress could not be read from the class database (" + e.getMessage()
                    + "); tell your teacher. What you do now is saved.");
        }
    }

    @Override public Progress save(Progress mine, List<AnswerRecord> answers) throws IOException {
        try {
            return db.transaction(() -> {
                Progress stored = read();
                Progress merged = mine.mergedOver(stored);
                write(stored, merged);
                append(answers);
                return merged;
            });
        } catch (SQLException e) {
            throw new IOException("the class database " + db.file() + " refused it (" + e.getMessage() + ")", e);
        }
    }

    @Override public String where() {
        return "the class database";
    }

    private Progress read() throws SQLException {
        Connection c = db.connection();
        Map<String, Map<String, Progress.Item>> items = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT lesson, item, attempts, first_try_right, hints, revealed, "
                + "right, last, seen FROM items WHERE student = ?")) {
            p.setString(1, student);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String last = r.getString(8);
                    items.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>()).put(r.getString(2), new Progress.Item(
                            r.getInt(3), r.getInt(4) != 0, r.getInt(5), r.getInt(6) != 0, r.getInt(7) != 0, r.getInt(9) != 0,
                            last == null ? null : Instant.parse(last)));
                }
            }
        }
        Map<String, Progress.LessonProgress> lessons = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT lesson, step, furthest FROM lessons WHERE student = ? ORDER BY rowid")) {
            p.setString(1, student);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String lesson = r.getString(1);
                    lessons.put(lesson, new Progress.LessonProgress(r.getInt(2), r.getInt(3), items.getOrDefault(lesson, Map.of())));
                }
            }
        }
        for (Map.Entry<String, Map<String, Progress.Item>> e : items.entrySet()) {
            lessons.putIfAbsent(e.getKey(), new Progress.LessonProgress(0, 0, e.getValue()));
        }
        return new Progress(lessons);
    }

    /** Writes only the rows that differ from what is stored. */
    private void write(Progress stored, Progress merged) throws SQLException {
        Connection c = db.connection();
        String now = db.clock.instant().toString();
        for (Map.Entry<String, Progress.LessonProgress> e : merged.lessons().entrySet()) {
            Progress.LessonProgress was = stored.lessons().get(e.getKey());
            Progress.LessonProgress is = e.getValue();
            if (was == null || was.step() != is.step() || was.furthest() != is.furthest()) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO lessons(student, lesson, step, furthest, updated) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT(student, lesson) DO UPDATE SET step = excluded.step, "
                        + "furthest = excluded.furthest, updated = excluded.updated")) {
                    p.setString(1, student);
                    p.setString(2, e.getKey());
                    p.setInt(3, is.step());
                    p.setInt(4, is.furthest());
                    p.setString(5, now);
                    p.executeUpdate();
                }
            }
            for (Map.Entry<String, Progress.Item> i : is.items().entrySet()) {
                Progress.Item old = was == null ? null : was.items().get(i.getKey());
                if (i.getValue().equals(old)) continue;
                Progress.Item it = i.getValue();
                try (PreparedStatement p = c.prepareStatement("INSERT INTO items(student, lesson, item, attempts, "
                        + "first_try_right, hints, revealed, right, last, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(student, lesson, item) DO UPDATE SET attempts = excluded.attempts, "
                        + "first_try_right = excluded.first_try_right, hints = excluded.hints, revealed = excluded.revealed, "
                        + "right = excluded.right, last = excluded.last, seen = excluded.seen")) {
                    p.setString(1, student);
                    p.setString(2, e.getKey());
                    p.setString(3, i.getKey());
                    p.setInt(4, it.attempts());
                    p.setInt(5, it.firstTryRight() ? 1 : 0);
                    p.setInt(6, it.hints());
                    p.setInt(7, it.revealed() ? 1 : 0);
                    p.setInt(8, it.right() ? 1 : 0);
                    p.setString(9, it.last() == null ? null : it.last().toString());
                    p.setInt(10, it.seen() ? 1 : 0);
                    p.executeUpdate();
                }
            }
        }
    }

    private void append(List<AnswerRecord> answers) throws SQLException {
        if (answers.isEmpty()) return;
        try (PreparedStatement p = db.connection().prepareStatement("INSERT INTO answers(student, lesson, seed, item, time, "
                + "kind, answer, right, slip, hints, revealed, seen, generator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AnswerRecord a : answers) {
                p.setString(1, student);
                p.setString(2, a.lesson());
                if (a.seed() == null) p.setNull(3, java.sql.Types.INTEGER);
                else p.setLong(3, a.seed());
                p.setString(4, a.item());
                p.setString(5, a.time().toString());
                p.setString(6, a.kind());
                p.setString(7, a.answer());
                p.setInt(8, a.right() ? 1 : 0);
                p.setString(9, a.slip());
                p.setInt(10, a.hints());
                p.setInt(11, a.revealed() ? 1 : 0);
                p.setInt(12, a.seen() ? 1 : 0);
                if (a.generator() == null) p.setNull(13, java.sql.Types.INTEGER);
                else p.setInt(13, a.generator());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
