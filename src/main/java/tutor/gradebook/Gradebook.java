package tutor.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;
import tutor.progress.Progress;
import tutor.quiz.Practice;

/**
 * The class's marks as a teacher imports them: a row per student on the roster, a column per lesson (and per
 * lesson's practice sheet, when the class has sheets), each cell the questions right at the first try out of the
 * questions asked. Pure: the roster, the lessons and each student's progress in, the table out. A lesson a student
 * never opened is blank, never 0, and a student who never logged in says so.
 */
public record Gradebook(List<Column> columns, List<Row> rows) {

    /** A gradebook column: a lesson, or the practice sheets of one (every student on their own numbers). */
    public record Column(Lesson lesson, boolean practice, int questions, int steps) {
        /** The lesson's id, or "ID-practice" for its sheets. */
        public String key() {
            return practice ? lesson.id() + "-practice" : lesson.id();
        }

        /** The name a gradebook shows: the lesson's title, and "(practice)" for its sheets. */
        public String title() {
            return practice ? lesson.title() + " (practice)" : lesson.title();
        }
    }

    /** What the report knows of one student: the roster's line, their progress, when they last logged in. */
    public record Student(String id, String name, Long seed, String lastLogin, Progress progress,
                          Map<String, String> lastActive) {}

    /** Where a student stands: never logged in, logged in without opening a lesson, or at work. */
    public enum Status {
        NEVER_LOGGED_IN("never logged in"), NOTHING_OPENED("logged in, no lesson opened"), ACTIVE("active");

        public final String said;

        Status(String said) {
            this.said = said;
        }
    }

    /**
     * One student × column: null cells in a row are lessons never opened. lessonId is what the progress is kept
     * under (a practice sheet's own id, with the seed).
     */
    public record Cell(String lessonId, int reached, int steps, int questions, int answered, int firstTime, int later,
                       int seen, int revealed, int wrong, int hints, int score, String lastActive) {}

    public record Row(String id, String name, Status status, List<Cell> cells, int total, int wrong, int hints,
                      int seen, String lastActive) {}

    public static Gradebook of(List<Lesson> lessons, List<Student> students) {
        boolean sheets = students.stream().anyMatch(s -> s.seed() != null
                || s.progress().lessons().keySet().stream().anyMatch(id -> id.contains("-practice-")));
        List<Column> columns = new ArrayList<>();
        for (Lesson l : lessons) columns.add(new Column(l, false, questions(l, false), Walkthrough.stepsOf(l).size()));
        if (sheets) {
            for (Lesson l : lessons) {
                int asked = questions(l, true);
                if (asked > 0) columns.add(new Column(l, true, asked, Walkthrough.stepsOf(l).size()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Student s : students) rows.add(row(s, columns));
        return new Gradebook(List.copyOf(columns), List.copyOf(rows));
    }

    /** The questions a learner is asked: every quiz item, or on a practice sheet only the fill-ins (it drops multiple choice). */
    static int questions(Lesson l, boolean practice) {
        int n = 0;
        for (Step s : Walkthrough.stepsOf(l)) {
            for (QuizItem q : s.quiz()) if (!practice || q instanceof QuizItem.Fill) n++;
        }
        return n;
    }

    private static Row row(Student s, List<Column> columns) {
        List<Cell> cells = new ArrayList<>();
        int total = 0;
        int wrong = 0;
        int hints = 0;
        int seen = 0;
        String last = s.lastLogin();
        boolean opened = false;
        for (Column c : columns) {
            String lessonId = c.practice() ? sheetOf(s, c.lesson()) : c.lesson().id();
            Progress.LessonProgress p = lessonId == null ? null : s.progress().lessons().get(lessonId);
            if (p == null) {
                cells.add(null);
                continue;
            }
            opened = true;
            Progress.LessonProgress.Tally t = p.tally();
            String active = s.lastActive().get(lessonId);
            Cell cell = new Cell(lessonId, p.reached(c.steps()), c.steps(), c.questions(), Math.min(t.answered(), c.questions()),
                    t.firstTime(), t.later(), t.seen(), t.revealed(), t.wrong(), t.hints(), p.score(), active);
            cells.add(cell);
            if (!c.practice()) total += cell.firstTime();
            wrong += t.wrong();
            hints += t.hints();
            seen += t.seen();
            last = later(last, active);
        }
        Status status = opened ? Status.ACTIVE : s.lastLogin() == null ? Status.NEVER_LOGGED_IN : Status.NOTHING_OPENED;
        if (status == Status.NEVER_LOGGED_IN) last = null; // nothing was done, whatever a stale row might say
        return new Row(s.id(), s.name(), status, java.util.Collections.unmodifiableList(cells), total, wrong, hints, seen, last);
    }

    /** The student's practice sheet of a lesson: the one the teacher assigned, else one they opened (null: none). */
    private static String sheetOf(Student s, Lesson l) {
        if (s.seed() != null) return Practice.id(l.id(), s.seed());
        String prefix = Practice.id(l.id(), 0).replaceAll("0$", "");
        for (String id : s.progress().lessons().keySet()) if (id.startsWith(prefix)) return id;
        return null;
    }

    /** The questions of the lessons (not the practice sheets): what the total is out of. */
    public int totalQuestions() {
        int n = 0;
        for (Column c : columns) if (!c.practice()) n += c.questions();
        return n;
    }

    private static String later(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return java.time.Instant.parse(a).isBefore(java.time.Instant.parse(b)) ? b : a;
    }
}
