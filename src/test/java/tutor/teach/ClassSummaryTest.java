package tutor.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.store.AnswerRecord;
import tutor.store.LoggedAnswer;

/** The class summary over a hand-built answer log of 30 students, each line of it chosen to test one rule. */
class ClassSummaryTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final String ITEM = "fill:0:delta:o";
    static final String SIGN = "The sign is flipped.";
    static final String SLOPE = "The activation's slope is left out.";

    final List<LoggedAnswer> log = new ArrayList<>();
    int clock;

    void line(String student, String lesson, Long seed, String kind, String answer, boolean right, String slip, int hints,
              boolean revealed, boolean seen) {
        log.add(new LoggedAnswer(student, new AnswerRecord(lesson, seed, ITEM, T0.plusSeconds(clock++), kind, answer, right,
                slip, hints, revealed, seen)));
    }

    void wrong(String s, String verdict) {
        line(s, "tiny", null, "answer", "0.1", false, verdict, 0, false, false);
    }

    void right(String s, int hints, boolean seen) {
        line(s, "tiny", null, "answer", "-0.024", true, null, hints, false, seen);
    }

    static String student(int i) {
        return String.format("s%02d", i);
    }

    /** The class of 30, as the test's comments count them. */
    ClassSummary thirty() {
        for (int i = 1; i <= 10; i++) right(student(i), 0, false); // right first time
        for (int i = 11; i <= 16; i++) { // one slip, then right: after hints or tries
            wrong(student(i), "Not yet. " + SIGN);
            right(student(i), 0, false);
        }
        for (int i = 17; i <= 20; i++) { // the same slip twice (counted once), a hint, then right
            wrong(student(i), "Not yet. " + SLOPE);
            wrong(student(i), "Not yet. " + SLOPE);
            line(student(i), "tiny", null, "hint", null, false, null, 1, false, false);
            right(student(i), 1, false);
        }
        for (int i = 21; i <= 22; i++) { // saw the value on a later step, came back and typed it
            line(student(i), "tiny", null, "seen", null, false, null, 0, false, true);
            right(student(i), 0, true);
        }
        right(student(23), 0, true); // first answer, but after seeing: never a first try
        for (int i = 24; i <= 25; i++) line(student(i), "tiny", null, "reveal", null, false, null, 2, true, false);
        wrong(student(26), "Not yet. That number fits two slips: the sign is flipped. Or: the activation's slope is left out.");
        // practice sheets of the same question: seeds 7 and 8 right first time, 9 and 10 (a negative answer) not yet
        line(student(27), "tiny-practice-7", 7L, "answer", "0.3", true, null, 0, false, false);
        line(student(28), "tiny-practice-8", 8L, "answer", "0.3", true, null, 0, false, false);
        line(student(29), "tiny-practice-9", 9L, "answer", "0.3", false, "Not yet. " + SIGN, 0, false, false);
        line(student(30), "tiny-practice-10", 10L, "answer", "0.3", false, "Not yet. " + SIGN, 0, false, false);
        SheetFeatures negative = (lesson, seed, item) -> seed != null && seed >= 9 ? Set.of("a negative answer") : Set.of();
        return ClassSummary.of(log, negative);
    }

    @Test
    void eachStudentIsCountedOnceByHowTheirWorkEnded() {
        QuestionStats q = thirty().questions().get(0);
        assertEquals(1, thirty().questions().size(), "the lesson's own numbers and every seed are one question");
        assertEquals("tiny", q.lesson());
        assertEquals(ITEM, q.item());
        assertEquals(30, q.students());
        assertEquals(12, q.firstTry());
        assertEquals(10, q.afterHints());
        assertEquals(3, q.afterSeeing(), "seen before answering is never a first try");
        assertEquals(2, q.revealed());
        assertEquals(3, q.open());
        assertEquals(27, q.answered());
        assertEquals(1.0, q.medianTries());
    }

    @Test
    void slipsAreCountedOncePerStudentMostCommonFirst() {
        QuestionStats q = thirty().questions().get(0);
        // 28 tried (the two who revealed typed nothing); the sign: 11-16, 26, 29, 30; the slope: 17-20 (twice each), 26
        assertEquals(List.of(new QuestionStats.SlipCount(SIGN, 9, 28), new QuestionStats.SlipCount(SLOPE, 5, 28)), q.slips());
        assertEquals("The sign is flipped.: 9 of 28", q.slips().get(0).toString());
    }

    @Test
    void aFeatureOfTheSheetIsSplitOut() {
        QuestionStats q = thirty().questions().get(0);
        assertEquals(List.of(new QuestionStats.FeatureSplit("a negative answer", 0, 2, 12, 28)), q.features());
    }

    @Test
    void oneStudentsWorkIsInOrderWithItsSlips() {
        ClassSummary s = thirty();
        List<Work> w = s.student("s18");
        assertEquals(1, w.size());
        assertEquals(Outcome.AFTER_HINTS, w.get(0).outcome());
        assertEquals(3, w.get(0).tries());
        assertEquals(2, w.get(0).wrongTries());
        assertEquals(1, w.get(0).hints());
        assertEquals(Set.of(SLOPE), w.get(0).slips());
        assertEquals(4, w.get(0).lines().size());
        assertEquals(Outcome.AFTER_SEEING, s.student("s23").get(0).outcome());
        assertEquals(Outcome.REVEALED, s.student("s24").get(0).outcome());
        assertEquals(Outcome.OPEN, s.student("s26").get(0).outcome());
        assertEquals(1, s.firstTries("s01"));
        assertEquals(0, s.firstTries("s23"));
    }

    @Test
    void aStudentOnTwoSheetsCountsByTheFirst() {
        right("ada", 0, false);
        line("ada", "tiny-practice-3", 3L, "answer", "9", false, "Not yet. " + SIGN, 0, false, false);
        QuestionStats q = ClassSummary.of(log, SheetFeatures.NONE).questions().get(0);
        assertEquals(1, q.students());
        assertEquals(1, q.firstTry());
        assertEquals(List.of(new QuestionStats.SlipCount(SIGN, 1, 1)), q.slips());
    }

    @Test
    void discriminationIsTheCorrectedItemTotalCorrelation() {
        assertEquals(2 / Math.sqrt(5), Discrimination.of(new double[] {1, 1, 0, 0}, new double[] {3, 2, 1, 0}), 1e-12);
        assertTrue(Double.isNaN(Discrimination.of(new double[] {1, 1}, new double[] {3, 2})), "an item all got right tells nothing");
        // two questions: the strong students get both first time, the weak neither; question 2 goes with question 1
        for (int i = 0; i < 4; i++) {
            boolean strong = i < 2;
            log.add(new LoggedAnswer("p" + i, new AnswerRecord("tiny", null, "fill:0:a:h", T0.plusSeconds(i), "answer",
                    "1", strong, strong ? null : "Not yet.", 0, false, false)));
            log.add(new LoggedAnswer("p" + i, new AnswerRecord("tiny", null, "fill:0:a:o", T0.plusSeconds(10 + i), "answer",
                    "1", strong, strong ? null : "Not yet.", 0, false, false)));
        }
        for (QuestionStats q : ClassSummary.of(log, SheetFeatures.NONE).questions()) assertEquals(1.0, q.discrimination(), 1e-12);
    }

    @Test
    void verdictsAreTakenApartIntoTheirSlips() {
        assertEquals(List.of(SIGN), SlipNames.of("Not yet. " + SIGN));
        assertEquals(List.of(SIGN, SLOPE), SlipNames.of("Not yet. That number fits two slips: the sign is flipped. Or: the "
                + "activation's slope is left out."));
        assertEquals(List.of(), SlipNames.of("Not yet. Try again, or press t for a hint."));
        assertEquals(List.of(), SlipNames.of(null));
    }

    // ---- the class table: who needs the teacher, at the rules' edges ----

    static final Instant NOW = T0.plus(Duration.ofHours(1));

    StudentNow on(String id, String openItem, Duration sinceKey) {
        return new StudentNow(id, id.toUpperCase(), true, T0, "tiny", 7, openItem, "δ", NOW.minus(sinceKey));
    }

    void wrongTries(String s, int n) {
        for (int i = 0; i < n; i++) wrong(s, "Not yet. " + SIGN);
    }

    @Test
    void threeWrongTriesOnTheOpenQuestionNeedTheTeacherTwoDoNot() {
        wrongTries("three", 3);
        wrongTries("two", 2);
        wrongTries("away", 3);
        ClassSummary s = ClassSummary.of(log, SheetFeatures.NONE);
        StudentNow away = new StudentNow("away", "Away", true, null, "tiny", 7, ITEM, "δ", NOW.minusSeconds(60));
        List<ClassTable.Row> rows = ClassTable.of(List.of(on("two", ITEM, Duration.ofMinutes(1)), away,
                on("three", ITEM, Duration.ofMinutes(1))), s, StuckRules.DEFAULT, NOW);
        assertEquals("three", rows.get(0).now().id());
        assertEquals(List.of("3 wrong tries"), rows.get(0).reasons());
        assertEquals(3, rows.get(0).wrongOnOpen());
        assertEquals(List.of(), rows.get(1).reasons());
        assertEquals("two", rows.get(1).now().id(), "online before offline");
        assertEquals(List.of(), rows.get(2).reasons(), "offline is not stuck on a question");
    }

    @Test
    void tenMinutesWithoutAKeyOnAQuestionNeedTheTeacher() {
        ClassSummary s = ClassSummary.of(log, SheetFeatures.NONE);
        List<ClassTable.Row> rows = ClassTable.of(List.of(on("nine", ITEM, Duration.ofSeconds(599)),
                on("ten", ITEM, Duration.ofMinutes(10)), on("reading", null, Duration.ofMinutes(30))), s, StuckRules.DEFAULT, NOW);
        assertEquals("ten", rows.get(0).now().id());
        assertEquals(List.of("no key for 10 min"), rows.get(0).reasons());
        for (int i = 1; i < 3; i++) assertEquals(List.of(), rows.get(i).reasons(), rows.get(i).now().id());
    }

    @Test
    void twoRevealsInARowNeedTheTeacherARightAnswerBetweenDoesNot() {
        for (String item : List.of("fill:0:a:h", "fill:0:a:o")) {
            log.add(new LoggedAnswer("rr", new AnswerRecord("tiny", null, item, T0.plusSeconds(clock++), "reveal", null, false,
                    null, 2, true, false)));
        }
        for (String item : List.of("fill:0:a:h", "fill:0:z:o", "fill:0:a:o")) {
            boolean right = item.equals("fill:0:z:o");
            log.add(new LoggedAnswer("rx", new AnswerRecord("tiny", null, item, T0.plusSeconds(clock++), right ? "answer" : "reveal",
                    right ? "1" : null, right, null, right ? 0 : 2, !right, false)));
        }
        ClassSummary s = ClassSummary.of(log, SheetFeatures.NONE);
        List<ClassTable.Row> rows = ClassTable.of(List.of(on("rx", null, Duration.ZERO), on("rr", null, Duration.ZERO)), s,
                StuckRules.DEFAULT, NOW);
        assertEquals("rr", rows.get(0).now().id());
        assertEquals(List.of("2 reveals in a row"), rows.get(0).reasons());
        assertEquals(2, rows.get(0).reveals());
        assertEquals(List.of(), rows.get(1).reasons());
        assertEquals(1, rows.get(1).earned());
    }

    @Test
    void neverLoggedInIsItsOwnRowAtTheEnd() {
        ClassSummary s = ClassSummary.of(log, SheetFeatures.NONE);
        StudentNow never = new StudentNow("aaa", "Never", false, null, null, 0, null, null, null);
        List<ClassTable.Row> rows = ClassTable.of(List.of(never, on("zed", null, Duration.ZERO)), s, StuckRules.DEFAULT, NOW);
        assertEquals("zed", rows.get(0).now().id());
        assertEquals("aaa", rows.get(1).now().id());
        assertTrue(!rows.get(1).now().everLoggedIn());
    }

    @Test
    void theRuleIsStatedInWords() {
        assertEquals("A student needs you when they have 3 or more wrong tries on the open question, no key for 10 minutes "
                + "while online on a question, or 2 reveals in a row.", StuckRules.DEFAULT.words());
    }
}
