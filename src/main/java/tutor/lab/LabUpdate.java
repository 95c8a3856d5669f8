package tutor.lab;

import java.util.List;
import tutor.engine.Activation;
import tutor.engine.EngineException;
import tutor.engine.Loss;
import tutor.expr.Expression;

/** update(lab, message) → next lab. Pure: the engine works each edit; nothing else happens here. */
public final class LabUpdate {
    private LabUpdate() {}

    /** How far ← and → move a number. */
    static final double STEP = 0.1;

    public static Lab update(Lab lab, LabMsg msg) {
        if (lab.run() != null) return TrainUpdate.update(lab, msg);
        if (msg instanceof LabMsg.Tick) return lab;
        if (lab.typing()) return typing(lab, msg);
        if (msg instanceof LabMsg.Typed t) return typed(lab, t.c());
        Lab plain = lab.with(lab.sandbox(), lab.cursor(), null, lab.panel(), lab.epsilonPower(), null);
        return switch ((LabMsg.Key) msg) {
            case UP -> plain.with(lab.sandbox(), lab.cursor() - 1, null, lab.panel(), lab.epsilonPower(), null);
            case DOWN -> plain.with(lab.sandbox(), lab.cursor() + 1, null, lab.panel(), lab.epsilonPower(), null);
            case HOME -> plain.with(lab.sandbox(), 0, null, lab.panel(), lab.epsilonPower(), null);
            case END -> plain.with(lab.sandbox(), lab.rows().size() - 1, null, lab.panel(), lab.epsilonPower(), null);
            case LEFT -> lab.panel() == Lab.Panel.NUDGE ? epsilon(lab, -1) : step(lab, -1);
            case RIGHT -> lab.panel() == Lab.Panel.NUDGE ? epsilon(lab, +1) : step(lab, +1);
            case ENTER -> enter(lab);
            case BACK -> lab.panel() == Lab.Panel.NUDGE ? plain.with(lab.sandbox(), lab.cursor(), null, Lab.Panel.CHANGES,
                    lab.epsilonPower(), null) : lab.closing();
            default -> plain;
        };
    }

    private static Lab typed(Lab lab, char c) {
        Row row = lab.row();
        if (row.kind() == Row.Kind.NUMBER || row.kind() == Row.Kind.RATE) {
            if (c >= '0' && c <= '9' || c == '.' || c == '-' || c == '(') return lab.with(lab.sandbox(), lab.cursor(), String.valueOf(c),
                    lab.panel(), lab.epsilonPower(), null);
        }
        return switch (c) {
            case 'j' -> update(lab, LabMsg.Key.DOWN);
            case 'k' -> update(lab, LabMsg.Key.UP);
            case 'q' -> lab.closing();
            case 'u' -> lab.sandbox().canUndo() ? moved(lab, lab.sandbox().undo(), "Undone.")
                    : note(lab, "Nothing to undo.");
            case 'y' -> lab.sandbox().canRedo() ? moved(lab, lab.sandbox().redo(), "Redone.")
                    : note(lab, "Nothing to redo.");
            case 'R' -> lab.sandbox().current().equals(lab.sandbox().original()) ? note(lab, "These are the lesson's own numbers already.")
                    : moved(lab, lab.sandbox().reset(), "Back to the lesson's numbers (u undoes that).");
            case 'd' -> nudge(lab);
            case 't' -> TrainUpdate.start(lab);
            case 'e' -> lab.predict().on() ? lab.withPredict(Lab.Predict.OFF).withNotice("Predictions off: edits apply at once.")
                    : lab.withPredict(new Lab.Predict(true, null, null, null))
                    .withNotice("Predictions on: before a weight or bias changes, say how the loss will move.");
            case 'w' -> lab.writing(new Lab.File(LessonFile.id(lab) + ".json", LessonFile.write(lab), "lesson"));
            case 'p' -> lab.writing(new Lab.File(LessonFile.id(lab) + ".py", script(lab), "NumPy script"));
            case '<', ',' -> lab.panel() == Lab.Panel.NUDGE ? epsilon(lab, -1) : lab;
            case '>', '.' -> lab.panel() == Lab.Panel.NUDGE ? epsilon(lab, +1) : lab;
            default -> lab;
        };
    }

    private static String script(Lab lab) {
        Setup s = lab.sandbox().current();
        return NumpyScript.write(s.network(), s.parameters(), s.example(), lab.notation(true), java.util.List.of(
                tutor.engine.Ascii.transliterate(lab.title()) + ", as edited in the lab",
                "Run it: python3 " + LessonFile.id(lab) + ".py (NumPy needed)"));
    }

    /** d: the nudge check of the parameter under the cursor, on and off. */
    private static Lab nudge(Lab lab) {
        if (lab.panel() == Lab.Panel.NUDGE) return lab.with(lab.sandbox(), lab.cursor(), null, Lab.Panel.CHANGES, lab.epsilonPower(), null);
        if (!lab.row().isParameter(lab.sandbox().current().network())) {
            return note(lab, "The nudge check is for a weight or a bias: move to one (↑ ↓) and press d.");
        }
        return lab.with(lab.sandbox(), lab.cursor(), null, Lab.Panel.NUDGE, lab.epsilonPower(), null);
    }

    /** ε one power of ten larger (−1) or smaller (+1), within 10⁻¹ … 10⁻⁶. */
    private static Lab epsilon(Lab lab, int by) {
        int next = lab.epsilonPower() + by;
        if (next < Lab.FIRST_POWER || next > Lab.LAST_POWER) {
            return note(lab, "ε goes from 10⁻¹ to 10⁻⁶.");
        }
        return lab.with(lab.sandbox(), lab.cursor(), null, lab.panel(), next, null);
    }

    private static Lab enter(Lab lab) {
        Row row = lab.row();
        return switch (row.kind()) {
            case NUMBER, RATE -> lab.with(lab.sandbox(), lab.cursor(), "", lab.panel(), lab.epsilonPower(), null);
            case ACTIVATION -> step(lab, +1);
            case LOSS -> step(lab, +1);
        };
    }

    /** ← →: a number by ∓0.1, or the next or previous activation or loss. */
    private static Lab step(Lab lab, int by) {
        Row row = lab.row();
        Setup s = lab.sandbox().current();
        return switch (row.kind()) {
            case NUMBER -> apply(lab, s.withNumber(row.key(), round(s.number(row.key()) + by * STEP)));
            case RATE -> {
                double eta = round(s.network().learningRate() + by * STEP);
                yield eta <= 0 ? note(lab, "η must stay above 0: type a smaller one (Enter).") : apply(lab, s.withLearningRate(eta));
            }
            case ACTIVATION -> apply(lab, s.withActivation(row.layer(), cycle(Activation.values(),
                    s.network().layers().get(row.layer()).activation(), by)));
            case LOSS -> apply(lab, s.withLoss(cycle(Loss.values(), s.network().loss(), by)));
        };
    }

    /** A step of 0.1 lands on 0.6, not 0.6000000000000001. */
    private static double round(double v) {
        return Math.round(v * 1e12) / 1e12;
    }

    private static <T> T cycle(T[] all, T now, int by) {
        int i = List.of(all).indexOf(now);
        return all[Math.floorMod(i + by, all.length)];
    }

    private static Lab typing(Lab lab, LabMsg msg) {
        if (msg instanceof LabMsg.Typed t) {
            if (lab.input().length() >= Expression.MAX_LENGTH) return lab;
            return lab.with(lab.sandbox(), lab.cursor(), lab.input() + t.c(), lab.panel(), lab.epsilonPower(), null);
        }
        return switch ((LabMsg.Key) msg) {
            case BACKSPACE -> lab.with(lab.sandbox(), lab.cursor(), lab.input().isEmpty() ? "" : lab.input().substring(0, lab.input().length() - 1),
                    lab.panel(), lab.epsilonPower(), null);
            case CLEAR -> lab.with(lab.sandbox(), lab.cursor(), "", lab.panel(), lab.epsilonPower(), null);
            case BACK -> lab.predict().asked() != null
                    ? lab.withPredict(new Lab.Predict(true, null, null, null)).with(lab.sandbox(), lab.cursor(), null, lab.panel(),
                    lab.epsilonPower(), "Not applied: the edit waits for no prediction.")
                    : lab.with(lab.sandbox(), lab.cursor(), null, lab.panel(), lab.epsilonPower(), null);
            case ENTER -> lab.predict().asked() != null ? predicted(lab) : submit(lab);
            default -> lab;
        };
    }

    private static Lab submit(Lab lab) {
        double v;
        try {
            v = Expression.evaluate(lab.input());
        } catch (Expression.Invalid e) {
            return lab.with(lab.sandbox(), lab.cursor(), lab.input(), lab.panel(), lab.epsilonPower(), "Not a number: " + e.getMessage());
        }
        if (!Double.isFinite(v) || Math.abs(v) > 1e6) {
            return lab.with(lab.sandbox(), lab.cursor(), lab.input(), lab.panel(), lab.epsilonPower(), "Keep numbers between −1000000 and 1000000.");
        }
        Setup s = lab.sandbox().current();
        Row row = lab.row();
        if (row.kind() == Row.Kind.RATE) {
            if (v <= 0) return lab.with(lab.sandbox(), lab.cursor(), lab.input(), lab.panel(), lab.epsilonPower(), "η must be above 0.");
            return apply(lab.with(lab.sandbox(), lab.cursor(), null, lab.panel(), lab.epsilonPower(), null), s.withLearningRate(v));
        }
        return apply(lab.with(lab.sandbox(), lab.cursor(), null, lab.panel(), lab.epsilonPower(), null), s.withNumber(row.key(), v));
    }

    /** An edit worked by the engine; where it cannot be (an overflow), the lab stays as it was and says why. */
    private static Lab apply(Lab lab, Setup next) {
        Row row = lab.row();
        if (lab.predict().on() && row.isParameter(next.network()) && lab.sandbox().current().network().equals(next.network())
                && Sandbox.unworkable(next) == null) {
            return lab.withPredict(new Lab.Predict(true, next, row.key(), null)).with(lab.sandbox(), lab.cursor(), "", lab.panel(),
                    lab.epsilonPower(), null);
        }
        try {
            return moved(lab, lab.sandbox().edit(next), null);
        } catch (EngineException e) {
            return note(lab, "Not applied: " + e.getMessage());
        }
    }

    /** The guess typed: the edit applied, and the guess judged against the estimate and the real change. */
    private static Lab predicted(Lab lab) {
        double guess;
        try {
            guess = Expression.evaluate(lab.input());
        } catch (Expression.Invalid e) {
            return lab.with(lab.sandbox(), lab.cursor(), lab.input(), lab.panel(), lab.epsilonPower(), "Not a number: " + e.getMessage());
        }
        Lab.Predict p = lab.predict();
        Sandbox before = lab.sandbox();
        Sandbox after = before.edit(p.asked());
        double delta = p.asked().number(p.key()) - before.current().number(p.key());
        double real = after.trace().value("loss") - before.trace().value("loss");
        boolean kink = false;
        for (var layer : before.current().network().layers()) {
            if (layer.activation() != tutor.engine.Activation.RELU && layer.activation() != tutor.engine.Activation.LEAKY_RELU) continue;
            for (String n : layer.neurons()) kink |= (before.trace().value("z:" + n) > 0) != (after.trace().value("z:" + n) > 0);
        }
        Prediction said = Prediction.judge(guess, before.trace().value("grad:" + p.key()), delta, real, kink);
        return lab.withPredict(new Lab.Predict(true, null, p.key(), said)).with(after, lab.cursor(), null, lab.panel(),
                lab.epsilonPower(), null);
    }

    private static Lab moved(Lab lab, Sandbox s, String notice) {
        Lab.Predict p = lab.predict();
        return lab.withPredict(new Lab.Predict(p.on(), null, null, null)).with(s, lab.cursor(), null, lab.panel(), lab.epsilonPower(), notice);
    }

    private static Lab note(Lab lab, String notice) {
        return lab.with(lab.sandbox(), lab.cursor(), lab.input(), lab.panel(), lab.epsilonPower(), notice);
    }
}
