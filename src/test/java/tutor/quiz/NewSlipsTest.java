package tutor.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.engine.Activation;
import tutor.engine.Layer;
import tutor.engine.Loss;
import tutor.lesson.Lesson;
import tutor.quiz.Acceptance.Verdict;

/** Two slips named since issue 15: σ(−z) for σ(z), and a squared loss left unsquared; on every lesson where they apply. */
class NewSlipsTest {

    static final String FLIPPED = "The sign inside e^(−z) is flipped: that is σ(−z) = 1 / (1 + e^(z)), not σ(z) = 1 / (1 + e^(−z)).";
    static final String UNSQUARED = "The difference is left unsquared: the loss squares it, (y − ŷ)².";

    @Test
    void tinysHiddenOutputWithTheSignFlipped() throws Exception {
        // z_h = 1.100: σ(−1.1) = 0.2497 where σ(1.1) = 0.750
        Sheets.Asked a = Sheets.asked(Sheets.lesson("tiny"), 2, "a:h");
        assertEquals(Verdict.WRONG, a.verdict("0.2497"));
        assertEquals(List.of(FLIPPED), a.slips("0.2497"));
        assertEquals(List.of(FLIPPED), a.slips("0.250"));
        assertEquals(List.of(FLIPPED), a.slips("1/(1+exp(1.1))"));
    }

    @Test
    void tinysLossLeftUnsquared() throws Exception {
        // (1 − 0.646)² = 0.125; unsquared 0.354
        Sheets.Asked loss = Sheets.asked(Sheets.lesson("tiny"), 4, "loss");
        assertEquals(List.of(UNSQUARED), loss.slips("0.354"));
        assertEquals(List.of(UNSQUARED), loss.slips("-0.354"));
        assertEquals(Verdict.RIGHT, loss.verdict("0.125"));
    }

    static Stream<Lesson> sheets() {
        return Sheets.withPractice(10).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void namedWhereverTheyApply(Lesson lesson) throws Exception {
        int named = 0;
        for (Sheets.Asked q : Sheets.questions(lesson)) {
            String kind = q.key().contains(":") ? q.key().substring(0, q.key().indexOf(':')) : q.key();
            if (kind.equals("a") && sigmoid(lesson, q.key().substring(2))) {
                double z = q.exact().value("z:" + q.key().substring(2));
                named += namedIfApart(q, 1 / (1 + Math.exp(z)), FLIPPED);
            }
            if (kind.equals("loss") && lesson.network().loss() != Loss.BINARY_CROSS_ENTROPY) {
                double miss = 0;
                for (String o : lesson.network().outputs()) {
                    if (q.key().contains(":") && !q.key().endsWith(":" + o)) continue;
                    double d = q.exact().example().targets().get(o) - q.exact().value("a:" + o);
                    miss += d;
                }
                double half = lesson.network().loss() == Loss.HALF_SSE ? 0.5 : 1;
                named += namedIfApart(q, half * miss, UNSQUARED);
            }
        }
        boolean applies = Sheets.questions(lesson).stream().anyMatch(q -> q.key().equals("loss")
                || q.key().startsWith("a:") && sigmoid(lesson, q.key().substring(2)));
        if (applies) assertTrue(named > 0, lesson.id() + ": no question where the new slips apply was checked");
    }

    /** The slip's value, typed to 4 figures: refused and named, unless the right answer's range holds it too. */
    private static int namedIfApart(Sheets.Asked q, double slip, String what) throws Exception {
        String typed = AcceptanceSweepTest.figures(BigDecimal.valueOf(slip), 4);
        Answer a = Answer.parse(typed);
        if (tutor.engine.Interval.around(a.value(), Math.pow(10, -a.decimals())).intersects(q.expected().reach())) return 0;
        assertEquals(Verdict.WRONG, q.verdict(typed), q + ": " + typed);
        List<String> said = q.slips(typed);
        assertTrue(said.contains(what), q + ": " + typed + " is not named as \"" + what + "\": " + said);
        return 1;
    }

    private static boolean sigmoid(Lesson lesson, String neuron) {
        for (Layer l : lesson.network().layers()) if (l.neurons().contains(neuron)) return l.activation() == Activation.SIGMOID;
        return false;
    }
}
