package tutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tutor.engine.Interval;
import tutor.quiz.Acceptance.Verdict;

/** The answer parser and the acceptance rule, pinned at their edges. */
class AnswerAndAcceptanceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.5523|0.5523|4|4", ".5523|0.5523|4|4", "-0.0746|-0.0746|4|3", "'0,5523'|0.5523|4|4", "7.46e-2|0.0746|4|3",
        "7.46E-2|0.0746|4|3", "+0.25|0.25|2|2", "−0.0746|-0.0746|4|3", "1.100|1.1|3|4", "2|2|0|1", "0.000|0|3|0",
        "  0.5523  |0.5523|4|4"})
    void numbersKeepTheirTypedPrecision(String typed, double value, int decimals, int significant) throws Exception {
        Answer a = Answer.parse(typed);
        assertEquals(value, a.value(), 0.0);
        assertEquals(decimals, a.decimals());
        assertEquals(significant, a.significant());
        assertEquals(false, a.expression());
    }

    @Test
    void expressionsAreEvaluatedByOurOwnParser() throws Exception {
        assertEquals(0.7414 * 0.1868 * 0.5933, Answer.parse("0.7414*0.1868*0.5933").value(), 1e-15);
        assertEquals(1 / (1 + 0.8106), Answer.parse("1/(1+0.8106)").value(), 1e-15);
        assertEquals(0.2 * 0.35 + 0.2 * 0.7, Answer.parse("(0.2)(0.35) + (0.2)(0.7)").value(), 1e-15);
        assertEquals(1 / (1 + Math.exp(-1.1)), Answer.parse("1/(1+exp(-1.1))").value(), 1e-15);
        assertEquals(0.354 * 0.354, Answer.parse("0.354^2").value(), 1e-15);
        assertEquals(-2 * (1 - 0.646), Answer.parse("-2(1 - 0.646)").value(), 1e-15);
        assertEquals(0.5 * 0.3, Answer.parse("0.5 × 0.3").value(), 1e-15);
        assertTrue(Answer.parse("0.5*0.3").expression());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|I can't read that as a number: \"abc\" is not a number.",
        "''|Type a number, then press Enter.",
        "1e999|That number is far too large to be the answer.",
        "0.5.5|I can't read that as a number: unexpected \".\" at position 4.",
        "1/0|I can't read that as a number: division by zero.",
        "(1+2|I can't read that as a number: a \"(\" is not closed.",
        "'1,5.2'|Use either a comma or a point for decimals, not both.",
        "Runtime.exec(\"x\")|I can't read that as a number: \"Runtime\" is not a number.",
        "2^2000|I can't read that as a number: that number is too large."})
    void garbageGetsAClearMessage(String typed, String message) {
        Answer.Unreadable e = assertThrows(Answer.Unreadable.class, () -> Answer.parse(typed));
        assertEquals(message, e.getMessage());
    }

    @Test
    void tenThousandCharactersAreRefusedWithoutWork() {
        Answer.Unreadable e = assertThrows(Answer.Unreadable.class, () -> Answer.parse("1+".repeat(5000)));
        assertEquals("That is too long to be an answer.", e.getMessage());
        assertThrows(Answer.Unreadable.class, () -> Answer.parse("(".repeat(150) + "1" + ")".repeat(49)));
    }

    /** Issue 9's reproductions: each ended the session with an exception or ran out of memory. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".e1|I can't read that as a number: a \".\" needs a digit before or after it, at position 1.",
        "-.e2|I can't read that as a number: a \".\" needs a digit before or after it, at position 2.",
        "1e-999999999|That number is too small to be an answer: an exponent may be at most 300 (as in 1e-300).",
        "1e-99999999|That number is too small to be an answer: an exponent may be at most 300 (as in 1e-300).",
        "1e301|That number is far too large to be the answer.",
        "2*1e-99999999|I can't read that as a number: an exponent may be at most 300 (as in 1e-300).",
        "'.'|I can't read that as a number: a \".\" needs a digit before or after it, at position 1.",
        "e5|I can't read that as a number: \"e5\" is not a number."})
    void reproductionsGetAMessage(String typed, String message) {
        Answer.Unreadable e = assertThrows(Answer.Unreadable.class, () -> Answer.parse(typed));
        assertEquals(message, e.getMessage());
    }

    /** Digits of any script are read as their value, so the keyboard layout a learner types on never matters. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "３|3|0|1", "٣|3|0|1", "٠٫٧٥٠|0.75|3|3", "０．５５２３|0.5523|4|4", "－０．０７４６|-0.0746|4|3", "۰.۵|0.5|1|1",
        "०.७५|0.75|2|2", "1e-300|1e-300|300|1", "0.5e+2|50|0|1"})
    void digitsOfAnyScriptAreTheirValue(String typed, double value, int decimals, int significant) throws Exception {
        Answer a = Answer.parse(typed);
        assertEquals(value, a.value(), 0.0);
        assertEquals(decimals, a.decimals());
        assertEquals(significant, a.significant());
        assertEquals(typed, a.typed(), "what was typed is kept as typed");
    }

    @Test
    void anExpressionInFullWidthOrArabicDigitsIsEvaluated() throws Exception {
        assertEquals(0.5 * 0.3, Answer.parse("０．５×０．３").value(), 1e-15);
        assertEquals(1 / (1 + 0.8106), Answer.parse("١/(١+٠٫٨١٠٦)").value(), 1e-15);
        assertEquals(Verdict.RIGHT, judge("٠٫٥٥٢٣", 0.5523079, 0.5523, 0.55225, 0.55235));
    }

    @Test
    void hugeExponentsAreRefusedWithoutArithmetic() {
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertThrows(Answer.Unreadable.class, () -> Answer.parse("1e-" + "9".repeat(190)));
        }
        // not a timing test: a single one of these took 89 s before; a thousand finish at once now
        assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(30));
    }

    /** A quantity whose shown numbers allow exactly the range [lo, hi]. */
    static Verdict judge(String typed, double exact, double shown, double lo, double hi) throws Answer.Unreadable {
        return Acceptance.judge(Answer.parse(typed), new Expected(exact, shown, new Interval(lo, hi), null, null));
    }

    @Test
    void rightWhenTheTypedNumberCanStandForAValueTheScreenGives() throws Exception {
        // 1 / (1 + 0.8106) with 0.8106 shown to 4 decimals: anything in [0.552294, 0.552324]
        double lo = 1 / (1 + 0.81065);
        double hi = 1 / (1 + 0.81055);
        assertEquals(Verdict.RIGHT, judge("0.5523", 0.5523079, 0.5523, lo, hi));
        assertEquals(Verdict.RIGHT, judge("0.552", 0.5523079, 0.5523, lo, hi));
        assertEquals(Verdict.RIGHT, judge("0.55231", 0.5523079, 0.5523, lo, hi));
        assertEquals(Verdict.RIGHT, judge("0.55229", 0.5523079, 0.5523, lo, hi), "1/(1+0.81065) rounds to 0.55229");
        assertEquals(Verdict.WRONG, judge("0.55225", 0.5523079, 0.5523, lo, hi));
        assertEquals(Verdict.WRONG, judge("0.5522", 0.5523079, 0.5523, lo, hi));
        assertEquals(Verdict.WRONG, judge("0.5524", 0.5523079, 0.5523, lo, hi));
        assertEquals(Verdict.RIGHT, judge("0,5523", 0.5523079, 0.5523, lo, hi));
        assertEquals(Verdict.RIGHT, judge("5.523e-1", 0.5523079, 0.5523, lo, hi));
    }

    @Test
    void typedZerosBuyNoPrecision() throws Exception {
        // δ = −0.708 × 0.229 on paper: the shown factors allow [−0.16260, −0.16166]; −0.16211 exactly.
        double lo = -0.7085 * 0.2295;
        double hi = -0.7075 * 0.2285;
        assertEquals(Verdict.RIGHT, judge("-0.162", -0.16211, -0.162, lo, hi));
        assertEquals(Verdict.RIGHT, judge("-0.1621", -0.16211, -0.162, lo, hi));
        assertEquals(Verdict.RIGHT, judge("-0.1620", -0.16211, -0.162, lo, hi), "−0.7080 × 0.2288 gives it");
        // where the numbers on screen pin the value down, padding the paper value with zeros is not enough
        assertEquals(Verdict.WRONG, judge("-0.16200", -0.16211, -0.162, -0.162115, -0.162105));
        assertEquals(Verdict.RIGHT, judge("-0.162", -0.16211, -0.162, -0.162115, -0.162105));
    }

    @Test
    void threeSignificantFiguresAtLeast() throws Exception {
        assertEquals(Verdict.TOO_COARSE, judge("0.55", 0.5523079, 0.5523, 0.5523, 0.5524));
        assertEquals(Verdict.TOO_COARSE, judge("0.6", 0.5523079, 0.5523, 0.5523, 0.5524));
        assertEquals(Verdict.TOO_COARSE, judge("-0.07", -0.0746, -0.0746, -0.0747, -0.0745));
        assertEquals(Verdict.RIGHT, judge("-0.0746", -0.07460508, -0.0746, -0.0747, -0.0745));
        assertEquals(Verdict.RIGHT, judge("1.1", 1.1, 1.1, 1.1, 1.1), "nothing is lost in 1.1");
        assertEquals(Verdict.RIGHT, judge("0", 0.0, 0.0, 0, 0), "a dead ReLU's gradient is exactly 0");
        assertEquals(Verdict.RIGHT, judge("0", 0.0004, 0.000, 0.0004, 0.0004), "paper mode to 3 decimals makes it 0");
        assertEquals(Verdict.WRONG, judge("0", 0.0004, 0.0004, 0.0004, 0.0004), "exactly it is not 0");
        assertEquals(Verdict.WRONG, judge("0", 0.26, 0.260, 0.2595, 0.2605), "a zero for 0.26 is no rounding");
    }

    @Test
    void signMatters() throws Exception {
        assertEquals(Verdict.WRONG, judge("0.0746", -0.0746051, -0.0746, -0.0747, -0.0745));
    }

    @Test
    void expressionsAgreeToThreeSignificantFiguresWithTheRange() throws Exception {
        assertEquals(Verdict.RIGHT, judge("0.7414*0.1868*0.5933", 0.08216704, 0.0822, 0.08216, 0.08218));
        assertEquals(Verdict.RIGHT, judge("1/(1+0.8106)", 0.55230791, 0.5523, 0.5523, 0.5523));
        assertEquals(Verdict.WRONG, judge("0.7414*0.1868", 0.08216704, 0.0822, 0.08216, 0.08218));
    }

    @Test
    void theOldValueIsNotTheNewOne() throws Exception {
        // w₁ = 0.15 moves to 0.14978: at 3 decimals it has not moved, and 0.150 is not accepted for it.
        Expected e = new Expected(0.149783, 0.14978, new Interval(0.14977, 0.14979), 0.15, null);
        assertEquals(Verdict.NOT_MOVED, Acceptance.judge(Answer.parse("0.150"), e));
        assertEquals(Verdict.NOT_MOVED, Acceptance.judge(Answer.parse("0.15"), e));
        assertEquals(Verdict.RIGHT, Acceptance.judge(Answer.parse("0.1498"), e));
        Expected still = new Expected(0.5, 0.5, Interval.point(0.5), 0.5, null);
        assertEquals(Verdict.RIGHT, Acceptance.judge(Answer.parse("0.500"), still), "a weight whose gradient is 0 keeps its value");
    }

    @Test
    void aLessonsToleranceReplacesTheRule() throws Exception {
        Expected e = new Expected(0.5523, 0.5523, Interval.point(0.5523), null, 0.06);
        assertEquals(Verdict.RIGHT, Acceptance.judge(Answer.parse("0.5"), e));
        Expected tight = new Expected(0.5523, 0.5523, Interval.point(0.5523), null, 0.05);
        assertEquals(Verdict.WRONG, Acceptance.judge(Answer.parse("0.5"), tight));
    }
}
