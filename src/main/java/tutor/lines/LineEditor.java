package tutor.lines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Line editing where nothing else does it: an SSH channel has no line discipline, so the server echoes what is
 * typed and edits the line itself, the way a terminal's cooked mode would, using only text, CR LF and backspaces
 * (never an escape sequence): Backspace and Delete erase a character, Ctrl-U the line, Ctrl-W a word; Enter ends
 * the line; Ctrl-C, or Ctrl-D on an empty line, ends the input. Arrow keys and other escape sequences are ignored.
 * Bytes are read one at a time, so nothing after a line is taken from whoever reads the input next.
 */
public final class LineEditor implements LineSession.Input, LineSession.Output {
    /** The longest line kept; more is not echoed (an answer is at most 200 characters). */
    static final int MAX = 1000;

    private final InputStream in;
    private final OutputStream out;
    private volatile boolean closed;

    /** in: Enter already made one LF (LineEnds); out: the terminal, which gets CR LF at each line end. */
    public LineEditor(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override public synchronized void line(String text) throws IOException {
        out.write((text.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override public String read(String prompt) throws IOException {
        write(prompt);
        StringBuilder line = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream(); // a UTF-8 character not yet whole
        while (true) {
            int b = closed ? -1 : in.read();
            if (b < 0 || b == 3 || b == 4 && line.length() == 0) {
                write("\r\n");
                return null;
            }
            if (b == '\n' || b == '\r') {
                write("\r\n");
                return line.toString();
            }
            if (b == 0x7f || b == 8) {
                if (line.length() > 0) {
                    line.setLength(line.offsetByCodePoints(line.length(), -1));
                    write("\b \b");
                }
            } else if (b == 0x15) {
                write("\b \b".repeat(line.codePointCount(0, line.length())));
                line.setLength(0);
            } else if (b == 0x17) {
                int end = line.length();
                while (end > 0 && line.charAt(end - 1) == ' ') end--;
                while (end > 0 && line.charAt(end - 1) != ' ') end--;
                write("\b \b".repeat(line.codePointCount(end, line.length())));
                line.setLength(end);
            } else if (b == 0x1b) {
                skipEscape();
            } else if (b >= 0x80) {
                pending.write(b);
                String c = whole(pending);
                if (c != null && line.length() < MAX) {
                    line.append(c);
                    write(c);
                }
            } else if (b >= ' ' && line.length() < MAX) {
                line.append((char) b);
                write(String.valueOf((char) b));
            }
        }
    }

    /** Ends the input: the line being read ends as at Ctrl-D (the session saves and ends). */
    public void close() {
        closed = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /** An escape sequence's rest: ESC [ params final, ESC O x, or ESC and one character. */
    private void skipEscape() throws IOException {
        int b = in.read();
        if (b == '[') {
            do b = in.read(); while (b >= 0x20 && b < 0x40);
        } else if (b == 'O') {
            in.read();
        }
    }

    /** The character once its UTF-8 bytes are all there; null while more are to come (or the bytes are not UTF-8). */
    private static String whole(ByteArrayOutputStream pending) {
        byte[] b = pending.toByteArray();
        int lead = b[0] & 0xff;
        int need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        if (b.length < need) return null;
        pending.reset();
        String s = new String(b, StandardCharsets.UTF_8);
        return s.codePoints().allMatch(cp -> cp != 0xfffd && !Character.isISOControl(cp)) ? s : null;
    }

    private synchronized void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
