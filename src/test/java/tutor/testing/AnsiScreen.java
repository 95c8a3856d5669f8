package tutor.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Just enough of a terminal to read back what Lanterna's ANSI terminal draws: cursor moves (CSI row;col H), erase
 * (CSI 2J), printable characters; colours, modes and titles are skipped. Bytes go in as the program writes them;
 * text() is the screen, one line a row, trailing blanks cut.
 */
public final class AnsiScreen extends OutputStream {
    private final int width;
    private final int height;
    private final char[][] cells;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();
    private int row;
    private int col;

    public AnsiScreen(int width, int height) {
        this.width = width;
        this.height = height;
        cells = new char[height][width];
        for (char[] r : cells) Arrays.fill(r, ' ');
    }

    @Override public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        all.write(b, off, len);
        interpret();
        notifyAll();
    }

    /** Everything written so far, as text with its escape sequences. */
    public synchronized String raw() {
        return all.toString(StandardCharsets.UTF_8);
    }

    private void interpret() {
        String s = pending.toString(StandardCharsets.UTF_8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 0x1b) {
                int end = sequenceEnd(s, i);
                if (end < 0) break; // incomplete: wait for the rest
                apply(s.substring(i, end));
                i = end;
                continue;
            }
            if (c == '\r') col = 0;
            else if (c == '\n') row = Math.min(height - 1, row + 1);
            else if (c >= ' ') {
                if (row < height && col < width) cells[row][col] = c;
                col++;
            }
            i++;
        }
        byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
        pending.reset();
        pending.write(rest, 0, rest.length);
    }

    private static int sequenceEnd(String s, int start) {
        if (start + 1 >= s.length()) return -1;
        char kind = s.charAt(start + 1);
        if (kind == '[') {
            for (int j = start + 2; j < s.length(); j++) if (s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7e) return j + 1;
            return -1;
        }
        if (kind == ']') { // OSC ... BEL
            int bel = s.indexOf('\u0007', start);
            return bel < 0 ? -1 : bel + 1;
        }
        return start + 2;
    }

    private void apply(String seq) {
        if (!seq.startsWith("\u001b[")) return;
        char f = seq.charAt(seq.length() - 1);
        String args = seq.substring(2, seq.length() - 1);
        if (f == 'H' && !args.startsWith("?")) {
            String[] p = args.split(";");
            row = p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) - 1 : 0;
            col = p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) - 1 : 0;
        } else if (f == 'J' && args.equals("2")) {
            for (char[] r : cells) Arrays.fill(r, ' ');
        }
    }

    public synchronized String text() {
        StringBuilder b = new StringBuilder();
        for (char[] r : cells) b.append(new String(r).stripTrailing()).append('\n');
        return b.toString();
    }

    /** Waits (without sleeping blindly) until the screen shows what is asked; fails with the screen after 20 s. */
    public synchronized String await(String what, Predicate<String> condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.test(text())) {
            long left = end - System.nanoTime();
            if (left <= 0) throw new AssertionError("never saw " + what + " on screen:\n" + text());
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return text();
    }

    public String await(String text) {
        return await("\"" + text + "\"", s -> s.contains(text));
    }

    @Override public void flush() throws IOException {
        // nothing buffered
    }
}
