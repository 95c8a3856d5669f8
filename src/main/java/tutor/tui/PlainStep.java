package tutor.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The open step as the full-screen player writes it, without its layout: the narration, the formulas (a blank for
 * what may not be shown), the errata line and the fixed part (question, hint, verdict), each a whole line, never
 * wrapped. The line mode (tutor.lines) speaks these, so both modes hide and show exactly the same things.
 */
public final class PlainStep {
    private PlainStep() {}

    /** Wide enough that nothing is wrapped: a line here is a paragraph. */
    private static final int UNWRAPPED = 1_000_000;

    /** The step's title, narration and, once its questions are done, what follows them. */
    public static List<String> narration(App app) {
        return texts(PlayerView.narration(app, UNWRAPPED));
    }

    /** The formulas the step shows and its table (a blank with the working for what may not be shown yet). */
    public static List<String> formulas(App app) {
        return texts(PlayerView.formulas(app, UNWRAPPED));
    }

    /** The open question (with its choices), the hint taken, the verdict on the last answer. */
    public static List<String> question(App app) {
        return texts(Question.lines(app, UNWRAPPED));
    }

    /** The errata line of the step (all of them, once opened with e); none for a step without errata. */
    public static List<String> errata(App app) {
        List<PlayerView.Line> out = new ArrayList<>();
        PlayerView.errata(out, app, UNWRAPPED);
        List<String> text = texts(out);
        text.removeIf(String::isBlank);
        return text;
    }

    /** The hint taken on the open question, as the full-screen player writes it ("Hint: ..."), or null. */
    public static String hint(App app) {
        for (String line : question(app)) if (line.startsWith("Hint: ")) return line;
        return null;
    }

    /** The order the open multiple choice shows its choices in (shown position to the lesson's index). */
    public static int[] choiceOrder(Player p) {
        return p.course().choiceOrder(p.step(), p.item());
    }

    /** How many hints the open question has in all (after them, reveal). */
    public static int hintsOf(Player p) {
        return p.currentItem() == null ? 0 : Quiz.hintsOf(p.currentItem());
    }

    /** The app with this answer typed into the open fill-in, as if typed key by key (Enter then checks it). */
    public static App typing(App app, String answer) {
        return app.player() == null ? app : app.withPlayer(app.player().withInput(answer, true));
    }

    /** The app with other settings (the line mode reads Unicode from the views and speaks it in its own glyphs). */
    public static App withSettings(App app, Settings settings) {
        return new App(app.menu(), app.cursor(), app.player(), app.help(), settings, app.autoplay(), app.speed(),
                app.notice(), app.width(), app.height(), app.quit(), app.progress());
    }

    /** The menu with the cursor on an entry. */
    public static App atEntry(App app, int index) {
        return app.withCursor(index);
    }

    private static List<String> texts(List<PlayerView.Line> lines) {
        List<String> out = new ArrayList<>();
        for (PlayerView.Line l : lines) out.add(l.text());
        return out;
    }
}
