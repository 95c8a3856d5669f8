package tutor.lab;

import java.util.ArrayList;
import java.util.List;
import tutor.engine.Notation;
import tutor.engine.Nudge;

/** The nudge check as lines: L(w ± ε), the central slope beside ∂L/∂w, predicted against real change, and what it shows. */
final class NudgePanel {
    private NudgePanel() {}

    static Nudge nudge(Lab lab) {
        Setup s = lab.sandbox().current();
        return Nudge.of(s.network(), s.parameters(), s.example(), lab.row().key(), lab.epsilon());
    }

    static List<String> lines(Lab lab, Notation n) {
        Nudge r = nudge(lab);
        String w = n.label(null, r.parameter());
        String eps = LabNumbers.powerOfTen(lab.epsilonPower());
        List<String> out = new ArrayList<>();
        out.add("Nudge " + w + " by ε = " + eps + ", exactly:");
        out.add("  L(" + w + " + ε)  " + LabNumbers.significant(r.lossPlus(), 12));
        out.add("  L(" + w + " − ε)  " + LabNumbers.significant(r.lossMinus(), 12));
        out.add("  slope     " + LabNumbers.significant(r.centralSlope(), 10));
        out.add("  ∂L/∂" + w + pad(w) + LabNumbers.significant(r.gradient(), 10));
        out.add("  ∂L/∂" + w + "·ε" + pad(w + "·ε") + LabNumbers.significant(r.predictedChange(), 6) + " predicted");
        out.add("  real ΔL    " + LabNumbers.significant(r.realChange(), 6));
        out.add(verdict(r));
        return out;
    }

    private static String pad(String w) {
        return " ".repeat(Math.max(1, 6 - w.length()));
    }

    /** One sentence: what the check shows, or why it shows nothing here. */
    static String verdict(Nudge r) {
        return switch (r.reading()) {
            case KINK -> "A ReLU's input crosses 0 within ±ε: the loss has a corner here; no agreement to read.";
            case ROUNDING -> "float64 rounding: L(w ± ε) differ in their last digits only; the slope is mostly "
                    + "rounding. Make ε larger (←).";
            case COMPARABLE -> {
                double rel = r.relativeDifference();
                if (rel == 0) yield "Slope and gradient agree in every digit: the gradient predicts how the loss moves.";
                int digits = (int) Math.floor(-Math.log10(rel));
                if (digits < 4) yield "They differ in digit " + (digits + 1) + ": at this ε the loss curves away from a "
                        + "straight line. Make ε smaller (→) and watch them meet.";
                yield "Slope and gradient agree to " + digits + " digits: the gradient predicts how the loss moves.";
            }
        };
    }
}
