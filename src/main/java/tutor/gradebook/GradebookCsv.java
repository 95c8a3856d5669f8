package tutor.gradebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The gradebook as CSV: wide (a row per student), long (a row per student and lesson), and the layouts Canvas and
 * Moodle import. A lesson never opened is an empty cell in all of them: both gradebooks overwrite on import, and an
 * empty cell is "not attempted" there, never 0. Lines end in \n; text is UTF-8.
 */
public final class GradebookCsv {
    private GradebookCsv() {}

    /** id, name, status, a column per lesson ("tiny (of 9)": right at the first try), total, wrong tries, hints, seen, last active. */
    public static String wide(Gradebook g) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("id", "name", "status"));
        for (Gradebook.Column c : g.columns()) header.add(c.key() + " (of " + c.questions() + ")");
        header.addAll(List.of("total (of " + g.totalQuestions() + ")", "wrong_tries", "hints", "seen", "last_active"));
        line(out, header);
        for (Gradebook.Row r : g.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.id(), r.name(), r.status().said));
            for (Gradebook.Cell c : r.cells()) cells.add(c == null ? "" : Integer.toString(c.firstTime()));
            boolean any = r.status() == Gradebook.Status.ACTIVE;
            cells.add(any ? Integer.toString(r.total()) : "");
            cells.add(any ? Integer.toString(r.wrong()) : "");
            cells.add(any ? Integer.toString(r.hints()) : "");
            cells.add(any ? Integer.toString(r.seen()) : "");
            cells.add(r.lastActive() == null ? "" : r.lastActive());
            line(out, cells);
        }
        return out.toString();
    }

    /** The long layout of earlier versions (its columns first, in their order), with the new ones after them. */
    public static String longForm(Gradebook g) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("id", "name", "lesson", "steps_reached", "steps", "right_first_time", "right_after_hints", "revealed",
                "score", "questions", "last_active", "answered", "seen", "wrong_tries", "hints", "status"));
        for (Gradebook.Row r : g.rows()) {
            for (int i = 0; i < g.columns().size(); i++) {
                Gradebook.Column col = g.columns().get(i);
                Gradebook.Cell c = r.cells().get(i);
                if (c == null && col.practice()) continue; // a sheet has a row once the student opens it, as before
                if (c == null) {
                    line(out, List.of(r.id(), r.name(), col.lesson().id(), "", Integer.toString(col.steps()), "", "", "", "",
                            Integer.toString(col.questions()), "", "", "", "", "", r.status().said));
                } else {
                    line(out, List.of(r.id(), r.name(), c.lessonId(), n(c.reached()), n(c.steps()), n(c.firstTime()), n(c.later()),
                            n(c.revealed()), n(c.score()), n(c.questions()), c.lastActive() == null ? "" : c.lastActive(),
                            n(c.answered()), n(c.seen()), n(c.wrong()), n(c.hints()), r.status().said));
                }
            }
        }
        return out.toString();
    }

    /**
     * Canvas's gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then an assignment per column,
     * with the Points Possible row under the header. The roster's id goes in SIS Login ID, which Canvas matches;
     * ID (Canvas's own number) and SIS User ID are left for Canvas to fill. A new assignment is made per title
     * the first time, and matched by title after.
     */
    public static String canvas(Gradebook g) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section"));
        List<String> possible = new ArrayList<>(List.of("Points Possible", "", "", "", ""));
        for (Gradebook.Column c : g.columns()) {
            header.add(c.title());
            possible.add(Integer.toString(c.questions()));
        }
        line(out, header);
        line(out, possible);
        for (Gradebook.Row r : g.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.name(), "", "", r.id(), ""));
            for (Gradebook.Cell c : r.cells()) cells.add(c == null ? "" : Integer.toString(c.firstTime()));
            line(out, cells);
        }
        return out.toString();
    }

    /**
     * Moodle's CSV grade import: an identifier column, mapped at import from "ID number" to the users' ID number
     * (useridnumber), then a column per grade item (mapped to an item, or to a new one by its title).
     */
    public static String moodle(Gradebook g) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("ID number"));
        for (Gradebook.Column c : g.columns()) header.add(c.title());
        line(out, header);
        for (Gradebook.Row r : g.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.id()));
            for (Gradebook.Cell c : r.cells()) cells.add(c == null ? "" : Integer.toString(c.firstTime()));
            line(out, cells);
        }
        return out.toString();
    }

    private static String n(int i) {
        return Integer.toString(i);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quoted(cells.get(i)));
        }
        out.append('\n');
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quoted(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
