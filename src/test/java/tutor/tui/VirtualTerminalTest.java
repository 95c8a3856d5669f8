package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The tutor on Lanterna's virtual terminal: keys in, screen text out, no real terminal. (The loop itself, with
 * its reader thread, runs in the tmux test: a virtual terminal holds its lock while it waits for input.)
 */
class VirtualTerminalTest {

    /** Counts the characters Lanterna actually sends to the terminal. */
    static final class Counting extends DefaultVirtualTerminal {
        int written;

        Counting() {
            super(new TerminalSize(80, 24));
        }

        @Override public synchronized void putCharacter(char c) {
            written++;
            super.putCharacter(c);
        }

        @Override public synchronized void putString(String s) {
            written += s.length();
            super.putString(s);
        }

        int take() {
            int n = written;
            written = 0;
            return n;
        }
    }

    /** Keys through Keys, Update, View and Painter onto a TerminalScreen, as the loop does. */
    static final class Driver {
        final Counting terminal = new Counting();
        final TerminalScreen screen;
        final Painter painter;
        App app;

        Driver(App app, boolean color) throws IOException {
            this.app = app;
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            painter = new Painter(new Palette(color));
            draw(Screen.RefreshType.COMPLETE);
        }

        void key(KeyStroke k) throws IOException {
            Msg m = Keys.toMsg(k);
            if (m != null) app = Update.update(app, m);
            draw(Screen.RefreshType.DELTA);
        }

        void type(String s) throws IOException {
            for (char c : s.toCharArray()) key(new KeyStroke(c, false, false));
        }

        void draw(Screen.RefreshType type) throws IOException {
            screen.doResizeIfNecessary();
            painter.paint(View.render(app), screen);
            screen.refresh(type);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (int y = 0; y < 24; y++) {
                StringBuilder line = new StringBuilder();
                for (int x = 0; x < 80; x++) line.append(terminal.getCharacter(x, y).getCharacterString());
                sb.append(line.toString().stripTrailing()).append('\n');
            }
            return sb.toString();
        }
    }

    @Test
    void answerWrongReadTheFeedbackTakeAHintAnswerRight() throws IOException {
        Driver d = new Driver(Fixtures.app(false), true);
        assertTrue(d.text().contains("1  One hidden neuron: the smallest backprop"), d.text());
        d.key(new KeyStroke(KeyType.Enter));
        d.key(new KeyStroke(KeyType.ArrowRight));
        assertTrue(d.text().contains("Your turn: What does the hidden neuron output?"), d.text());
        d.type("1.1");
        assertTrue(d.text().contains("answer ▸ 1.1_"), d.text());
        d.key(new KeyStroke(KeyType.Enter));
        assertTrue(d.text().contains("Not yet. That is z, before the activation; the activation is what the"), d.text());
        d.key(new KeyStroke(KeyType.Escape));
        d.type("t");
        // the first hint says why, not the formula line already on screen
        assertTrue(d.text().contains("Hint: h is the neuron's output, what it passes on: the sigmoid squashes its"), d.text());
        assertTrue(d.text().contains("It is worked from z_h = 1.100."), d.text());
        assertTrue(d.text().contains("answer ▸ 1.1\n"), "Esc kept what was typed: " + d.text());
        for (int i = 0; i < 3; i++) d.key(new KeyStroke(KeyType.Backspace));
        d.type("0.7503");
        d.key(new KeyStroke(KeyType.Enter));
        assertTrue(d.text().contains("Right: h = 0.750."), d.text());
        assertTrue(d.text().contains("h = σ(z_h) = 1 / (1 + e^(−z_h)) = 1 / (1 + 0.333) = 0.750"), d.text());
        assertEquals(1, d.app.progress().lesson("tiny").item("fill:0:a:h").hints());
    }

    @Test
    void aStepChangeRedrawsOnlyWhatChanged() throws IOException {
        Driver d = new Driver(Fixtures.opened(1, false), true);
        d.terminal.take();
        d.key(new KeyStroke(KeyType.ArrowRight));
        int changed = d.terminal.take();
        assertTrue(changed > 0 && changed < 80 * 24 / 2, changed + " cells sent for one step of 1920 on screen");
        d.key(new KeyStroke('?', false, false));
        d.key(new KeyStroke(KeyType.Escape));
        d.terminal.take();
        d.key(new KeyStroke(KeyType.ArrowDown));
        assertEquals(0, d.terminal.take(), "nothing to scroll, nothing sent");
    }

    @Test
    void withoutColourFocusIsBold() throws IOException {
        Driver d = new Driver(Fixtures.opened(0, false), false);
        d.key(new KeyStroke(KeyType.ArrowRight));
        String[] lines = d.text().split("\n");
        int row = -1;
        for (int y = 0; y < lines.length; y++) if (lines[y].contains("┌h─")) row = y;
        int col = lines[row].indexOf("┌h─");
        var cell = d.terminal.getCharacter(col, row);
        assertTrue(cell.getModifiers().contains(SGR.BOLD), "focused box in bold");
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, cell.getForegroundColor());
        assertTrue(d.terminal.getCharacter(0, 0).getModifiers().contains(SGR.REVERSE), "title bar in reverse video");
    }
}
