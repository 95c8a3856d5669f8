package tutor.tui;

import java.util.List;
import tutor.quiz.Acceptance;
import tutor.render.Canvas;
import tutor.render.Glyphs;
import tutor.render.Role;
import tutor.render.Text;

/** The key overlay, opened with ?. */
final class HelpView {
    private HelpView() {}

    static final List<String[]> KEYS = List.of(
            new String[] {"→ l n Space", "next step"},
            new String[] {"← h p", "previous step"},
            new String[] {"Home End", "first and last step"},
            new String[] {"] [  Tab", "next and previous section"},
            new String[] {"↑ ↓ PgUp PgDn", "scroll the text"},
            new String[] {"a  + -", "auto-play on/off, faster, slower"},
            new String[] {"0-9 . - ( s", "start typing an answer; Enter checks it"},
            new String[] {"1-9", "pick a choice in a multiple-choice question"},
            new String[] {"t  r", "a hint (why, then the numbers); reveal"},
            new String[] {"e", "the errata (where the document is wrong)"},
            new String[] {"x", "the lab: change any number, nudge, train"},
            new String[] {"Esc", "leave the answer field (kept); the menu"},
            new String[] {"Ctrl-L", "redraw the screen"},
            new String[] {"q", "quit (progress is saved)"});

    /** The menu's own keys: ? there shows these, not a lesson's. */
    static final List<String[]> MENU_KEYS = List.of(
            new String[] {"↑ ↓ j k", "choose a lesson"},
            new String[] {"1-9", "go to that lesson in the list"},
            new String[] {"Home End", "first and last lesson (also PgUp PgDn)"},
            new String[] {"Enter l Space", "open it, where you left it"},
            new String[] {"x", "the lab on that lesson's numbers"},
            new String[] {"v", "the screen-reader mode (lines at a prompt)"},
            new String[] {"Ctrl-L", "redraw the screen"},
            new String[] {"q", "quit (progress is saved)"});

    /** The end screen's keys: ? there shows these. */
    static final List<String[]> END_KEYS = List.of(
            new String[] {"↑ ↓ PgUp PgDn", "scroll"},
            new String[] {"Home End", "top and bottom"},
            new String[] {"g", "go to the first question still open"},
            new String[] {"o", "open the next lesson"},
            new String[] {"f", "this lesson again on fresh numbers"},
            new String[] {"← h p", "back to the last step"},
            new String[] {"q Esc", "the menu"},
            new String[] {"Ctrl-L", "redraw the screen"});

    static void draw(Canvas c, App app) {
        Glyphs g = View.glyphSet(app);
        boolean menu = app.inMenu();
        boolean end = !menu && app.player().atEnd();
        List<String[]> keys = menu ? MENU_KEYS : end ? END_KEYS : KEYS;
        String rule = menu ? "Your progress is saved after every change, and a lesson opens where you left it. "
                + "In a lesson, ? shows the lesson's keys."
                : end ? "A lesson is finished when every question is answered or revealed. A question answered after its "
                + "value was on screen counts as seen, not as your own."
                : "An answer is right when the numbers on screen give it, to " + Acceptance.MIN_SIGNIFICANT
                + " significant figures (2 where they carry no more). 0,5523, 7.46e-2 and 0.7414 x 0.1868 work too; for exp( "
                + "or ln( press Enter first. t, r and ? work while typing an answer.";
        int w = Math.min(c.width() - 4, 70);
        List<String> ruleLines = Text.wrap(View.glyphs(app, rule), w - 4);
        int h = keys.size() + ruleLines.size() + 5;
        int x0 = (c.width() - w) / 2;
        int y0 = Math.max(0, (c.height() - h) / 2);
        for (int y = y0; y < y0 + h; y++) c.put(x0, y, " ".repeat(w), Role.NORMAL);
        c.put(x0, y0, g.tl() + String.valueOf(g.h()).repeat(w - 2) + g.tr(), Role.FOCUS);
        c.put(x0 + 2, y0, " Keys ", Role.TITLE);
        for (int y = y0 + 1; y < y0 + h - 1; y++) {
            c.set(x0, y, g.v(), Role.FOCUS);
            c.set(x0 + w - 1, y, g.v(), Role.FOCUS);
        }
        c.put(x0, y0 + h - 1, g.bl() + String.valueOf(g.h()).repeat(w - 2) + g.br(), Role.FOCUS);
        int y = y0 + 2;
        for (String[] k : keys) {
            c.put(x0 + 3, y, View.glyphs(app, k[0]), Role.KEY);
            c.put(x0 + 20, y, Text.clip(k[1], w - 22, app.settings().ascii()), Role.NORMAL); // never past the border
            y++;
        }
        y++;
        for (String line : ruleLines) c.put(x0 + 2, y++, line, Role.DIM);
        String close = " any key closes ";
        c.put(x0 + w - Text.width(close) - 2, y0 + h - 1, close, Role.DIM);
    }
}
