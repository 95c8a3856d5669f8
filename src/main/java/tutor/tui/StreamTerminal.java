package tutor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal over plain streams whose size is told rather than asked: an SSH channel, where the client's pty
 * request gives the size and a window-change request each new one. No cursor-position report is awaited, and no
 * stty runs: there is no terminal driver on this side. Keys are read by a {@link KeyDecoder} (linear time, bounded
 * memory), and each character drawn is sent as exactly its UTF-8.
 */
final class StreamTerminal extends ANSITerminal {
    private volatile TerminalSize size;
    private final KeyDecoder keys;

    StreamTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(in, out, StandardCharsets.UTF_8);
        size = sized(columns, rows);
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

    /** ssh -tt from a non-terminal asks for a 0x0 pty: that is the classic 80x24. */
    private static TerminalSize sized(int columns, int rows) {
        return columns > 0 && rows > 0 ? new TerminalSize(columns, rows) : new TerminalSize(80, 24);
    }

    @Override protected TerminalSize findTerminalSize() {
        return size;
    }

    void resize(int columns, int rows) {
        size = sized(columns, rows);
        onResized(size);
    }
}
