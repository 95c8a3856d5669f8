package tutor.store;

import java.time.Instant;

/**
 * One line of the append-only answer log: what a learner did to a quiz item and when. kind is "answer",
 * "hint" or "reveal"; answer and slip are null where they do not apply; seed is the practice seed, or null for
 * the lesson's own numbers.
 */
public record AnswerRecord(String lesson, Long seed, String item, Instant time, String kind, String answer, boolean right,
                           String slip, int hints, boolean revealed) {}
