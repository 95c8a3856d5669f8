package tutor.lines;

import java.util.List;
import java.util.Locale;
import tutor.lesson.QuizItem;
import tutor.tui.App;
import tutor.tui.Msg;
import tutor.tui.Player;

/**
 * A line typed at the prompt, read: a word (next, back, hint, reveal, where, repeat, help, quit, …) or its single
 * letter becomes the full-screen tutor's message for the same key, so both modes follow the same rules; a number at
 * an open fill-in is an answer; a digit at a multiple choice or in the menu picks.
 */
final class Words {
    private Words() {}

    /** What a line asks for. */
    sealed interface Said {}

    /** Messages for the tutor's update, in order. */
    record Keys(List<Msg> msgs) implements Said {}

    /** An answer to the open fill-in, as typed. */
    record Answer(String text) implements Said {}

    /** What the line mode does itself. */
    enum Own implements Said { WHERE, REPEAT, HELP, FULL_SCREEN, EMPTY }

    /** A line that means nothing here, with what to say about it. */
    record Unknown(String why) implements Said {}

    static final String HELP = """
            Words you can type at the prompt (the letter in brackets does the same):
              next (n), or Enter on a step without a question: the next step; at a question it skips it
              back (p): the step before. first, last: the first or last step
              hint (t): a hint for the open question; reveal (r): its answer, after the hints
              errata (e): what the source document got wrong on this step
              where (w): where you are and your score. repeat: this step again
              menu (m): the lesson menu. quit (q): save and leave (Ctrl-C and Ctrl-D too)
              full: the full-screen tutor instead of these lines (your choice is kept)
            At a question type the number, such as 0.5523, -0.0746 or 1/(1+0.8106), and press Enter;
            at a multiple choice type the choice's number. In the menu, type a lesson's number.""";

    static Said read(String line, App app) {
        String text = line.strip();
        String w = text.toLowerCase(Locale.ROOT);
        Player p = app.player();
        if (w.isEmpty()) {
            if (app.inMenu() || p.atEnd() || p.hasOpenQuiz()) return Own.EMPTY;
            return keys(Msg.Command.NEXT);
        }
        switch (w) {
            case "help", "?", "h", "keys": return Own.HELP;
            case "quit", "q", "exit", "bye", "logout": return keys(Msg.Command.QUIT);
            case "where", "w", "status": return Own.WHERE;
            case "repeat", "again", "say again", "read": return Own.REPEAT;
            case "full", "full screen", "fullscreen", "screen": return Own.FULL_SCREEN;
            default: break;
        }
        if (app.inMenu()) return menu(w, app);
        if (p.atEnd()) {
            return switch (w) {
                case "next", "n", "next lesson" -> keys(Msg.Command.NEXT);
                case "practice", "p", "new numbers" -> new Keys(List.of(new Msg.Typed('p')));
                case "back", "b", "previous", "prev" -> keys(Msg.Command.PREV);
                case "first" -> keys(Msg.Command.FIRST);
                case "menu", "m", "lessons" -> keys(Msg.Command.BACK);
                default -> new Unknown("At the end of a lesson type next, practice, back, menu or quit.");
            };
        }
        switch (w) {
            case "next", "n", "l", "skip", "forward": return keys(Msg.Command.NEXT);
            case "back", "b", "p", "previous", "prev": return keys(Msg.Command.PREV);
            case "first": return keys(Msg.Command.FIRST);
            case "last": return keys(Msg.Command.LAST);
            case "next section", "]": return keys(Msg.Command.NEXT_SECTION);
            case "previous section", "[": return keys(Msg.Command.PREV_SECTION);
            case "hint", "t": return keys(Msg.Command.HINT);
            case "reveal", "r", "answer", "show": return keys(Msg.Command.REVEAL);
            case "errata", "e", "erratum": return new Keys(List.of(new Msg.Typed('e')));
            case "menu", "m", "lessons": return keys(Msg.Command.BACK);
            default: break;
        }
        QuizItem item = p.currentItem();
        if (item instanceof QuizItem.Choice c) {
            if (w.length() == 1 && w.charAt(0) >= '1' && w.charAt(0) <= '9') return new Keys(List.of(new Msg.Typed(w.charAt(0))));
            return new Unknown("Type the number of a choice, 1 to " + c.choices().size() + ", or hint, reveal, next to skip, help.");
        }
        if (item instanceof QuizItem.Fill) return new Answer(text);
        return new Unknown("\"" + clip(text) + "\" is not a word the tutor knows here (no question is open). Type help for the words.");
    }

    private static Said menu(String w, App app) {
        int n;
        try {
            n = Integer.parseInt(w);
        } catch (NumberFormatException notNumber) {
            for (int i = 0; i < app.menu().size(); i++) {
                var card = app.menu().get(i).card();
                if (card != null && card.id().equalsIgnoreCase(w)) return open(i);
            }
            return new Unknown("\"" + clip(w) + "\" is neither a lesson's number nor its id. Type a number from 1 to "
                    + app.menu().size() + ", or help, or quit.");
        }
        if (n < 1 || n > app.menu().size()) return new Unknown("There is no lesson " + n + ": type a number from 1 to " + app.menu().size() + ".");
        return open(n - 1);
    }

    /** The menu's cursor moved to an entry, then Enter. */
    private static Said open(int index) {
        java.util.List<Msg> msgs = new java.util.ArrayList<>();
        msgs.add(Msg.Command.FIRST);
        for (int i = 0; i < index; i++) msgs.add(Msg.Command.NEXT);
        msgs.add(Msg.Command.ENTER);
        return new Keys(msgs);
    }

    private static Keys keys(Msg m) {
        return new Keys(List.of(m));
    }

    private static String clip(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}
