package tutor.lab;

import tutor.engine.Notation;
import tutor.engine.Nudge;

/** Each view in one line of text, for screen readers and logs: "tiny sandbox: L 0.1255 → 0.1198 after 2 edits". */
public final class Summary {
    private Summary() {}

    /** "tiny training: loss 0.1255 → 0.0011 over 500 steps". */
    static String training(Lab lab) {
        Run run = lab.run();
        String start = LabNumbers.significant(run.descent().loss(0), 4);
        String now = LabNumbers.significant(run.loss(), 4);
        return lab.id() + " training" + (run.onTask() ? " on the task's " + run.data().size() + " points" : "") + ": loss "
                + (run.step() == 0 ? start + " at the start" : start + " → " + now + " over " + run.step()
                + (run.step() == 1 ? " step" : " steps"));
    }

    public static String of(Lab lab, boolean ascii) {
        if (lab.run() != null) return LabView.text(training(lab), ascii);
        Notation n = lab.notation(ascii);
        Sandbox s = lab.sandbox();
        String text;
        if (lab.panel() == Lab.Panel.NUDGE) {
            Nudge r = NudgePanel.nudge(lab);
            String w = n.label(null, r.parameter());
            text = lab.id() + " ∂w check " + w + ", ε " + LabNumbers.powerOfTen(lab.epsilonPower()) + ": slope "
                    + LabNumbers.significant(r.centralSlope(), 6) + ", ∂L/∂" + w + " " + LabNumbers.significant(r.gradient(), 6)
                    + switch (r.reading()) {
                        case KINK -> ", at a ReLU kink";
                        case ROUNDING -> ", lost in float64 rounding";
                        case COMPARABLE -> r.relativeDifference() == 0 ? ", the same"
                                : ", differ by " + LabNumbers.significant(r.relativeDifference(), 2);
                    };
        } else {
            String now = s.trace().get("loss").result();
            String start = s.original().equals(s.current()) ? now : s.original().trace().get("loss").result();
            text = lab.id() + " sandbox: L " + (start.equals(now) ? now : start + " → " + now) + (s.edits() == 0 ? ", the lesson's numbers"
                    : " after " + s.edits() + (s.edits() == 1 ? " edit" : " edits"));
        }
        return LabView.text(text, ascii);
    }
}
