package tutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.engine.Notation;
import tutor.lesson.Lesson;
import tutor.lesson.Narration;

/** The first hint says why: what the asked quantity means and the numbers on screen it is worked from. */
class WhyTest {

    private static String firstHint(Sheets.Asked q) {
        Notation n = q.lesson().notation(false);
        return Narration.fill(Why.of(q.lesson().network(), q.shown(), q.key()), q.shown(), n, k -> k.equals(q.key()));
    }

    @Test
    void theHiddenOutput() {
        assertEquals("h is the neuron's output, what it passes on: the sigmoid squashes its weighted sum z_h into (0, 1),"
                + " σ(z) = 1 / (1 + e^(−z)); a sum of 0 gives 0.5, a positive one more. It is worked from z_h = 1.100.",
                firstHint(Sheets.asked(Sheets.lesson("tiny"), 2, "a:h")));
    }

    @Test
    void aGradient() {
        assertEquals("∂L/∂w₂ is how much the loss changes when w₂ moves a little. By the chain rule it is the δ of the neuron"
                + " w₂ feeds, times the value w₂ carries into it. It is worked from δ_h = −0.024 and x₂ = 2.",
                firstHint(Sheets.asked(Sheets.lesson("tiny"), 8, "grad:w2")));
    }

    @Test
    void anUpdateIsWorkedFromTheGradientNotTheStep() {
        assertEquals("Gradient descent moves w₃ against its gradient, by η times it: a positive gradient means more of w₃"
                + " raises the loss, so it goes down. It is worked from w₃ = 0.8, η = 0.1 and ∂L/∂w₃ = −0.122.",
                firstHint(Sheets.asked(Sheets.lesson("tiny"), 6, "new:w3")));
    }

    @Test
    void theLossInThisLessonsWords() {
        Sheets.Asked loss = Sheets.asked(Sheets.lesson("six-weights"), stepOf("six-weights", "loss"), "loss");
        assertEquals("The loss measures how far the prediction ŷ is from its target: half the square of target − prediction"
                + " (the ½ only makes its slope simpler). It is worked from y = 1 and ŷ = 0.6651.",
                firstHint(loss));
        assertTrue(firstHint(Sheets.asked(Sheets.lesson("two-outputs"), stepOf("two-outputs", "z:H1"), "z:H1"))
                .startsWith("net_H₁ is the weighted sum that reaches H₁: each input to it times the weight on its way, added up,"
                        + " plus the bias b₁."));
    }

    private static int stepOf(String lesson, String key) {
        for (Sheets.Asked q : Sheets.questions(Sheets.lesson(lesson))) if (q.key().equals(key)) return q.step();
        throw new IllegalArgumentException(key);
    }

    static Stream<Lesson> sheets() {
        return Sheets.withPractice(3).stream();
    }

    /**
     * Every fill-in: the first hint is no formula line (it is not the working shown beside the blank), names every
     * number the formula takes by its label, shows no value the question hides, and is not the same for two kinds.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void everyFirstHintSaysWhy(Lesson lesson) {
        for (Sheets.Asked q : Sheets.questions(lesson)) {
            Notation n = lesson.notation(false);
            String hint = firstHint(q);
            String line = q.shown().working(q.key(), n, 1, k -> k.equals(q.key()));
            assertNotEquals(line, hint, q.toString());
            // (a quantity whose working is its name alone, e^(−z_h1), has no formula line to repeat: the hint names it)
            if (line.contains("=")) assertFalse(hint.contains(line), q + ": the formula line again: " + hint);
            assertTrue(hint.contains(" is ") && hint.contains("It is worked from "), q + ": " + hint);
            Set<String> refs = new HashSet<>();
            Expected.called(Expected.expanded(q.shown().get(q.key()).formula(), q.shown()), q.shown()).refs(refs);
            for (String r : refs) {
                String named = n.render(q.shown().get(r).symbol()) + " = " + q.shown().get(r).result().replace('-', '−');
                assertTrue(hint.contains(named), q + ": " + named + " is not named in: " + hint);
            }
            String answer = q.shown().get(q.key()).result();
            boolean sourceShowsIt = refs.stream().anyMatch(r -> q.shown().get(r).result().equals(answer));
            assertTrue(sourceShowsIt || !hint.contains(" = " + answer + ".") && !hint.contains(" = " + answer + ","),
                    q + ": the answer is in the hint: " + hint);
        }
    }
}
