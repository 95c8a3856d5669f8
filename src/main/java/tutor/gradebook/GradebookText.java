package tutor.gradebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The gradebook for a terminal, 80 columns wide: the marks (a column per lesson, numbered, with a key above), then
 * each student's attempts and when they were last active. "-" is a lesson never opened, never a 0.
 */
public final class GradebookText {
    private GradebookText() {}

    static final int WIDTH = 80;
    private static final int ID = 12;
    private static final int CELL = 6;

    public static String wide(Gradebook g) {
        StringBuilder out = new StringBuilder();
        List<String> labels = labels(g);
        List<String> key = new ArrayList<>();
        // A lesson's number and id stay on one line: a non-breaking space between them until the text is wrapped.
        for (int i = 0; i < g.columns().size(); i++) key.add(labels.get(i) + "\u00a0" + g.columns().get(i).key());
        wrapped(out, "Right at the first try / questions asked, per lesson (- never opened): " + String.join(", ", key) + ".");
        out.append('\n');
        // As many lesson columns as fit beside the id and the total; more lessons go on in a block below.
        int perBlock = Math.max(1, (WIDTH - ID - 1 - 8) / CELL);
        for (int from = 0; from < g.columns().size(); from += perBlock) {
            int to = Math.min(g.columns().size(), from + perBlock);
            boolean last = to == g.columns().size();
            StringBuilder head = new StringBuilder(pad("id", ID));
            for (int i = from; i < to; i++) head.append(left(labels.get(i), CELL));
            if (last) head.append(left("total", 8));
            out.append(head.toString().stripTrailing()).append('\n');
            for (Gradebook.Row r : g.rows()) {
                StringBuilder line = new StringBuilder(pad(r.id(), ID));
                for (int i = from; i < to; i++) {
                    Gradebook.Cell c = r.cells().get(i);
                    line.append(left(c == null ? "-" : c.firstTime() + "/" + c.questions(), CELL));
                }
                if (last) {
                    line.append(left(r.status() == Gradebook.Status.ACTIVE ? r.total() + "/" + g.totalQuestions() : "-", 8));
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
            out.append('\n');
        }
        out.append(pad("id", ID)).append(pad("name", 20)).append("wrong  hints  seen  last active\n");
        for (Gradebook.Row r : g.rows()) {
            StringBuilder line = new StringBuilder(pad(r.id(), ID)).append(pad(r.name(), 20));
            if (r.status() == Gradebook.Status.ACTIVE) {
                line.append(String.format("%5d  %5d  %4d  ", r.wrong(), r.hints(), r.seen())).append(when(r.lastActive()));
            } else {
                line.append(String.format("%5s  %5s  %4s  ", "-", "-", "-")).append(r.status() == Gradebook.Status.NEVER_LOGGED_IN
                        ? "never logged in" : "logged in, opened nothing");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** A block per student: a line for each lesson they opened. */
    public static String longForm(Gradebook g) {
        StringBuilder out = new StringBuilder();
        out.append("  lesson                 reached  first  later  seen  revealed  wrong  hints\n");
        for (Gradebook.Row r : g.rows()) {
            String said = switch (r.status()) {
                case NEVER_LOGGED_IN -> "never logged in";
                case NOTHING_OPENED -> "logged in " + when(r.lastActive()) + ", no lesson opened";
                case ACTIVE -> "last active " + when(r.lastActive());
            };
            out.append(clip(r.id() + "  " + r.name() + "  (" + said + ")", WIDTH)).append('\n');
            for (Gradebook.Cell c : r.cells()) {
                if (c == null) continue;
                out.append(String.format("  %-22s %7s %6s %6d %5d %9d %6d %6d", clip(c.lessonId(), 22), c.reached() + "/" + c.steps(),
                        c.firstTime() + "/" + c.questions(), c.later(), c.seen(), c.revealed(), c.wrong(), c.hints()).stripTrailing())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** 1, 2, … for the lessons; P1, P2, … for their practice sheets. */
    private static List<String> labels(Gradebook g) {
        List<String> out = new ArrayList<>();
        int lesson = 0;
        int sheet = 0;
        for (Gradebook.Column c : g.columns()) out.add(c.practice() ? "P" + ++sheet : Integer.toString(++lesson));
        return out;
    }

    /** "2026-04-01 10:20" (UTC, to the minute), or "-". */
    static String when(String iso) {
        if (iso == null || iso.isEmpty()) return "-";
        String s = iso.replace('T', ' ');
        return s.length() >= 16 ? s.substring(0, 16) : s;
    }

    private static void wrapped(StringBuilder out, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) out.append(line).append('\n');
        int at;
        while ((at = out.indexOf("\u00a0")) >= 0) out.setCharAt(at, ' ');
    }

    private static String pad(String s, int w) {
        String c = clip(s, w - 1);
        return c + " ".repeat(w - c.length());
    }

    private static String left(String s, int w) {
        return pad(s, w);
    }

    private static String clip(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "~";
    }
}
