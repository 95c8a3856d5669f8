package tutor.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Predict, then see: the verdicts at their edges, and the flow in the lab. */
class PredictionTest {

    // tiny: ∂L/∂w₃ ≈ −0.1216; w₃ 0.8 → 0.9 moves L by about −0.01216.
    private static final double G = -0.1216;

    @Test
    void verdictsAtTheirEdges() {
        assertEquals(Prediction.Verdict.CLOSE, Prediction.judge(-0.012, G, 0.1, -0.0118, false).verdict());
        assertEquals(Prediction.Verdict.CLOSE, Prediction.judge(-0.0092, G, 0.1, -0.0118, false).verdict(), "within a quarter of the estimate or the real move");
        assertEquals(Prediction.Verdict.SIZE, Prediction.judge(-0.05, G, 0.1, -0.0118, false).verdict(), "right sign, wrong size");
        assertEquals(Prediction.Verdict.SIZE, Prediction.judge(-0.0012, G, 0.1, -0.0118, false).verdict());
        assertEquals(Prediction.Verdict.SIGN_BACKWARDS, Prediction.judge(0.012, G, 0.1, -0.0118, false).verdict());
        assertEquals(Prediction.Verdict.FORGOT_DELTA, Prediction.judge(-0.12, G, 0.1, -0.0118, false).verdict());
        assertEquals(Prediction.Verdict.WRONG_WAY, Prediction.judge(0.5, G, 0.1, -0.0118, false).verdict());
        // With Δw = 1 the gradient and the estimate are one number: that is right, not a forgotten Δw.
        assertEquals(Prediction.Verdict.CLOSE, Prediction.judge(-0.12, G, 1, -0.09, false).verdict());
        String kink = Prediction.judge(0.0, 0.0, 0.1, 0.02, true).say("w11");
        assertTrue(kink.contains("A ReLU switched on or off"), kink);
        assertTrue(Prediction.judge(-0.12, G, 0.1, -0.0118, false).say("w₃").contains("forgot to multiply by Δw₃"));
        assertTrue(Prediction.judge(0.012, G, 0.1, -0.0118, false).say("w₃").contains("sign of the gradient read backwards"));
    }

    @Test
    void withPredictionsOnAnEditWaitsForTheGuess() {
        Lab lab = LabFixtures.lab("1-tiny");
        while (!lab.row().key().equals("w3")) lab = LabUpdate.update(lab, LabMsg.Key.DOWN);
        lab = LabFixtures.keys(lab, "e", LabMsg.Key.RIGHT);
        assertNotNull(lab.predict().asked(), "the edit waits");
        assertEquals(0, lab.sandbox().edits());
        assertTrue(LabView.render(lab, 80, 24, false).toString().contains("Before w₃ becomes 0.9: ΔL will be about?"));
        Lab judged = LabFixtures.keys(lab, "-0.012", LabMsg.Key.ENTER);
        assertEquals(1, judged.sandbox().edits());
        assertEquals(Prediction.Verdict.CLOSE, judged.predict().said().verdict());
        assertEquals(judged.sandbox().trace().value("loss") - lab.sandbox().trace().value("loss"), judged.predict().said().real(), 0.0);
        String panel = String.join(" ", LabView.changes(judged, judged.notation(false)));
        assertTrue(panel.startsWith("You said ΔL ≈ −0.012; ∂L/∂w₃·Δw₃ = −0.122 × 0.1 = −0.0122; the loss really moved −0.011. "
                + "Right: the gradient told you."), panel);
        // Esc: the edit is not made.
        Lab cancelled = LabFixtures.keys(lab, LabMsg.Key.BACK);
        assertNull(cancelled.predict().asked());
        assertEquals(0, cancelled.sandbox().edits());
        // A relu edit that switches H1 off: the verdict says the kink.
        Lab relu = LabFixtures.lab("5-relu");
        while (!relu.row().key().equals("w11")) relu = LabUpdate.update(relu, LabMsg.Key.DOWN);
        Lab off = LabFixtures.keys(relu, "e", "0.2", LabMsg.Key.ENTER, "0", LabMsg.Key.ENTER);
        assertTrue(off.predict().said().kink(), off.predict().said().toString());
    }
}
