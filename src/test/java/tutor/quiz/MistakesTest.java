package tutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.engine.Backprop;
import tutor.engine.Precision;
import tutor.engine.Trace;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;

/** Each slip is named when the learner makes it, on every seed lesson where it can happen, and never for a right answer. */
class MistakesTest {

    static Lesson lesson(String name) {
        return LessonLoader.load(Path.of("lessons", name + ".json")).lesson();
    }

    static String diagnose(Lesson l, int example, String key, String typed) throws Exception {
        return Mistakes.diagnose(Answer.parse(typed), l.network(), l.parameters(), l.examples().get(example), l.precision(), key);
    }

    static String fourFigures(double v) {
        return new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_UP)).toPlainString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-tiny", "2-six-weights", "3-shared-bias", "4-two-outputs", "5-relu"})
    void everySlipOfEveryQuestionIsNamedAndRightAnswersAreNot(String name) throws Exception {
        Lesson l = lesson(name);
        Set<String> named = new HashSet<>();
        int checked = 0;
        for (Step s : l.steps()) {
            for (QuizItem q : s.quiz()) {
                if (!(q instanceof QuizItem.Fill f)) continue;
                Trace exact = Backprop.trace(l.network(), l.parameters(), l.examples().get(s.example()), Precision.EXACT);
                double right = exact.value(f.key());
                assertNull(diagnose(l, s.example(), f.key(), fourFigures(right)), "right answer for " + f.key());
                for (Mistakes.Slip slip : Mistakes.slips(l.network(), l.parameters(), l.examples().get(s.example()), exact, f.key())) {
                    if (!Double.isFinite(slip.value()) || fourFigures(slip.value()).equals(fourFigures(right))) continue;
                    String said = diagnose(l, s.example(), f.key(), fourFigures(slip.value()));
                    assertNotNull(said, name + " " + f.key() + ": " + slip.what() + " (" + fourFigures(slip.value()) + ")");
                    named.add(said);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 10, name + ": only " + checked + " slips checked");
        assertTrue(named.contains("The sign is flipped."), name);
    }

    @Test
    void zForTheActivation() throws Exception {
        assertEquals("That is z; the activation is what the activation function makes of z.",
                diagnose(lesson("1-tiny"), 0, "a:h", "1.100"));
    }

    @Test
    void theHalfOfTheLossDroppedOrAdded() throws Exception {
        assertEquals("That is what the loss gives without its ½ (the 2 from the square was kept).",
                diagnose(lesson("2-six-weights"), 0, "loss", "0.1122"));
        assertEquals("That has a ½ in the loss; this lesson's loss (y − ŷ)² has none, so its slope keeps the 2.",
                diagnose(lesson("1-tiny"), 0, "loss", "0.0628"));
    }

    @Test
    void theActivationsSlopeLeftOutOrSigmaForSigmaPrime() throws Exception {
        Lesson l = lesson("2-six-weights");
        assertEquals("The activation's slope is missing: δ = ∂L/∂a × σ'(z).", diagnose(l, 0, "delta:o3", "-0.3349"));
        assertEquals("σ(z) was used in place of σ'(z) = a(1 − a).", diagnose(l, 0, "delta:o3", "-0.2228"));
        assertEquals("That is the activation σ(z), not its slope σ'(z) = a(1 − a).", diagnose(lesson("1-tiny"), 0, "dact:o", "0.646"));
    }

    @Test
    void onePathOfTwoLeftOut() throws Exception {
        Lesson l = lesson("4-two-outputs");
        Trace t = Backprop.trace(l.network(), l.parameters(), l.examples().get(0), Precision.EXACT);
        double viaY1 = t.value("dloss:Y1") * t.value("dact:Y1") * 0.40 * t.value("dact:H1") * 0.05;
        String said = l.notation(false).render(diagnose(l, 0, "grad:w1", fourFigures(viaY1)));
        assertTrue(said.startsWith("That is one path only (via Y₁"), said);
        assertTrue(said.endsWith("along 2 paths: add them all."), said);
    }

    @Test
    void theNewWeightUsedInBackprop() throws Exception {
        Lesson l = lesson("3-shared-bias");
        Trace t = Backprop.trace(l.network(), l.parameters(), l.examples().get(0), Precision.EXACT);
        double withNewW5 = t.value("new:w5") * t.value("delta:out") * t.value("dact:h1");
        assertEquals("That uses the updated weight; backpropagation uses the old weights throughout.",
                diagnose(l, 0, "delta:h1", fourFigures(withNewW5)));
    }

    @Test
    void addingTheStepInsteadOfSubtracting() throws Exception {
        Lesson l = lesson("4-two-outputs");
        Trace t = Backprop.trace(l.network(), l.parameters(), l.examples().get(0), Precision.EXACT);
        assertEquals("You added η·gradient; the update subtracts it: W − η·∂L/∂W.",
                diagnose(l, 0, "new:w5", fourFigures(0.40 + 0.5 * t.value("grad:w5"))));
    }

    @Test
    void zWhereTheIncomingActivationBelongs() throws Exception {
        Lesson l = lesson("2-six-weights");
        Trace t = Backprop.trace(l.network(), l.parameters(), l.examples().get(0), Precision.EXACT);
        assertEquals("z was used where the activation belongs: ∂z/∂w is the incoming activation a.",
                diagnose(l, 0, "grad:w13", fourFigures(t.value("delta:o3") * t.value("z:h1"))));
    }

    @Test
    void otherwiseJustNotYet() throws Exception {
        assertNull(diagnose(lesson("1-tiny"), 0, "a:h", "0.123"));
        assertEquals(List.of(), List.of());
    }
}
