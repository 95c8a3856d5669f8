package tutor.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tutor.engine.Activation;

/** The lab's keys: state + message → state, no terminal. */
class LabUpdateTest {

    @Test
    void itOpensOnTheFirstWeight() {
        Lab lab = LabFixtures.lab("1-tiny");
        assertEquals("w1", lab.row().key());
        assertEquals(Lab.Panel.CHANGES, lab.panel());
        assertFalse(lab.typing());
        assertEquals(4, lab.epsilonPower());
    }

    @Test
    void arrowsAndJkMoveTheCursorWithinTheRows() {
        Lab lab = LabFixtures.lab("1-tiny");
        assertEquals("w2", LabFixtures.keys(lab, "j").row().key());
        assertEquals("w2", LabFixtures.keys(lab, LabMsg.Key.DOWN).row().key());
        assertEquals("t:o", LabFixtures.keys(lab, "k").row().key());
        assertEquals("x1", LabFixtures.keys(lab, LabMsg.Key.HOME, "k").row().key());
        assertEquals(Row.Kind.LOSS, LabFixtures.keys(lab, LabMsg.Key.END, "j").row().kind());
    }

    @Test
    void typingAValueAndEnterIsOneEdit() {
        Lab lab = LabFixtures.keys(LabFixtures.lab("1-tiny"), "0.7");
        assertEquals("0.7", lab.input());
        lab = LabFixtures.keys(lab, LabMsg.Key.BACKSPACE, "75", LabMsg.Key.ENTER);
        assertNull(lab.input());
        assertEquals(0.75, lab.sandbox().current().parameters().get("w1"));
        assertEquals(1, lab.sandbox().edits());
        // Enter opens an empty field; an expression is read as in answers; Esc leaves it without a change.
        Lab field = LabFixtures.keys(lab, LabMsg.Key.ENTER);
        assertEquals("", field.input());
        assertEquals(0.25, LabFixtures.keys(field, "1/4", LabMsg.Key.ENTER).sandbox().current().parameters().get("w1"));
        assertEquals(lab.sandbox(), LabFixtures.keys(field, "3", LabMsg.Key.BACK).sandbox());
        Lab bad = LabFixtures.keys(field, "1/", LabMsg.Key.ENTER);
        assertTrue(bad.notice().startsWith("Not a number"), bad.notice());
        assertEquals("1/", bad.input(), "what was typed stays to be corrected");
    }

    @Test
    void leftAndRightStepANumberAndCycleAChoice() {
        Lab lab = LabFixtures.keys(LabFixtures.lab("1-tiny"), LabMsg.Key.RIGHT, LabMsg.Key.RIGHT);
        assertEquals(0.7, lab.sandbox().current().parameters().get("w1"));
        assertEquals(0.6, LabFixtures.keys(lab, LabMsg.Key.LEFT).sandbox().current().parameters().get("w1"));
        Lab layer = LabFixtures.lab("1-tiny");
        while (layer.row().kind() != Row.Kind.ACTIVATION) layer = LabUpdate.update(layer, LabMsg.Key.DOWN);
        assertEquals(Activation.TANH, LabFixtures.keys(layer, LabMsg.Key.RIGHT).sandbox().current().network().layers().get(0).activation());
        assertEquals(Activation.TANH, LabFixtures.keys(layer, LabMsg.Key.ENTER).sandbox().current().network().layers().get(0).activation());
        Lab eta = LabFixtures.lab("1-tiny");
        while (eta.row().kind() != Row.Kind.RATE) eta = LabUpdate.update(eta, LabMsg.Key.DOWN);
        Lab zero = LabFixtures.keys(eta, LabMsg.Key.LEFT);
        assertEquals(eta.sandbox(), zero.sandbox(), "η stays above 0");
        assertTrue(zero.notice().contains("η must stay above 0"), zero.notice());
    }

    @Test
    void undoRedoAndReset() {
        Lab lab = LabFixtures.keys(LabFixtures.lab("1-tiny"), LabMsg.Key.RIGHT, "j", LabMsg.Key.RIGHT);
        assertEquals(2, lab.sandbox().edits());
        Lab undone = LabFixtures.keys(lab, "u", "u");
        assertEquals(undone.sandbox().original(), undone.sandbox().current());
        assertEquals("Nothing to undo.", LabFixtures.keys(undone, "u").notice());
        assertEquals(lab.sandbox().current(), LabFixtures.keys(undone, "y", "y").sandbox().current());
        Lab reset = LabFixtures.keys(lab, "R");
        assertEquals(reset.sandbox().original(), reset.sandbox().current());
        assertEquals(lab.sandbox().current(), LabFixtures.keys(reset, "u").sandbox().current());
        assertTrue(LabFixtures.keys(reset, "R").notice().contains("own numbers already"));
    }

    @Test
    void dOpensTheNudgeCheckOnlyOnAWeightOrBias() {
        Lab lab = LabFixtures.lab("1-tiny");
        Lab nudge = LabFixtures.keys(lab, "d");
        assertEquals(Lab.Panel.NUDGE, nudge.panel());
        assertEquals(3, LabFixtures.keys(nudge, LabMsg.Key.LEFT).epsilonPower());
        assertEquals(5, LabFixtures.keys(nudge, ">").epsilonPower());
        assertEquals(Lab.Panel.CHANGES, LabFixtures.keys(nudge, "d").panel());
        assertEquals(Lab.Panel.CHANGES, LabFixtures.keys(nudge, LabMsg.Key.BACK).panel(), "Esc closes the check first");
        Lab onInput = LabFixtures.keys(lab, LabMsg.Key.HOME, "d");
        assertEquals(Lab.Panel.CHANGES, onInput.panel());
        assertTrue(onInput.notice().contains("weight or a bias"), onInput.notice());
    }

    @Test
    void qAndEscClose() {
        assertTrue(LabFixtures.keys(LabFixtures.lab("1-tiny"), "q").closed());
        assertTrue(LabFixtures.keys(LabFixtures.lab("1-tiny"), LabMsg.Key.BACK).closed());
        assertFalse(LabFixtures.keys(LabFixtures.lab("1-tiny"), "0", LabMsg.Key.BACK).closed(), "Esc leaves the field first");
    }
}
