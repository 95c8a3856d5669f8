package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.progress.Progress;
import tutor.server.Codes;
import tutor.store.sqlite.ClassDatabase;

/** The teacher's commands: codes (shown once, kept as hashes), practice sheets, the gradebook. */
class ClassCommandTest {
    @TempDir Path dir;

    ProgressAndPracticeCommandTest.Run run(String... args) throws Exception {
        return ProgressAndPracticeCommandTest.run("", args);
    }

    Path roster() throws Exception {
        Path r = dir.resolve("class.csv");
        Files.writeString(r, "id,name,role\nada,Ada Lovelace\nalan,\"Turing, Alan\"\nmiss,Ms Teacher,teacher\n");
        return r;
    }

    @Test
    void codesAreShownOnceAndOnlyTheirHashesKept() throws Exception {
        Path state = dir.resolve("state");
        ProgressAndPracticeCommandTest.Run r = run("class", "codes", "--roster", roster().toString(), "--state", state.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("id,name,code", lines[0]);
        assertTrue(lines[1].matches("ada,Ada Lovelace,[A-Z2-9]{4}-[A-Z2-9]{4}"), lines[1]);
        assertTrue(lines[2].matches("alan,\"Turing, Alan\",[A-Z2-9]{4}-[A-Z2-9]{4}"), lines[2]);
        assertEquals(4, lines.length);
        String code = lines[1].substring(lines[1].lastIndexOf(',') + 1);
        assertTrue(r.err().contains("They are shown only now"), r.err());
        assertFalse(new String(Files.readAllBytes(state.resolve("class.db")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(code.replace("-", "")), "the code is nowhere in the database");
        try (ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC())) {
            assertTrue(Codes.matches(code, db.student("ada").codeHash()));
        }
        ProgressAndPracticeCommandTest.Run again = run("class", "codes", "alan", "--state", state.toString());
        assertEquals(2, again.out().split("\n").length, "one student by id: " + again.out());
        Args.UsageException nobody = org.junit.jupiter.api.Assertions.assertThrows(Args.UsageException.class,
                () -> run("class", "codes", "zed", "--state", state.toString()));
        assertEquals("\"zed\" is not on the roster", nobody.getMessage());
    }

    @Test
    void sheetsGiveEachStudentTheirOwnSeedAndKeepIt() throws Exception {
        Path state = dir.resolve("state");
        ProgressAndPracticeCommandTest.Run first = run("class", "sheets", "--roster", roster().toString(), "--state", state.toString());
        assertEquals(0, first.exit(), first.err());
        String[] lines = first.out().split("\n");
        assertEquals("id,name,seed", lines[0]);
        String ada = lines[1].substring(lines[1].lastIndexOf(',') + 1);
        String alan = lines[2].substring(lines[2].lastIndexOf(',') + 1);
        assertFalse(ada.equals(alan), "each their own numbers");
        ProgressAndPracticeCommandTest.Run second = run("class", "sheets", "--roster", roster().toString(), "--state", state.toString());
        assertEquals(first.out(), second.out(), "a second run hands out the same sheets");
    }

    @Test
    void theGradebookHasARowPerStudentAndLesson() throws Exception {
        Path state = dir.resolve("state");
        run("class", "codes", "--roster", roster().toString(), "--state", state.toString());
        Instant t = Instant.parse("2026-04-01T10:20:30Z");
        try (ClassDatabase db = ClassDatabase.open(state, Clock.fixed(t, java.time.ZoneOffset.UTC))) {
            db.storeFor("ada").save(Progress.empty().with("tiny", Progress.LessonProgress.NEW.atStep(4)
                    .withItem("fill:0:a:h", Progress.Item.NEW.answered(true).at(t))
                    .withItem("fill:0:loss", Progress.Item.NEW.answered(false).hinted().answered(true).at(t))
                    .withItem("fill:0:z:o", Progress.Item.NEW.hinted().hinted().shown().at(t)))
                    .with("tiny-practice-77", Progress.LessonProgress.NEW.atStep(2)
                    .withItem("fill:0:a:h", Progress.Item.NEW.answered(true).at(t))), List.of());
        }
        ProgressAndPracticeCommandTest.Run csv = run("class", "report", "--csv", "--long", "--state", state.toString());
        assertEquals(0, csv.exit(), csv.err());
        String[] lines = csv.out().split("\n");
        // --long keeps the columns of the row per student and lesson as they were, and adds its new ones after them.
        assertEquals("id,name,lesson,steps_reached,steps,right_first_time,right_after_hints,revealed,score,questions,last_active,"
                + "answered,seen,wrong_tries,hints,status", lines[0]);
        assertEquals("ada,Ada Lovelace,tiny,5,9,1,1,1,2,9,2026-04-01T10:20:30Z,3,0,1,3,active", lines[1]);
        assertEquals("ada,Ada Lovelace,tiny-practice-77,3,9,1,0,0,1,9,2026-04-01T10:20:30Z,1,0,0,0,active", lines[6]);
        assertEquals("alan,\"Turing, Alan\",tiny,,9,,,,,9,,,,,,never logged in", lines[7], "blank, not 0");
        assertEquals(12, lines.length, "two students (not the teacher) by five lessons, and ada's practice sheet");
        ProgressAndPracticeCommandTest.Run table = run("class", "report", "--state", state.toString());
        assertTrue(table.out().contains("\nada         1/9   -     -     -     -     1/9   -"), table.out());
        assertTrue(table.out().contains("\nalan        Turing, Alan            -      -     -  never logged in\n"), table.out());
    }

    @Test
    void aBackupIsAWholeDatabaseOfItsOwn() throws Exception {
        Path state = dir.resolve("state");
        run("class", "codes", "--roster", roster().toString(), "--state", state.toString());
        Path copy = dir.resolve("copy.db");
        ProgressAndPracticeCommandTest.Run r = run("class", "backup", copy.toString(), "--state", state.toString());
        assertEquals(0, r.exit(), r.err());
        try (ClassDatabase db = ClassDatabase.open(dir.resolve("restored"), Clock.systemUTC())) {
            assertEquals(0, db.students().size());
        }
        Files.createDirectories(dir.resolve("from-copy"));
        Files.copy(copy, dir.resolve("from-copy/class.db"));
        try (ClassDatabase db = ClassDatabase.open(dir.resolve("from-copy"), Clock.systemUTC())) {
            assertEquals(3, db.students().size());
        }
        assertEquals(1, run("class", "backup", copy.toString(), "--state", state.toString()).exit(), "never over a file");
    }

    @Test
    void readingAClassWhereThereIsNoneSaysWhereItLookedAndMakesNothing() throws Exception {
        Path own = dir.resolve("own-state"); // what ~/.local/state/backprop-tutor is in this test
        System.setProperty("tutor.state", own.toString());
        try {
            String said = "tutor: there is no class database in " + own.resolve("server") + " (no class.db there). serve and "
                    + "class take the same --state DIR; the default is " + own.resolve("server") + ". A class starts with "
                    + "./tutor class codes --roster class.csv.\n";
            for (List<String> reading : List.of(List.of("report"), List.of("report", "--csv"), List.of("codes", "ada"),
                    List.of("sheets", "ada"), List.of("backup", dir.resolve("copy.db").toString()))) {
                List<String> args = new java.util.ArrayList<>(List.of("class"));
                args.addAll(reading);
                ProgressAndPracticeCommandTest.Run r = run(args.toArray(String[]::new));
                assertEquals(new ProgressAndPracticeCommandTest.Run(Exit.USAGE, "", said), r, "class " + reading);
            }
            assertFalse(Files.exists(own), "no folder, no database made");
            Path elsewhere = dir.resolve("elsewhere");
            ProgressAndPracticeCommandTest.Run r = run("class", "report", "--state", elsewhere.toString());
            assertEquals(Exit.USAGE, r.exit());
            assertEquals("tutor: there is no class database in " + elsewhere + " (no class.db there). serve and class take "
                    + "the same --state DIR; the default is " + own.resolve("server") + ". A class starts with ./tutor class "
                    + "codes --roster class.csv --state " + elsewhere + ".\n", r.err());
            assertFalse(Files.exists(elsewhere));
            assertEquals(0, run("class", "codes", "--roster", roster().toString()).exit(), "a roster starts a class");
            assertTrue(Files.isRegularFile(own.resolve("server/class.db")));
        } finally {
            System.clearProperty("tutor.state");
        }
    }

    @Test
    void aDatabaseThatIsNotOursIsRefusedWithTheReason() throws Exception {
        Path state = dir.resolve("state");
        Files.createDirectories(state);
        Files.writeString(state.resolve("class.db"), "not a database at all, but long enough to look like a file........");
        ProgressAndPracticeCommandTest.Run r = run("class", "report", "--state", state.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("tutor: The class database " + state.resolve("class.db") + " is not a database this tutor can read"), r.err());
    }
}
