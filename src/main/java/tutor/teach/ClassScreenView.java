package tutor.teach;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.engine.Ascii;
import tutor.render.Canvas;
import tutor.render.Role;
import tutor.render.Text;
import tutor.store.AnswerRecord;

/** The class view drawn: state in, text out. Wide terminals (110 columns and more) get more columns, never less. */
public final class ClassScreenView {
    private ClassScreenView() {}

    static final int WIDE = 110;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    public static Canvas render(ClassScreen s, int width, int height) {
        Canvas c = new Canvas(width, height);
        ClassSnapshot snap = s.snap();
        String title = " Class " + dot(s) + " " + count(snap.rows().size(), "student") + " " + dot(s) + " " + snap.online()
                + " online " + dot(s) + " " + snap.needing() + (snap.needing() == 1 ? " needs" : " need") + " you";
        String right = (snap.paused() ? "PAUSED " + dot(s) + " " : "") + HM.format(snap.now().atZone(snap.zone())) + " ";
        bar(c, 0, title, right, Role.TITLE);
        int top = 3;
        int bottom = height - 4; // rows top..bottom-1 list; bottom..height-2 the detail; height-1 the keys
        switch (s.page()) {
            case HELP -> help(c, s, width, height);
            case STUDENT -> student(c, s, width, height);
            case QUESTIONS -> {
                tabs(c, s);
                questions(c, s, width, top, bottom);
            }
            default -> {
                tabs(c, s);
                students(c, s, width, top, bottom);
            }
        }
        status(c, s, width, height);
        return c;
    }

    private static void tabs(Canvas c, ClassScreen s) {
        boolean students = s.page() != ClassScreen.Page.QUESTIONS;
        c.put(1, 1, " Students ", students ? Role.SELECTED : Role.DIM);
        c.put(12, 1, " Questions ", students ? Role.DIM : Role.SELECTED);
        c.put(25, 1, "(Tab switches)", Role.DIM);
    }

    // ---- the students ----

    private static void students(Canvas c, ClassScreen s, int width, int top, int bottom) {
        boolean wide = width >= WIDE;
        String header = "  ! " + Text.padRight("student", 16) + " " + Text.padRight("where", 16) + " "
                + Text.padRight("question", 10) + " wrong  idle hints  rev  score" + (wide ? "  since  needs you" : "");
        c.put(0, 2, header, Role.DIM);
        List<ClassTable.Row> rows = s.snap().rows();
        int first = firstShown(s.row(), rows.size(), bottom - top);
        for (int i = first, y = top; i < rows.size() && y < bottom; i++, y++) {
            ClassTable.Row r = rows.get(i);
            boolean selected = i == s.row();
            String line = (selected ? arrow(s) : " ") + (r.needsTeacher() ? "!" : " ") + " " + studentLine(s, r, wide);
            Role role = selected ? Role.SELECTED : r.needsTeacher() ? Role.WARNING : r.now().online() ? Role.NORMAL : Role.DIM;
            c.put(0, y, Text.padRight(Text.clip(text(s, line), width - 1, s.ascii()), width - 1), role);
        }
        marks(c, s, first, rows.size(), top, bottom, width);
        if (rows.isEmpty()) c.put(2, top, "No students on the roster.", Role.WARNING);
        if (s.page() == ClassScreen.Page.LINE) {
            c.put(0, bottom, text(s, " To the class: "), Role.KEY);
            String draft = s.draft();
            int room = width - 17;
            c.put(15, bottom, text(s, draft.length() > room ? draft.substring(draft.length() - room) : draft) + "_", Role.INPUT);
            c.put(1, bottom + 1, text(s, "Every student online sees it on their status line until their next key."), Role.DIM);
            return;
        }
        if (!rows.isEmpty()) detailOfStudent(c, s, rows.get(Math.min(s.row(), rows.size() - 1)), width, bottom);
    }

    private static String studentLine(ClassScreen s, ClassTable.Row r, boolean wide) {
        StudentNow n = r.now();
        ClassSnapshot snap = s.snap();
        String where = !n.everLoggedIn() ? "never logged in"
                : n.lesson() == null ? (n.online() ? "at the menu" : "offline")
                : (n.online() ? "" : "off: ") + n.lesson() + " " + (n.step() + 1);
        boolean onQuestion = n.online() && n.openItem() != null;
        String question = onQuestion ? (n.openLabel() == null ? snap.label(n.lesson(), n.openItem()) : n.openLabel()) : "-";
        String wrong = onQuestion ? Integer.toString(r.wrongOnOpen()) : "-";
        String idle = n.online() && n.lastKey() != null ? r.idleMinutes() + "m" : "-";
        int questions = n.lesson() == null ? 0 : snap.questionsIn(n.lesson());
        String score = n.lesson() == null ? "-" : r.earned() + "/" + questions;
        String line = Text.padRight(clip(text(s, n.name()), 16), 16) + " " + Text.padRight(clip(where, 16), 16) + " "
                + Text.padRight(clip(text(s, question), 10), 10) + " " + Text.padLeft(wrong, 5) + " " + Text.padLeft(idle, 5) + " "
                + Text.padLeft(n.lesson() == null ? "-" : Integer.toString(r.hints()), 5) + " "
                + Text.padLeft(n.lesson() == null ? "-" : Integer.toString(r.reveals()), 4) + " " + Text.padLeft(score, 6);
        if (wide) {
            String since = n.online() ? HM.format(n.onlineSince().atZone(snap.zone())) : "-";
            line += "  " + Text.padLeft(since, 5) + "  " + String.join(", ", r.reasons());
        }
        return line;
    }

    private static void detailOfStudent(Canvas c, ClassScreen s, ClassTable.Row r, int width, int y) {
        StudentNow n = r.now();
        String head = n.name() + " (" + n.id() + ")";
        String what;
        if (!n.everLoggedIn()) what = "has never logged in.";
        else if (r.needsTeacher()) what = "needs you: " + String.join("; ", r.reasons()) + ".";
        else if (n.online()) what = "online since " + HM.format(n.onlineSince().atZone(s.snap().zone())) + ", doing fine.";
        else what = "is offline.";
        List<String> lines = Text.wrap(text(s, head + " " + what + " Enter shows their answers."), width - 2);
        for (int i = 0; i < lines.size() && i < 3; i++) c.put(1, y + i, lines.get(i), r.needsTeacher() ? Role.WARNING : Role.NORMAL);
    }

    // ---- the questions ----

    private static void questions(Canvas c, ClassScreen s, int width, int top, int bottom) {
        c.put(0, 2, "  " + Text.padRight("lesson", 12) + " step " + Text.padRight("question", 14)
                + " stud  1st hints seen  rev open tries discr", Role.DIM);
        List<Questions.Question> qs = s.snap().questions();
        Map<String, QuestionStats> stats = s.snap().stats();
        int first = firstShown(s.row(), qs.size(), bottom - top);
        for (int i = first, y = top; i < qs.size() && y < bottom; i++, y++) {
            Questions.Question q = qs.get(i);
            QuestionStats st = stats.get(q.lesson() + "\u0000" + q.item());
            boolean selected = i == s.row();
            String line = (selected ? arrow(s) : " ") + " " + Text.padRight(clip(q.lesson(), 12), 12) + " "
                    + Text.padLeft(q.step() == 0 ? "-" : Integer.toString(q.step()), 4) + " " + Text.padRight(clip(text(s, q.label()), 14), 14)
                    + (st == null ? String.format(Locale.ROOT, " %4d %4d %5d %4d %4d %4d %5s %5s", 0, 0, 0, 0, 0, 0, "-", "-")
                    : String.format(Locale.ROOT, " %4d %4d %5d %4d %4d %4d %5s %5s", st.students(), st.firstTry(), st.afterHints(),
                    st.afterSeeing(), st.revealed(), st.open() + st.untried(), number(st.medianTries(), 1), number(st.discrimination(), 2)));
            Role role = selected ? Role.SELECTED : st == null ? Role.DIM : Role.NORMAL;
            c.put(0, y, Text.padRight(Text.clip(text(s, line), width - 1, s.ascii()), width - 1), role);
        }
        marks(c, s, first, qs.size(), top, bottom, width);
        if (qs.isEmpty()) return;
        Questions.Question q = qs.get(Math.min(s.row(), qs.size() - 1));
        QuestionStats st = stats.get(q.lesson() + "\u0000" + q.item());
        List<String> lines = new ArrayList<>();
        if (st == null) lines.add(q.label() + ": nobody has answered it yet.");
        else if (st.slips().isEmpty()) lines.add(q.label() + ": no slip named yet.");
        else for (QuestionStats.SlipCount sc : st.slips()) lines.add(sc.toString());
        if (st != null) {
            for (QuestionStats.FeatureSplit f : st.features()) {
                lines.add(f.feature() + ": right first time " + f.withRight() + " of " + f.with() + " with it, "
                        + f.withoutRight() + " of " + f.without() + " without.");
            }
        }
        for (int i = 0, y = bottom; i < lines.size() && y < bottom + 3; i++, y++) {
            c.put(1, y, Text.clip(text(s, lines.get(i)), width - 2, s.ascii()), i == 0 && st != null && !st.slips().isEmpty() ? Role.WARNING : Role.NORMAL);
        }
    }

    // ---- one student ----

    private static void student(Canvas c, ClassScreen s, int width, int height) {
        ClassTable.Row row = null;
        for (ClassTable.Row r : s.snap().rows()) if (r.now().id().equals(s.student())) row = r;
        String name = row == null ? s.student() : row.now().name() + " (" + s.student() + ")";
        c.put(1, 1, text(s, name), Role.TITLE_TEXT);
        List<String> lines = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<Work> works = s.snap().summary().student(s.student());
        if (works.isEmpty()) {
            lines.add(row != null && !row.now().everLoggedIn() ? "Has never logged in." : "No answers yet.");
            roles.add(Role.DIM);
        }
        for (Work w : works) {
            lines.add(w.lesson() + " " + dot(s) + " " + s.snap().label(w.lesson(), w.item()) + ": " + w.outcome().words
                    + ", " + count(w.tries(), "try") + ", " + count(w.hints(), "hint"));
            roles.add(w.outcome().earned() ? Role.GOOD : w.outcome() == Outcome.OPEN || w.outcome() == Outcome.REVEALED ? Role.BAD : Role.NORMAL);
            for (AnswerRecord a : w.lines()) {
                lines.add("   " + HMS.format(a.time().atZone(s.snap().zone())) + "  " + lineOf(a));
                roles.add(Role.DIM);
            }
        }
        int room = height - 4;
        int first = Math.max(0, Math.min(s.scroll(), lines.size() - room));
        for (int i = first, y = 2; i < lines.size() && y < 2 + room; i++, y++) {
            c.put(1, y, Text.clip(text(s, lines.get(i)), width - 3, s.ascii()), roles.get(i));
        }
        if (first > 0) c.put(width - 1, 2, s.ascii() ? "^" : "↑", Role.DIM);
        if (first + room < lines.size()) c.put(width - 1, 1 + room, s.ascii() ? "v" : "↓", Role.DIM);
    }

    private static String lineOf(AnswerRecord a) {
        return switch (a.kind()) {
            case "answer" -> clip(a.answer() == null ? "" : a.answer(), 14) + "  " + (a.right() ? "right"
                    : a.slip() == null ? "not yet" : String.join("; ", SlipNames.of(a.slip())).transform(x -> x.isEmpty() ? "not yet" : x));
            case "hint" -> "took hint " + a.hints();
            case "reveal" -> "revealed the answer";
            case "seen" -> "saw the value before answering";
            default -> a.kind();
        };
    }

    // ---- help ----

    private static void help(Canvas c, ClassScreen s, int width, int height) {
        List<String> lines = new ArrayList<>(List.of(
                "The class view",
                "",
                "Students: one row per student on the roster, those who need you first.",
                s.snap().rules().words(),
                "Columns: where (lesson and step), the question open now, wrong tries on it,",
                "minutes since their last key, hints and reveals in this lesson, score (right",
                "by their own work / questions).",
                "Questions: each question across the class and every practice seed: students,",
                "right first time, after hints, after seeing, revealed, not yet right (tried or passed), median",
                "tries, and the discrimination index; the slips of the selected one below.",
                "",
                "↑ ↓ PgUp PgDn Home End  choose          Tab  students / questions",
                "Enter  one student's answers           Esc  back",
                "m  a line to the class (until their next key)",
                "p  pause the class / resume            g  write the gradebook files",
                (s.canSwitch() ? "t  switch to your own tutor and back   " : "") + "q  quit",
                "",
                "Any key closes this help."));
        int y = 2;
        for (int i = 0; i < lines.size(); i++) {
            for (String w : Text.wrap(text(s, lines.get(i)), width - 4)) {
                if (y >= height - 1) return;
                c.put(2, y++, w, i == 0 ? Role.TITLE_TEXT : Role.NORMAL);
            }
        }
    }

    // ---- pieces ----

    private static void status(Canvas c, ClassScreen s, int width, int height) {
        String keys = switch (s.page()) {
            case LINE -> "Enter send " + dot(s) + " Esc cancel " + dot(s) + " Backspace erase";
            case STUDENT -> "↑↓ scroll " + dot(s) + " Esc back to the class " + dot(s) + " ? help";
            case HELP -> "any key: back";
            default -> "Enter student " + dot(s) + " Tab questions " + dot(s) + " m line " + dot(s) + " p "
                    + (s.snap().paused() ? "resume" : "pause") + " " + dot(s) + " g grades " + dot(s)
                    + (s.canSwitch() ? " t tutor " : " q quit ") + dot(s) + " ? help";
        };
        String line = s.said() != null ? s.said() : keys;
        bar(c, height - 1, Text.clip(text(s, line), width - 1, s.ascii()), null, s.said() != null ? Role.WARNING : Role.STATUS);
    }

    private static void bar(Canvas c, int y, String left, String right, Role role) {
        c.paint(0, y, c.width(), role);
        c.put(0, y, Text.clip(left, c.width(), false), role);
        if (right != null && Text.width(left) + Text.width(right) < c.width()) c.put(c.width() - Text.width(right), y, right, role);
    }

    private static void marks(Canvas c, ClassScreen s, int first, int count, int top, int bottom, int width) {
        if (first > 0) c.put(width - 1, top, s.ascii() ? "^" : "↑", Role.DIM);
        if (first + (bottom - top) < count) c.put(width - 1, bottom - 1, s.ascii() ? "v" : "↓", Role.DIM);
    }

    /** The first row to draw so that the selected one is in view, a row of context above it where there is room. */
    static int firstShown(int selected, int count, int room) {
        if (count <= room || room <= 0) return 0;
        int first = Math.max(0, selected - room / 2);
        return Math.min(first, count - room);
    }

    private static String text(ClassScreen s, String t) {
        return s.ascii() ? Ascii.transliterate(t) : t;
    }

    private static String arrow(ClassScreen s) {
        return s.ascii() ? ">" : "▶";
    }

    private static String dot(ClassScreen s) {
        return s.ascii() ? "-" : "·";
    }

    private static String count(int n, String what) {
        return n + " " + (n == 1 ? what : what.endsWith("y") && !what.endsWith("ey") ? what.substring(0, what.length() - 1) + "ies"
                : what + "s");
    }

    private static String number(double d, int decimals) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", d);
    }

    private static String clip(String s, int w) {
        return s.length() <= w ? s : s.substring(0, w - 1) + "~";
    }

}
