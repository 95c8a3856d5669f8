package tutor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, started with one stty process instead of five (or none, when the launcher has set
 * raw mode already): saving the settings, reading the
 * size, canonical mode, echo and the interrupt key all at once. The size comes from stty rather than from a
 * cursor-position report, which Lanterna awaits by polling; on a resize stty is asked again. Keys are read by a
 * {@link KeyDecoder} (linear time, bounded memory), and each character drawn is sent as exactly its UTF-8.
 */
final class OneSttyTerminal extends UnixTerminal {
    private String saved;
    private TerminalSize known;
    private volatile boolean resized;
    private final KeyDecoder keys;

    OneSttyTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        keys = new KeyDecoder(in);
    }

    @Override public KeyStroke readInput() throws IOException {
        return keys.read();
    }

    @Override public KeyStroke pollInput() throws IOException {
        return keys.poll();
    }

    @Override protected byte[] translateCharacter(char c) {
        return Utf8Bytes.of(c);
    }

    @Override protected void saveTerminalSettings() throws IOException {
        LauncherTty.Claimed fromLauncher = LauncherTty.claim();
        if (fromLauncher != null) {
            saved = fromLauncher.saved();
            known = parseSize(fromLauncher.size());
            return;
        }
        String[] lines = exec("/bin/sh", "-c",
                "stty -g < /dev/tty && stty size < /dev/tty && stty -icanon min 1 -echo -ixon intr undef quit undef susp undef < /dev/tty").split("\n");
        saved = lines[0].trim();
        known = lines.length > 1 ? parseSize(lines[1]) : null;
    }

    // Raw mode was entered with the saved settings, and restoring them undoes it: nothing to do one by one.
    @Override protected void canonicalMode(boolean enabled) throws IOException {
        if (saved == null) super.canonicalMode(enabled);
    }

    @Override protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (saved == null) super.keyEchoEnabled(enabled);
    }

    @Override protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (saved == null) super.keyStrokeSignalsEnabled(enabled);
    }

    @Override protected void restoreTerminalSettings() throws IOException {
        if (LauncherTty.isSttySettings(saved)) exec("/bin/sh", "-c", "stty " + saved + " < /dev/tty");
        else super.restoreTerminalSettings();
    }

    /**
     * The size is asked of stty again only after the terminal says it was resized. The handler is installed
     * directly (Lanterna's own builds a reflective proxy, which costs the first frame about 15 ms), by an
     * anonymous class rather than a lambda, which would be generated at run time.
     */
    @Override protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), new sun.misc.SignalHandler() {
                @Override public void handle(sun.misc.Signal signal) {
                    resized = true;
                    onResize.run();
                }
            });
        } catch (IllegalArgumentException noSuchSignal) {
            // a system without SIGWINCH: the size stays what it was at the start
        }
    }

    @Override protected TerminalSize findTerminalSize() throws IOException {
        if (known != null && !resized) return known;
        resized = false;
        TerminalSize size = parseSize(exec("/bin/sh", "-c", "stty size < /dev/tty"));
        if (size != null) {
            known = size;
            return size;
        }
        // No size from stty (a 0x0 pty): the classic 80x24, as over ssh. Lanterna's cursor-report probe would need
        // its own key decoder, which this terminal does not use.
        return known != null ? known : new TerminalSize(80, 24);
    }

    /** "rows columns", as stty size prints it. */
    private static TerminalSize parseSize(String text) {
        String[] parts = text.trim().split("\\s+");
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
