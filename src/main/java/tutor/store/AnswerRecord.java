package tutor.store;

import java.time.Instant;
import tutor.quiz.Practice;

/**
 * One line of the append-only answer log: what a learner did to a quiz item and when. kind is "answer",
 * "hint" or "reveal"; answer and slip are null where they do not apply; seed is the practice seed, or null for
 * the lesson's own numbers, and generator the version of the practice draw that gave that seed its numbers
 * (Practice.GENERATOR; null for the lesson's own numbers); seen is whether the item's value had been on screen
 * before this (a right answer then is not the learner's own work).
 */
public record AnswerRecord(String lesson, Long seed, String item, Instant time, String kind, String answer, boolean right,
                           String slip, int hints, boolean revealed, boolean seen, Integer generator) {

    /** A record made now: a practice answer is on the current generator's numbers. */
    public AnswerRecord(String lesson, Long seed, String item, Instant time, String kind, String answer, boolean right,
                        String slip, int hints, boolean revealed, boolean seen) {
        this(lesson, seed, item, time, kind, answer, right, slip, hints, revealed, seen, seed == null ? null : Practice.GENERATOR);
    }
}
