package tutor.tui;

/** Everything that can happen to the tutor: a key's meaning, a timer tick, a resize. Update turns each into a new state. */
public sealed interface Msg {

    enum Command implements Msg {
        NEXT, PREV, FIRST, LAST, NEXT_SECTION, PREV_SECTION, SCROLL_UP, SCROLL_DOWN, PAGE_UP, PAGE_DOWN,
        AUTOPLAY, FASTER, SLOWER, BACK, QUIT, REDRAW, HELP, ENTER, BACKSPACE, HINT, REVEAL,
        /** Ctrl-U: the answer typed so far is cleared, as in a shell. */
        CLEAR_INPUT,
        /** Ctrl-Z: handled by the terminal loop (the job stops); to update it changes nothing. */
        SUSPEND
    }

    /** A printable character typed (answers, menu digits, multiple-choice picks). */
    record Typed(char c) implements Msg {}

    /** The auto-play timer fired. */
    record Tick() implements Msg {}

    record Resize(int width, int height) implements Msg {}

    /** A lesson file's full check came back: the lesson, or its problems. */
    record Checked(String file, tutor.lesson.Lesson lesson, java.util.List<tutor.lesson.Problem> problems) implements Msg {}

    /** The input ended (the connection dropped or stdin closed). */
    record Hangup() implements Msg {}

    /** A line from the teacher to the class: on the status line until the next key. */
    record ClassLine(String text) implements Msg {}

    /** The teacher paused the class (true) or resumed it. */
    record ClassPaused(boolean on) implements Msg {}

    /** Newer figures for a teacher's class view. */
    record ClassNews(tutor.teach.ClassSnapshot snap) implements Msg {}

    /** What a teacher's action came to ("Sent to 12 students."). */
    record ClassSaid(String text) implements Msg {}
}
