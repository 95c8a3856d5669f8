package tutor.store.sqlite;

import java.util.List;

/** The class database's tables, by schema version. A new version adds a list and a step in ClassDatabase.migrate. */
final class Schema {
    private Schema() {}

    static final List<String> VERSION_1 = List.of(
            """
            CREATE TABLE students (
              id TEXT PRIMARY KEY COLLATE NOCASE,
              name TEXT NOT NULL,
              role TEXT NOT NULL DEFAULT 'student',
              code_hash TEXT,
              seed INTEGER,
              created TEXT NOT NULL
            )""",
            """
            CREATE TABLE student_keys (
              student TEXT NOT NULL REFERENCES students(id),
              key TEXT NOT NULL,
              added TEXT NOT NULL,
              PRIMARY KEY (student, key)
            )""",
            // the place each student returns to in each lesson
            """
            CREATE TABLE lessons (
              student TEXT NOT NULL REFERENCES students(id),
              lesson TEXT NOT NULL,
              step INTEGER NOT NULL,
              furthest INTEGER NOT NULL,
              updated TEXT NOT NULL,
              PRIMARY KEY (student, lesson)
            )""",
            // each quiz item's record, as Progress.Item
            """
            CREATE TABLE items (
              student TEXT NOT NULL REFERENCES students(id),
              lesson TEXT NOT NULL,
              item TEXT NOT NULL,
              attempts INTEGER NOT NULL,
              first_try_right INTEGER NOT NULL,
              hints INTEGER NOT NULL,
              revealed INTEGER NOT NULL,
              right INTEGER NOT NULL,
              last TEXT,
              PRIMARY KEY (student, lesson, item)
            )""",
            """
            CREATE TABLE answers (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              student TEXT NOT NULL REFERENCES students(id),
              lesson TEXT NOT NULL,
              seed INTEGER,
              item TEXT NOT NULL,
              time TEXT NOT NULL,
              kind TEXT NOT NULL,
              answer TEXT,
              right INTEGER NOT NULL,
              slip TEXT,
              hints INTEGER NOT NULL,
              revealed INTEGER NOT NULL
            )""",
            "CREATE INDEX answers_by_student ON answers(student, lesson)",
            // the log is a record of what happened: it is only ever added to
            "CREATE TRIGGER answers_no_update BEFORE UPDATE ON answers BEGIN SELECT RAISE(ABORT, 'the answer log is append-only'); END",
            "CREATE TRIGGER answers_no_delete BEFORE DELETE ON answers BEGIN SELECT RAISE(ABORT, 'the answer log is append-only'); END");

    /** Version 2: whether an item's value was seen before it was answered (a right answer then is not scored). */
    static final List<String> VERSION_2 = List.of(
            "ALTER TABLE items ADD COLUMN seen INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE answers ADD COLUMN seen INTEGER NOT NULL DEFAULT 0");

    /**
     * Version 3: the version of the practice draw (Practice.GENERATOR) each practice answer was made on. Answers
     * logged before it keep NULL: the log is append-only, and what they were drawn with was not recorded.
     */
    static final List<String> VERSION_3 = List.of("ALTER TABLE answers ADD COLUMN generator INTEGER");

    /** Version 4: when each student last logged in, so the gradebook tells "never logged in" from "did nothing". */
    static final List<String> VERSION_4 = List.of("ALTER TABLE students ADD COLUMN last_login TEXT");

    /**
     * Version 5: who is connected now and where, one row per open session, written by the server that holds it
     * (its rows are cleared at its start) and read by class watch.
     */
    static final List<String> VERSION_5 = List.of(
            """
            CREATE TABLE presence (
              session TEXT PRIMARY KEY,
              server TEXT NOT NULL,
              student TEXT NOT NULL,
              since TEXT NOT NULL,
              lesson TEXT,
              step INTEGER NOT NULL DEFAULT 0,
              open_item TEXT,
              open_label TEXT,
              last_key TEXT NOT NULL
            )""");
    /** The tables a database at schema 1 has, read from its statements. */
    static List<String> tables(List<String> statements) {
        java.util.regex.Pattern create = java.util.regex.Pattern.compile("CREATE TABLE (\\w+)");
        List<String> names = new java.util.ArrayList<>();
        for (String sql : statements) {
            java.util.regex.Matcher m = create.matcher(sql);
            if (m.find()) names.add(m.group(1));
        }
        return List.copyOf(names);
    }
}
