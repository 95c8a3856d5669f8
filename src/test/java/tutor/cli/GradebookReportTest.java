package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.progress.Progress;
import tutor.quiz.Practice;
import tutor.store.sqlite.ClassDatabase;

/**
 * ./tutor class report on a fixture class, against its expected files byte for byte: wide and long (text and CSV),
 * Canvas and Moodle. The class: ada works (first tries, wrong tries, hints, a value seen before she answered it, a
 * practice sheet), bea logged in and opened nothing, alan never logged in, cy revealed and saw; a teacher is left
 * out. The lessons are the fixture's own copies (src/test/resources/gradebook/lessons), so the expected files stay
 * put while the real lessons grow. -Dgolden.update=true rewrites them on purpose; read the diff.
 */
class GradebookReportTest {
    static final Path DIR = Path.of("src/test/resources/gradebook");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final Instant MONDAY = Instant.parse("2026-04-06T09:15:00Z");
    static final Instant TUESDAY = Instant.parse("2026-04-07T14:40:00Z");

    @TempDir Path dir;
    Path state;

    @BeforeEach
    void fixtureClass() throws Exception {
        System.setProperty("tutor.lessons", DIR.resolve("lessons").toString());
        state = dir.resolve("state");
        try (ClassDatabase db = ClassDatabase.open(state, Clock.fixed(MONDAY, ZoneOffset.UTC))) {
            db.enrol(List.of(new ClassDatabase.Student("ada", "Ada Lovelace", "student", null, null),
                    new ClassDatabase.Student("alan", "Turing, Alan", "student", null, null),
                    new ClassDatabase.Student("bea", "Bea \"B\" Ortiz", "student", null, null),
                    new ClassDatabase.Student("cy", "Cy Young", "student", null, null),
                    new ClassDatabase.Student("miss", "Ms Teacher", "teacher", null, null)));
            db.setSeed("ada", 77);
            db.setSeed("cy", 12);
            db.loggedIn("ada");
            db.loggedIn("cy");
            Progress.Item first = Progress.Item.NEW.answered(true).at(MONDAY);
            Progress.Item afterTwoWrong = Progress.Item.NEW.answered(false).answered(false).answered(true).at(MONDAY);
            Progress.Item hinted = Progress.Item.NEW.hinted().answered(true).at(MONDAY);
            Progress.Item seen = Progress.Item.NEW.answered(false).seenOpen().answered(true).at(MONDAY);
            Progress.Item wrongOpen = Progress.Item.NEW.answered(false).at(MONDAY);
            db.storeFor("ada").save(Progress.empty()
                    .with("tiny", Progress.LessonProgress.NEW.atStep(8)
                            .withItem("fill:0:a:h", first).withItem("fill:1:z:o", first).withItem("fill:2:loss", afterTwoWrong)
                            .withItem("fill:3:dloss:o", hinted).withItem("fill:4:delta:o", seen))
                    .with("relu", Progress.LessonProgress.NEW.atStep(2).withItem("fill:0:z:H1", wrongOpen))
                    .with(Practice.id("tiny", 77), Progress.LessonProgress.NEW.atStep(3)
                            .withItem("fill:0:a:h", first).withItem("fill:1:z:o", afterTwoWrong)), List.of());
        }
        try (ClassDatabase db = ClassDatabase.open(state, Clock.fixed(TUESDAY, ZoneOffset.UTC))) {
            db.loggedIn("bea");
            db.storeFor("cy").save(Progress.empty().with("relu", Progress.LessonProgress.NEW.atStep(5)
                    .withItem("fill:0:z:H1", Progress.Item.NEW.hinted().hinted().shown().at(TUESDAY))
                    .withItem("fill:1:a:H1", Progress.Item.NEW.seenOpen().answered(true).at(TUESDAY))
                    .withItem("choice:2:0", Progress.Item.NEW.answered(true).at(TUESDAY))), List.of());
        }
    }

    @AfterEach
    void lessonsBack() {
        System.clearProperty("tutor.lessons");
    }

    String report(String... flags) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("class", "report", "--state", state.toString()));
        args.addAll(List.of(flags));
        ProgressAndPracticeCommandTest.Run r = ProgressAndPracticeCommandTest.run("", args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return r.out();
    }

    @Test
    void everyLayoutMatchesItsExpectedFile() throws Exception {
        compare("wide.txt", report());
        compare("long.txt", report("--long"));
        compare("wide.csv", report("--csv"));
        compare("long.csv", report("--csv", "--long"));
        compare("canvas.csv", report("--format", "canvas"));
        compare("moodle.csv", report("--format", "moodle"));
    }

    @Test
    void neverLoggedInIsNotLoggedInAndDidNothingAndBlankIsNotZero() throws Exception {
        List<String> wide = report("--csv").lines().toList();
        assertEquals("id,name,status,tiny (of 9),relu (of 18),tiny-practice (of 9),relu-practice (of 14),total (of 27),"
                + "wrong_tries,hints,seen,last_active", wide.get(0));
        // ada: 2 first tries in tiny (the seen one and the hinted one are not); relu opened with none right: 0, not blank.
        assertEquals("ada,Ada Lovelace,active,2,0,1,,2,6,1,1,2026-04-06T09:15:00Z", wide.get(1));
        assertEquals("alan,\"Turing, Alan\",never logged in,,,,,,,,,", wide.get(2));
        assertEquals("bea,\"Bea \"\"B\"\" Ortiz\",\"logged in, no lesson opened\",,,,,,,,,2026-04-07T14:40:00Z", wide.get(3));
        assertEquals(5, wide.size(), "a row per student on the roster, the teacher left out");
    }

    @Test
    void aPracticeSheetCountsOnlyTheQuestionsItAsks() throws Exception {
        // relu has 18 questions, 4 of them multiple choice, which a practice sheet drops: its sheet asks 14.
        String canvas = report("--format", "canvas");
        assertEquals("Points Possible,,,,,9,18,9,14", canvas.lines().toList().get(1));
        assertTrue(report("--csv", "--long").contains("\nada,Ada Lovelace,tiny-practice-77,4,9,1,1,0,2,9,"), "a practice row out of its 9");
        assertTrue(report("--csv", "--long").contains("\nada,Ada Lovelace,relu,3,12,0,0,0,0,18,"), "relu itself out of 18");
    }

    /**
     * The headers as the gradebooks' import documentation states them.
     *
     * <p>Canvas ("How do I import grades in the Gradebook?", community.canvaslms.com/t5/Instructor-Guide/
     * How-do-I-import-grades-in-the-Gradebook/ta-p/807, and Ohio State's guide to it, teaching.resources.osu.edu/
     * toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades): the columns Student,
     * ID, SIS User ID (one of these three identifies the student), SIS Login ID and Section, then the assignments, a
     * column each, named by title (or "Title (id)" to match an existing one); exports carry a Points Possible row
     * under the header (PrairieLearn #4547 tried which columns the import needs: Student, SIS Login ID and Section,
     * blank allowed).
     *
     * <p>Moodle ("Grade import", docs.moodle.org/311/en/Grade_import): a CSV is previewed and mapped at import;
     * "Map from" names the file's identifier column and "Map to" the user field, e.g. "Id Number" to
     * useridnumber; every other column is mapped to a grade item.
     */
    @Test
    void theHeadersAreWhatTheImportDocumentationSays() throws Exception {
        List<String> canvas = report("--format", "canvas").lines().toList();
        assertEquals("Student,ID,SIS User ID,SIS Login ID,Section,"
                + "One hidden neuron: the smallest backprop,\"ReLU hidden layer: trace it, then trace a new example\","
                + "One hidden neuron: the smallest backprop (practice),"
                + "\"ReLU hidden layer: trace it, then trace a new example (practice)\"", canvas.get(0));
        assertTrue(canvas.get(1).startsWith("Points Possible,"));
        assertEquals("Ada Lovelace,,,ada,,2,0,1,", canvas.get(2), "the roster's id is the SIS Login ID Canvas matches");
        List<String> moodle = report("--format", "moodle").lines().toList();
        assertEquals("ID number,One hidden neuron: the smallest backprop,\"ReLU hidden layer: trace it, then trace a new example\","
                + "One hidden neuron: the smallest backprop (practice),"
                + "\"ReLU hidden layer: trace it, then trace a new example (practice)\"", moodle.get(0));
        assertEquals("ada,2,0,1,", moodle.get(1));
        assertEquals("alan,,,,", moodle.get(2), "never logged in: nothing imported, no 0 over a grade");
    }

    @Test
    void textFitsEightyColumnsAndAWrongFormatIsAUsageError() throws Exception {
        for (String text : List.of(report(), report("--long"))) {
            for (String line : text.split("\n")) assertTrue(line.length() <= 80, line);
        }
        Args.UsageException e = assertThrows(Args.UsageException.class, () -> report("--format", "blackboard"));
        assertEquals("--format takes canvas or moodle, not \"blackboard\"", e.getMessage());
    }

    static void compare(String name, String actual) throws Exception {
        Path file = DIR.resolve(name);
        if (UPDATE || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!UPDATE) throw new AssertionError("no expected file yet: wrote " + file + "; read it and run again");
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
