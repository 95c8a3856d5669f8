package tutor.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.engine.Notation;
import tutor.engine.Trace;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.render.Formulas;

/** The formulas and symbols as words: what a screen reader will say. */
class SpeechTest {

    @Test
    void aSumReadsAsWords() {
        assertEquals("z h equals w1 times x1 plus w2 times x2 equals 0.5 times 1 plus 0.3 times 2 equals 1.100",
                Speech.of("z_h = w₁·x₁ + w₂·x₂ = 0.5 × 1 + 0.3 × 2 = 1.100"));
    }

    @Test
    void derivativesSigmoidsPowersAndSigns() {
        assertEquals("d L by d y hat equals minus 2 times (y minus y hat) equals minus 2 times (1 minus 0.646) equals minus 0.708",
                Speech.of("∂L/∂ŷ = −2(y − ŷ) = −2(1 − 0.646) = −0.708"));
        assertEquals("h equals sigma of (z h) equals 1 over (1 plus e to the power (minus z h)) equals 1 over (1 plus 0.333) equals 0.750",
                Speech.of("h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.333) = 0.750"));
        assertEquals("L equals one half (y minus y hat) squared", Speech.of("L = ½(y − ŷ)²"));
        assertEquals("d y hat by d z out equals y hat times (1 minus y hat)", Speech.of("∂ŷ/∂z_out = ŷ·(1 − ŷ)"));
        assertEquals("w3 new equals w3 minus eta times d L by d w3 equals 0.8 minus 0.1 times (minus 0.122) equals 0.812",
                Speech.of("w₃_new = w₃ − η·∂L/∂w₃ = 0.8 − 0.1 × (−0.122) = 0.812"));
        assertEquals("equals (minus 0.708) times 0.229 times 0.750 is about minus 0.122",
                Speech.of("  = (−0.708) × 0.229 × 0.750 ≈ −0.122"));
    }

    @Test
    void labelsAreSpelledForSpeech() {
        assertEquals("w1,2 and net H1 and y1 hat and delta out and sigma prime of (z)",
                Speech.of("w₁,₂ and net_H₁ and ŷ₁ and δ_out and σ′(z)"), "w one, two; never w twelve");
        assertEquals("d L by d w2 is twice d L by d w1, because x2 is twice x1.",
                Speech.of("∂L/∂w₂ is twice ∂L/∂w₁, because x₂ is twice x₁."));
        assertEquals("ReLU of (sum H1) equals max of (0, 0.0300)", Speech.of("ReLU(sum_H1) = max(0, 0.0300)"));
    }

    @Test
    void proseKeepsItsWordsAndABlankIsSaid() {
        assertEquals("The output's delta, delta out equals blank: how the loss responds.",
                Speech.of("The output's delta, δ_out = ____: how the loss responds."));
        assertEquals("a 2-2-1 network, input/output", Speech.of("a 2-2-1 network, input/output"));
    }

    @Test
    void everyFormulaOfEveryLessonIsSpokenInPlainWords() throws Exception {
        for (LessonLoader.Loaded l : Catalog.readAll(Catalog.files(Path.of("lessons")))) {
            Lesson lesson = l.lesson();
            Notation n = lesson.notation(false);
            for (var ex : lesson.examples()) {
                Trace t = tutor.engine.Backprop.trace(lesson.network(), lesson.parameters(), ex, lesson.precision());
                for (var q : t.quantities()) {
                    for (String line : Formulas.lines(q, n, t.precision())) {
                        String said = Speech.of(line);
                        for (char c : said.toCharArray()) {
                            assertTrue(c < 128, lesson.id() + " " + q.key() + ": \"" + said + "\" has " + c);
                        }
                        for (String symbol : List.of("=", "×", "·", "−", "∂", "_", "^", "/", "σ", "δ", "η", "²")) {
                            assertFalse(said.contains(symbol), lesson.id() + " " + q.key() + ": \"" + said + "\" says " + symbol);
                        }
                    }
                }
            }
        }
    }

    @Test
    void focusSaysTheNeuronItsInputsAndOnlyValuesThatMayBeShown() throws Exception {
        Lesson tiny = Catalog.find("tiny", Path.of("lessons")).lesson();
        Trace t = tutor.engine.Backprop.trace(tiny.network(), tiny.parameters(), tiny.examples().get(0), tiny.precision());
        Notation n = tiny.notation(false);
        Set<String> shown = Set.of("a:h", "z:h");
        assertEquals("In focus: the output neuron o (sigmoid), fed by h equals 0.750 through w3 equals 0.8.",
                Speech.of(Focus.describe(List.of("o"), t, n, shown::contains)));
        assertEquals("In focus: the hidden neuron h (sigmoid), fed by x₁ = 1 through w₁ = 0.5 and x₂ = 2 through w₂ = 0.3; "
                + "its sum z_h is 1.100 and its output h is 0.750; the weight w₃ = 0.8, from h to o.",
                Focus.describe(List.of("h", "w3"), t, n, shown::contains));
        String hidden = Focus.describe(List.of("o"), t, n, k -> false);
        assertEquals("In focus: the output neuron o (sigmoid), fed by h through w₃ = 0.8.", hidden);
        assertFalse(hidden.contains("0.6"), "z out and y hat are not said while they may not be shown");
        assertNull(Focus.describe(List.of(), t, n, k -> true));
    }
}
