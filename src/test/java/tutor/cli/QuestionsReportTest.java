package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.progress.Progress;
import tutor.store.AnswerRecord;
import tutor.store.sqlite.ClassDatabase;

/** ./tutor class report --questions: the class's answers per question, read from the class database. */
class QuestionsReportTest {
    @TempDir Path dir;

    static final Instant T = Instant.parse("2026-04-01T10:00:00Z");
    static final String SIGN = "The sign is flipped.";

    Path classWithAnswers() throws Exception {
        Path roster = dir.resolve("class.csv");
        Files.writeString(roster, "id,name\nada,Ada Lovelace\nalan,Alan Turing\ngrace,Grace Hopper\n");
        Path state = dir.resolve("state");
        assertEquals(0, ProgressAndPracticeCommandTest.run("", "class", "codes", "--roster", roster.toString(), "--state",
                state.toString()).exit());
        try (ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC())) {
            db.storeFor("ada").save(Progress.empty(), List.of(
                    answer("tiny", null, "fill:0:a:h", 0, "0.75", true, null),
                    answer("tiny", null, "fill:0:z:o", 1, "0.3", false, "Not yet. " + SIGN),
                    answer("tiny", null, "fill:0:z:o", 2, "-0.3", true, null)));
            db.storeFor("alan").save(Progress.empty(), List.of(
                    answer("tiny", null, "fill:0:a:h", 3, "0.1", false, "Not yet. " + SIGN),
                    answer("tiny", null, "fill:0:a:h", 4, "0.2", false, "Not yet. " + SIGN)));
            db.storeFor("grace").save(Progress.empty(), List.of(
                    answer("tiny-practice-5", 5L, "fill:0:a:h", 5, "0.6", true, null)));
        }
        return state;
    }

    static AnswerRecord answer(String lesson, Long seed, String item, int second, String typed, boolean right, String slip) {
        return new AnswerRecord(lesson, seed, item, T.plusSeconds(second), "answer", typed, right, slip, 0, false, false);
    }

    @Test
    void eachQuestionAcrossTheClassAndEverySeedInCsv() throws Exception {
        Path state = classWithAnswers();
        ProgressAndPracticeCommandTest.Run r = ProgressAndPracticeCommandTest.run("", "class", "report", "--questions", "--csv",
                "--state", state.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = List.of(r.out().split("\n"));
        assertEquals("lesson,step,item,question,students,answered,right_first_time,after_hints,after_seeing,revealed,"
                + "not_yet_right,median_tries,discrimination,slips,features", lines.get(0));
        String ah = lines.stream().filter(l -> l.startsWith("tiny,") && l.contains(",fill:0:a:h,")).findFirst().orElseThrow();
        // ada and grace (a practice seed of the same question) right first time; alan twice the sign; the rest of the
        // course does not vary (ada's other question was after a try), so the discrimination is undefined: "-"
        assertEquals("tiny,2,fill:0:a:h,h,3,2,2,0,0,0,1,1.0,-,The sign is flipped.: 1 of 3,", ah);
        String zo = lines.stream().filter(l -> l.startsWith("tiny,") && l.contains(",fill:0:z:o,")).findFirst().orElseThrow();
        assertTrue(zo.contains(",1,1,0,1,0,0,0,2.0,-,The sign is flipped.: 1 of 1,"), zo);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("relu,")), "every lesson's questions, answered or not");
    }

    @Test
    void theTextFitsEightyColumnsAndExplainsItsColumns() throws Exception {
        Path state = classWithAnswers();
        ProgressAndPracticeCommandTest.Run r = ProgressAndPracticeCommandTest.run("", "class", "report", "--questions",
                "--state", state.toString());
        assertEquals(0, r.exit(), r.err());
        for (String line : r.out().split("\n")) assertTrue(line.length() <= 80, line.length() + ": " + line);
        assertTrue(r.out().contains("step  question        students  1st  hints  seen  shown  open  tries  discr"), r.out());
        assertTrue(r.out().contains("      slip: The sign is flipped.: 1 of 3"), r.out());
        assertTrue(r.out().contains("discrimination index"), r.out());
    }
}
