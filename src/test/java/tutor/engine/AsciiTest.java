package tutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Plain ASCII spells a symbol as the lessons' own ASCII labels do, so prose and formulas agree. */
class AsciiTest {

    @Test
    void anOutputsHatFollowsItsSubscriptAsInTheLabels() {
        assertEquals("What is y1^?", Ascii.transliterate("What is ŷ₁?"));
        assertEquals("y1^ - T1 and y2^*(1 - y2^)", Ascii.transliterate("ŷ₁ − T₁ and ŷ₂·(1 − ŷ₂)"));
        assertEquals("dL/dy^ = y^ - y", Ascii.transliterate("∂L/∂ŷ = ŷ − y"), "a hat without a subscript stays");
        assertEquals("y12^", Ascii.transliterate("ŷ₁₂"));
    }

    @Test
    void aHalfBeforeASumIsAProduct() {
        assertEquals("0.5*sum(y - y^)^2", Ascii.transliterate("½Σ(y − ŷ)²"));
        assertEquals("0.5(y - y^)^2", Ascii.transliterate("½(y − ŷ)²"));
    }

    @Test
    void aWeightsTwoSubscriptsAreWrittenTogetherAsInTheLabels() {
        assertEquals("What is dL/dw12 (x1 to h2)?", Ascii.transliterate("What is ∂L/∂w₁,₂ (x₁ to h2)?"));
        assertEquals("x1, x2", Ascii.transliterate("x₁, x₂"), "a comma in prose stays");
    }
}
