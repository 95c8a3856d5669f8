package tutor.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A terminal's bytes (UTF-8) as key strokes, in one pass with a fixed amount of memory. Lanterna's own decoder
 * matches every pattern against the whole unread buffer on each character, so an escape sequence that never ends
 * (ESC [ and 40,000 digits) costs quadratic time and keeps a core busy. Here each character is looked at once: an
 * escape sequence longer than any key a terminal sends is read to its end and dropped, without being kept.
 */
final class KeyDecoder {
    /** The longest escape sequence (after ESC [) a terminal sends for a key: ESC [ 1 ; 8 ~ and the like are far shorter. */
    static final int LONGEST = 16;
    /** How long a lone ESC waits for the rest of a sequence before it is the Escape key. */
    static final long ESC_WAIT_MS = 30;
    private static final int TIMEOUT = -2;

    private final Reader in;
    private final char[] buffer = new char[4096];
    private int next;
    private int end;
    private boolean eof;
    private int pushedBack = -1;
    private volatile long dropped;
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();

    KeyDecoder(InputStream in) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** How many escape sequences were dropped as garbage so far. */
    long dropped() {
        return dropped;
    }

    /** The next key, waiting for it; an EOF key once the input has ended. */
    KeyStroke read() throws IOException {
        lock.lock();
        try {
            return decode();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next key if its first character has arrived already, else null; null at once while another thread waits
     * for a key (Lanterna drains the input this way when a screen stops).
     */
    KeyStroke poll() throws IOException {
        if (!lock.tryLock()) return null;
        try {
            if (pushedBack < 0 && next == end && !eof && !in.ready()) return null;
            return decode();
        } finally {
            lock.unlock();
        }
    }

    private KeyStroke decode() throws IOException {
        while (true) {
            int c = take();
            if (c < 0) return new KeyStroke(KeyType.EOF);
            KeyStroke k = c == 0x1b ? escape() : plain((char) c);
            if (k != null) return k;
        }
    }

    private KeyStroke plain(char c) {
        switch (c) {
            case '\n', '\r':
                return new KeyStroke(KeyType.Enter);
            case '\t':
                return new KeyStroke(KeyType.Tab);
            case 0x7f, 0x08:
                return new KeyStroke(KeyType.Backspace);
            case 0:
                return null; // Ctrl-Space or padding: nothing
            default:
                if (c >= 1 && c <= 26) return new KeyStroke((char) ('a' + c - 1), true, false);
                if (c >= 0x1c && c <= 0x1f) return new KeyStroke((char) (c + 0x40), true, false);
                return new KeyStroke(c, false, false);
        }
    }

    /** After ESC: a CSI or SS3 sequence, Alt and a key, or the Escape key itself when nothing follows soon. */
    private KeyStroke escape() throws IOException {
        int c = takeWithin(ESC_WAIT_MS);
        if (c == TIMEOUT || c < 0) return new KeyStroke(KeyType.Escape);
        if (c == '[') return csi();
        if (c == 'O') return ss3();
        if (c < 0x20 || c == 0x7f) {
            pushedBack = c; // ESC then a control key (another ESC, Enter): the Escape key, then that one
            return new KeyStroke(KeyType.Escape);
        }
        return new KeyStroke((char) c, false, true);
    }

    /** ESC [ parameters intermediates final, as ECMA-48 has it; anything over LONGEST characters is garbage. */
    private KeyStroke csi() throws IOException {
        StringBuilder params = new StringBuilder(LONGEST);
        int length = 0;
        while (true) {
            int c = take();
            if (c < 0) return null;
            if (length == 0 && c == '[') return linuxFunctionKey(); // the Linux console's ESC [ [ A .. E
            if (c >= 0x20 && c <= 0x3f) {
                if (++length <= LONGEST) params.append((char) c);
                continue;
            }
            if (c >= 0x40 && c <= 0x7e) {
                if (length > LONGEST) {
                    dropped++;
                    return null;
                }
                return csiKey(params.toString(), (char) c);
            }
            // A control character ends the sequence unfinished: the sequence is dropped, the character kept.
            dropped++;
            pushedBack = c;
            return null;
        }
    }

    private KeyStroke linuxFunctionKey() throws IOException {
        int c = take();
        return c >= 'A' && c <= 'E' ? new KeyStroke(KeyType.values()[KeyType.F1.ordinal() + (c - 'A')]) : null;
    }

    private KeyStroke ss3() throws IOException {
        int c = take();
        if (c < 0) return null;
        return switch (c) {
            case 'M' -> new KeyStroke(KeyType.Enter);
            default -> finalKey((char) c, 1);
        };
    }

    private static KeyStroke csiKey(String params, char fin) {
        String[] parts = params.split(";", -1);
        int first = number(parts[0]);
        int modifiers = parts.length > 1 ? number(parts[1]) : 1;
        if (fin == '~') {
            KeyType type = switch (first) {
                case 1, 7 -> KeyType.Home;
                case 4, 8 -> KeyType.End;
                case 2 -> KeyType.Insert;
                case 3 -> KeyType.Delete;
                case 5 -> KeyType.PageUp;
                case 6 -> KeyType.PageDown;
                case 11, 12, 13, 14, 15 -> KeyType.values()[KeyType.F1.ordinal() + first - 11];
                case 17, 18, 19, 20, 21 -> KeyType.values()[KeyType.F6.ordinal() + first - 17];
                case 23, 24 -> KeyType.values()[KeyType.F11.ordinal() + first - 23];
                default -> null; // 200~ 201~ (bracketed paste marks) and the rest: nothing
            };
            return type == null ? null : withModifiers(type, modifiers);
        }
        if (fin == 'R' && parts.length == 2 && first > 1) return null; // a cursor position report, not a key
        return finalKey(fin, modifiers);
    }

    private static KeyStroke finalKey(char fin, int modifiers) {
        KeyType type = switch (fin) {
            case 'A' -> KeyType.ArrowUp;
            case 'B' -> KeyType.ArrowDown;
            case 'C' -> KeyType.ArrowRight;
            case 'D' -> KeyType.ArrowLeft;
            case 'H' -> KeyType.Home;
            case 'F' -> KeyType.End;
            case 'Z' -> KeyType.ReverseTab;
            case 'P' -> KeyType.F1;
            case 'Q' -> KeyType.F2;
            case 'R' -> KeyType.F3;
            case 'S' -> KeyType.F4;
            default -> null;
        };
        return type == null ? null : withModifiers(type, modifiers);
    }

    /** xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4). */
    private static KeyStroke withModifiers(KeyType type, int modifiers) {
        int m = Math.max(0, modifiers - 1);
        return new KeyStroke(type, (m & 4) != 0, (m & 2) != 0, (m & 1) != 0);
    }

    private static int number(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && i < 4; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return 0;
            n = n * 10 + (c - '0');
        }
        return s.length() > 4 ? 0 : n;
    }

    /** The next character, waiting for it; -1 at the end of input. */
    private int take() throws IOException {
        if (pushedBack >= 0) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if (next == end) {
            if (eof) return -1;
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                eof = true;
                return -1;
            }
            next = 0;
            end = n;
        }
        return buffer[next++];
    }

    /** The next character if it comes within ms; TIMEOUT if not. Polls only while a lone ESC waits. */
    private int takeWithin(long ms) throws IOException {
        if (pushedBack >= 0 || next < end || eof) return take();
        long deadline = System.nanoTime() + ms * 1_000_000;
        while (!in.ready()) {
            if (System.nanoTime() >= deadline) return TIMEOUT;
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return TIMEOUT;
            }
        }
        return take();
    }
}
