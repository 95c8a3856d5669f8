package tutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tutor.quiz.Acceptance.Verdict;

/** Issue 15's "acceptance edges": each right answer that was refused, now accepted, and its neighbours still judged. */
class AcceptanceEdgesTest {

    @Test
    void theValueComesBeforeTheNotMovedRule() throws Exception {
        // relu practice seed 28, step 9: wO2 = 0.79 becomes 0.800; 0.8 is that value, not "has not moved"
        Sheets.Asked w = Sheets.practice("relu", 28, 9, "new:wO2");
        assertEquals("0.800", w.shown().get("new:wO2").result());
        assertEquals(Verdict.RIGHT, w.verdict("0.8"));
        assertEquals(Verdict.RIGHT, w.verdict("0.80"));
        assertEquals(Verdict.RIGHT, w.verdict("0.800"));
        assertEquals(Verdict.WRONG, w.verdict("0.79"), "the old value is still no answer");
    }

    @Test
    void twoFiguresWhereThatIsAllTheShownNumbersCarry() throws Exception {
        // tiny step 8: δ_h·x₂ = −0.024 × 2 on screen (two figures); the chain multiplies to −0.04876
        Sheets.Asked g = Sheets.asked(Sheets.lesson("tiny"), 8, "grad:w2");
        assertEquals(2, g.expected().significantNeeded());
        assertEquals(Verdict.RIGHT, g.verdict("-0.049"));
        assertEquals(Verdict.RIGHT, g.verdict("-0.048"), "−0.024 × 2 itself");
        assertEquals(Verdict.RIGHT, g.verdict("-0.0488"));
        assertEquals(Verdict.TOO_COARSE, g.verdict("-0.05"), "one figure is too few");
        assertEquals(Verdict.TOO_COARSE, g.verdict("-0.047"), "two figures that no working rounds to");
        assertEquals(Verdict.WRONG, g.verdict("-0.045"));
        // where the numbers carry three figures, three are asked for as before (tiny step 5: −0.708 × 0.229)
        Sheets.Asked d = Sheets.asked(Sheets.lesson("tiny"), 5, "delta:o");
        assertEquals(3, d.expected().significantNeeded());
        assertEquals(Verdict.TOO_COARSE, d.verdict("-0.16"));
        assertEquals(Verdict.RIGHT, d.verdict("-0.162"));
    }

    @Test
    void aProductOfShownNumbersIsRightAsItStands() throws Exception {
        // tiny practice seed 29, step 8: 0.039 × 0.2 = 0.0078 exactly
        Sheets.Asked g = Sheets.practice("tiny", 29, 8, "grad:w2");
        assertEquals("0.039", g.shown().get("delta:h").result());
        assertEquals(Verdict.RIGHT, g.verdict("0.0078"));
        assertEquals(Verdict.RIGHT, g.verdict("0.008"), "the shown value");
        assertEquals(Verdict.RIGHT, g.verdict("0.00783"));
    }

    @Test
    void sigmaOfTheShownSum() throws Exception {
        // shared-bias practice seed 27, step 3: σ(−0.7966) = 0.31075, beside 1 / (1 + 2.2181) = 0.31073
        Sheets.Asked a = Sheets.practice("shared-bias", 27, 3, "a:out");
        assertEquals("−0.7966", a.shown().get("z:out").result());
        assertEquals(Verdict.RIGHT, a.verdict("0.3108"));
        assertEquals(Verdict.RIGHT, a.verdict("0.3107"));
        assertEquals(Verdict.RIGHT, a.verdict("0.31075"));
        assertEquals(Verdict.WRONG, a.verdict("0.3109"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.5x0.3|0.15", "0.5 x 0.3|0.15", "0.5X0.3|0.15", "(0.5)x(0.3)|0.15", "2x-0.3|-0.6",
        "−0.024 x 2|-0.048", ".5x.3|0.15", "0.5 × 0.3 x 2|0.3"})
    void anXBetweenNumbersIsTimes(String typed, double value) throws Exception {
        assertEquals(value, Answer.parse(typed).value(), 1e-15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.5y0.3|I can't read that as a number: \"y\" at position 4 is no number or function (write ×, * or x for times).",
        "0.5 w 2|I can't read that as a number: \"w\" at position 5 is no number or function (write ×, * or x for times).",
        "0.5x|I can't read that as a number: \"x\" at position 4 is no number or function (write ×, * or x for times).",
        "x2|I can't read that as a number: \"x2\" is not a number."})
    void anyOtherLetterGetsAMessage(String typed, String message) {
        assertEquals(message, assertThrows(Answer.Unreadable.class, () -> Answer.parse(typed)).getMessage());
    }
}
