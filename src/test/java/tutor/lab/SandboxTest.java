package tutor.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import tutor.engine.Activation;
import tutor.engine.Backprop;
import tutor.engine.Expr;
import tutor.engine.Loss;
import tutor.engine.Quantity;
import tutor.engine.Trace;

/** The sandbox: an edit changes exactly what is computed from it, against a fresh trace; undo, redo and reset. */
class SandboxTest {

    static final List<String> LESSONS = LabFixtures.LESSONS;

    /** Every quantity whose formula uses the given number, directly or through other quantities. */
    static Set<String> downstream(Trace t, String token) {
        Set<String> out = new HashSet<>();
        for (Quantity q : t.quantities()) {
            if (uses(q.formula(), token)) {
                out.add(q.key());
                out.addAll(t.dependents(q.key()));
            }
        }
        return out;
    }

    private static boolean uses(Expr e, String token) {
        if (e instanceof Expr.Given g) return g.token().equals(token);
        for (Expr part : e.parts()) if (uses(part, token)) return true;
        return false;
    }

    @ParameterizedTest
    @FieldSource("LESSONS")
    void editingANumberChangesExactlyWhatIsComputedFromIt(String file) {
        Lab lab = LabFixtures.lab(file);
        Setup start = lab.sandbox().current();
        Trace before = start.trace();
        for (Row row : lab.rows()) {
            if (row.kind() != Row.Kind.NUMBER) continue;
            Setup edited = start.withNumber(row.key(), start.number(row.key()) + 0.37);
            Sandbox s = Sandbox.of(start).edit(edited);
            Trace fresh = Backprop.trace(edited.network(), edited.parameters(), edited.example(), edited.precision());
            for (Quantity q : fresh.quantities()) assertEquals(q.value(), s.trace().value(q.key()), 0.0, file + " " + q.key());
            String token = "{" + row.key() + "}";
            Set<String> reach = downstream(s.trace(), token);
            // Nothing outside the edited number's reach moves; inside it, what moves is what a fresh trace says moved.
            for (String key : s.changed()) assertTrue(reach.contains(key), file + ": " + row.key() + " moved " + key);
            for (Quantity q : fresh.quantities()) {
                boolean moved = q.value() != before.value(q.key());
                assertEquals(moved, s.changed().contains(q.key()), file + " " + row.key() + " → " + q.key());
            }
            assertEquals(start.number(row.key()), s.changedNumbers().get(row.key()));
            // Undo restores every value.
            Sandbox back = s.undo();
            assertEquals(start, back.current());
            for (Quantity q : back.trace().quantities()) assertEquals(before.value(q.key()), q.value(), 0.0);
            assertEquals(edited, back.redo().current());
        }
    }

    @Test
    void aTypedWeightMovesItsGradientAndTheLossAndNotTheOtherInput() {
        Lab lab = LabFixtures.keys(LabFixtures.lab("1-tiny"), "0.6", LabMsg.Key.ENTER);
        assertEquals(0.6, lab.sandbox().current().parameters().get("w1"));
        Set<String> changed = lab.sandbox().changed();
        assertTrue(changed.containsAll(List.of("z:h", "a:h", "z:o", "a:o", "loss", "grad:w1", "grad:w3", "new:w1")), changed.toString());
        assertFalse(changed.contains("new:w2") && lab.sandbox().was("new:w2") == null);
        assertEquals(0.0, lab.sandbox().trace().value("z:h") - 1.2, 1e-12);
        assertEquals(1.1, lab.sandbox().was("z:h"), 1e-12);
        assertNull(lab.sandbox().was("t:o"));
    }

    @Test
    void activationLossAndRateAreEditsToo() {
        Lab lab = LabFixtures.lab("5-relu");
        Setup s = lab.sandbox().current();
        Sandbox box = Sandbox.of(s).edit(s.withActivation(0, Activation.SIGMOID)).edit(s.withActivation(0, Activation.SIGMOID)
                .withLoss(Loss.HALF_SSE)).edit(s.withActivation(0, Activation.SIGMOID).withLoss(Loss.HALF_SSE).withLearningRate(0.5));
        assertEquals(3, box.edits());
        Setup now = box.current();
        assertEquals(Activation.SIGMOID, now.network().layers().get(0).activation());
        Trace fresh = Backprop.trace(now.network(), now.parameters(), now.example(), now.precision());
        assertEquals(fresh.value("new:w11"), box.trace().value("new:w11"), 0.0);
        assertEquals(Set.of(), Set.copyOf(box.changed().stream().filter(k -> !k.startsWith("step:") && !k.startsWith("new:")
                && !k.startsWith("change:")).toList()), "η moves only the update");
        Sandbox reset = box.reset();
        assertEquals(lab.sandbox().original(), reset.current());
        assertEquals(now, reset.undo().current(), "reset is undone like any edit");
    }

    @Test
    void anEditTheEngineCannotWorkIsRefusedWithItsReason() {
        Lab lab = LabFixtures.lab("1-tiny");
        // Under cross-entropy a saturated output's slope is infinite: the lab keeps the old numbers and says why.
        Lab bce = lab;
        while (bce.row().kind() != Row.Kind.LOSS) bce = LabUpdate.update(bce, LabMsg.Key.DOWN);
        bce = LabFixtures.keys(bce, LabMsg.Key.RIGHT, LabMsg.Key.RIGHT);
        assertEquals(Loss.BINARY_CROSS_ENTROPY, bce.sandbox().current().network().loss());
        Lab w3 = bce;
        while (!w3.row().key().equals("w3")) w3 = LabUpdate.update(w3, LabMsg.Key.UP);
        Lab refused = LabFixtures.keys(w3, "-2000", LabMsg.Key.ENTER);
        assertEquals(w3.sandbox().current(), refused.sandbox().current());
        assertTrue(refused.notice().startsWith("Not applied: "), refused.notice());
    }
}
