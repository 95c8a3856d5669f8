package tutor.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import tutor.engine.Example;
import tutor.engine.Nudge;
import tutor.lesson.Lesson;

/** The nudge check on every lesson: at ε = 10⁻⁴ the central slope meets every gradient to 1e-6; at a kink it says so. */
class NudgeInLessonsTest {

    static final java.util.List<String> LESSONS = LabFixtures.LESSONS;

    @ParameterizedTest
    @FieldSource("LESSONS")
    void everyGradientOfEveryExampleAgreesAtATenThousandth(String file) {
        Lesson lesson = LabFixtures.lesson(file);
        int compared = 0;
        for (Example ex : lesson.examples()) {
            for (String p : lesson.network().parameterIds()) {
                Nudge n = Nudge.of(lesson.network(), lesson.parameters(), ex, p, 1e-4);
                assertEquals(Nudge.Reading.COMPARABLE, n.reading(), file + " " + p + ": " + n);
                assertTrue(n.relativeDifference() < 1e-6, file + " " + p + ": " + n);
                compared++;
            }
        }
        assertEquals(lesson.examples().size() * lesson.network().parameterIds().size(), compared);
    }

    @Test
    void theLabsPanelAgreesWithTheEngineAndSaysWhatItShows() {
        Lab lab = LabFixtures.keys(LabFixtures.lab("1-tiny"), "d");
        assertEquals(Lab.Panel.NUDGE, lab.panel());
        String screen = LabView.render(lab, 80, 24, false).toString().replaceAll("\\s+", " ");
        assertTrue(screen.contains("Nudge w₁ by ε = 10⁻⁴"), screen);
        assertTrue(screen.contains("the gradient predicts how the loss moves"), screen);
        // ε from 10⁻¹ to 10⁻⁶ and no further.
        Lab coarse = LabFixtures.keys(lab, LabMsg.Key.LEFT, LabMsg.Key.LEFT, LabMsg.Key.LEFT, LabMsg.Key.LEFT);
        assertEquals(1, coarse.epsilonPower());
        assertTrue(coarse.notice().contains("10⁻¹ to 10⁻⁶"), coarse.notice());
        Lab fine = LabFixtures.keys(lab, LabMsg.Key.RIGHT, LabMsg.Key.RIGHT, LabMsg.Key.RIGHT);
        assertEquals(6, fine.epsilonPower());
        assertEquals(1e-6, fine.epsilon(), 1e-20);
    }

    /** relu with w11 = 0.35: H1's input 0.35·0.6 − 0.3·0.7 is 0 to within rounding, the ReLU's corner. */
    static Lab atKink() {
        Lab lab = LabFixtures.lab("5-relu");
        while (!lab.row().key().equals("w11")) lab = LabUpdate.update(lab, LabMsg.Key.DOWN);
        return LabFixtures.keys(lab, "0.35", LabMsg.Key.ENTER, "d");
    }

    @Test
    void atAReluKinkItSaysSoInsteadOfAnAgreement() {
        Lab lab = atKink();
        assertEquals(Nudge.Reading.KINK, NudgePanel.nudge(lab).reading());
        String screen = LabView.render(lab, 80, 24, true).toString().replaceAll("\\s+", " ");
        assertTrue(screen.contains("the loss has a corner here"), screen);
        assertTrue(!screen.contains("agree to"), screen);
        assertTrue(Summary.of(lab, true).contains("at a ReLU kink"), Summary.of(lab, true));
    }
}
