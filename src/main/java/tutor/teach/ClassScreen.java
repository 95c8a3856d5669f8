package tutor.teach;

/**
 * The teacher's class view as a value: which page (the students, the questions, one student, help, a line being
 * typed to the class), the selected row, the snapshot it shows and what the last action said. update is pure: a
 * message in, the next screen and at most one effect out, which the loop carries out (the server sends the line,
 * pauses the class, writes the gradebook).
 */
public record ClassScreen(Page page, ClassSnapshot snap, int row, int scroll, String student, String draft, String said,
                          boolean canSwitch, boolean ascii) {

    public enum Page { STUDENTS, QUESTIONS, STUDENT, HELP, LINE }

    /** What the loop must do after an update. */
    public enum Effect { NONE, SEND_LINE, PAUSE, RESUME, GRADEBOOK, TUTOR, QUIT }

    public record Next(ClassScreen screen, Effect effect, String text) {
        static Next of(ClassScreen s) {
            return new Next(s, Effect.NONE, null);
        }
    }

    /** Keys the view knows, whatever the terminal layer called them. */
    public sealed interface Msg {
        enum Key implements Msg { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, ENTER, ESCAPE, TAB, BACKSPACE }

        record Typed(char c) implements Msg {}

        /** Newer figures: an answer recorded, a student came or went, a minute passed. */
        record News(ClassSnapshot snap) implements Msg {}

        /** What an effect came to, said on the status line ("Sent to 12 students."). */
        record Said(String text) implements Msg {}
    }

    public static final int MAX_LINE = 200;

    public static ClassScreen start(ClassSnapshot snap, boolean canSwitch, boolean ascii) {
        return new ClassScreen(Page.STUDENTS, snap, 0, 0, null, "", null, canSwitch, ascii);
    }

    ClassScreen with(Page p, int r, int sc) {
        return new ClassScreen(p, snap, r, sc, student, draft, said, canSwitch, ascii);
    }

    ClassScreen saying(String s) {
        return new ClassScreen(page, snap, row, scroll, student, draft, s, canSwitch, ascii);
    }

    /** The number of rows the current page lists. */
    int rows() {
        return switch (page) {
            case STUDENTS, LINE -> snap.rows().size();
            case QUESTIONS -> snap.questions().size();
            default -> 0;
        };
    }

    public static Next update(ClassScreen s, Msg msg) {
        if (msg instanceof Msg.News n) {
            ClassScreen next = new ClassScreen(s.page, n.snap(), s.row, s.scroll, s.student, s.draft, s.said, s.canSwitch, s.ascii);
            return Next.of(next.with(next.page, Math.min(next.row, Math.max(0, next.rows() - 1)), next.scroll));
        }
        if (msg instanceof Msg.Said said) return Next.of(s.saying(said.text()));
        return switch (s.page) {
            case LINE -> line(s, msg);
            case HELP -> Next.of(s.with(Page.STUDENTS, s.row, 0).saying(null));
            case STUDENT -> student(s, msg);
            default -> list(s, msg);
        };
    }

    private static Next list(ClassScreen s, Msg msg) {
        ClassScreen quiet = s.saying(null);
        int last = Math.max(0, s.rows() - 1);
        if (msg instanceof Msg.Key k) {
            return switch (k) {
                case UP -> Next.of(quiet.with(s.page, Math.max(0, s.row - 1), s.scroll));
                case DOWN -> Next.of(quiet.with(s.page, Math.min(last, s.row + 1), s.scroll));
                case PAGE_UP -> Next.of(quiet.with(s.page, Math.max(0, s.row - 10), s.scroll));
                case PAGE_DOWN -> Next.of(quiet.with(s.page, Math.min(last, s.row + 10), s.scroll));
                case HOME -> Next.of(quiet.with(s.page, 0, s.scroll));
                case END -> Next.of(quiet.with(s.page, last, s.scroll));
                case TAB -> Next.of(quiet.with(s.page == Page.STUDENTS ? Page.QUESTIONS : Page.STUDENTS, 0, 0));
                case ENTER -> s.page == Page.STUDENTS && !s.snap.rows().isEmpty() ? Next.of(openStudent(quiet)) : Next.of(quiet);
                case ESCAPE -> s.page == Page.QUESTIONS ? Next.of(quiet.with(Page.STUDENTS, 0, 0)) : Next.of(quiet);
                default -> Next.of(quiet);
            };
        }
        if (!(msg instanceof Msg.Typed t)) return Next.of(s);
        return switch (Character.toLowerCase(t.c())) {
            case 'q' -> new Next(s, Effect.QUIT, null);
            case '?' -> Next.of(quiet.with(Page.HELP, s.row, 0));
            case 'm' -> Next.of(new ClassScreen(Page.LINE, s.snap, s.page == Page.STUDENTS ? s.row : 0, s.scroll, s.student, "",
                    null, s.canSwitch, s.ascii));
            case 'p' -> new Next(quiet, s.snap.paused() ? Effect.RESUME : Effect.PAUSE, null);
            case 'g' -> new Next(quiet, Effect.GRADEBOOK, null);
            case 't' -> s.canSwitch ? new Next(quiet, Effect.TUTOR, null) : Next.of(s.saying("This view runs on its own here: "
                    + "there is no tutor to switch to."));
            case 'j' -> list(s, Msg.Key.DOWN);
            case 'k' -> list(s, Msg.Key.UP);
            default -> Next.of(s.saying("That key does nothing here: ? lists the keys."));
        };
    }

    private static ClassScreen openStudent(ClassScreen s) {
        String id = s.snap.rows().get(Math.min(s.row, s.snap.rows().size() - 1)).now().id();
        return new ClassScreen(Page.STUDENT, s.snap, s.row, 0, id, s.draft, null, s.canSwitch, s.ascii);
    }

    private static Next student(ClassScreen s, Msg msg) {
        if (msg instanceof Msg.Key k) {
            return switch (k) {
                case UP -> Next.of(s.with(Page.STUDENT, s.row, Math.max(0, s.scroll - 1)));
                case DOWN -> Next.of(s.with(Page.STUDENT, s.row, s.scroll + 1));
                case PAGE_UP -> Next.of(s.with(Page.STUDENT, s.row, Math.max(0, s.scroll - 10)));
                case PAGE_DOWN -> Next.of(s.with(Page.STUDENT, s.row, s.scroll + 10));
                case HOME -> Next.of(s.with(Page.STUDENT, s.row, 0));
                case ESCAPE, BACKSPACE -> Next.of(s.with(Page.STUDENTS, s.row, 0));
                default -> Next.of(s);
            };
        }
        if (msg instanceof Msg.Typed t && (t.c() == 'q' || t.c() == 'Q')) return Next.of(s.with(Page.STUDENTS, s.row, 0));
        if (msg instanceof Msg.Typed t && t.c() == '?') return Next.of(s.with(Page.HELP, s.row, 0));
        return Next.of(s);
    }

    private static Next line(ClassScreen s, Msg msg) {
        if (msg == Msg.Key.ESCAPE) return Next.of(back(s, "").saying("Nothing sent."));
        if (msg == Msg.Key.BACKSPACE) {
            return Next.of(new ClassScreen(Page.LINE, s.snap, s.row, s.scroll, s.student,
                    s.draft.isEmpty() ? "" : s.draft.substring(0, s.draft.length() - 1), null, s.canSwitch, s.ascii));
        }
        if (msg == Msg.Key.ENTER) {
            String text = s.draft.strip();
            if (text.isEmpty()) return Next.of(back(s, "").saying("Nothing sent."));
            return new Next(back(s, ""), Effect.SEND_LINE, text);
        }
        if (msg instanceof Msg.Typed t) {
            if (Character.isISOControl(t.c())) return Next.of(s);
            if (s.draft.length() >= MAX_LINE) {
                return Next.of(s.saying("A line to the class is at most " + MAX_LINE + " characters."));
            }
            return Next.of(new ClassScreen(Page.LINE, s.snap, s.row, s.scroll, s.student, s.draft + t.c(), null, s.canSwitch, s.ascii));
        }
        return Next.of(s);
    }

    private static ClassScreen back(ClassScreen s, String draft) {
        return new ClassScreen(Page.STUDENTS, s.snap, s.row, 0, s.student, draft, null, s.canSwitch, s.ascii);
    }
}
