package tutor.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Set;

/**
 * connections.log in the state directory: one line for every login, refusal and disconnect, with the time, the id
 * and the address, for a teacher to read or grep. Readable by the server's owner only.
 */
public final class ConnectionLog implements AutoCloseable {
    /** A detail longer than this (a command line, a database's message) is cut at a word and marked with "…". */
    static final int MAX_DETAIL = 160;

    private final FileChannel out;
    private final Clock clock;

    public ConnectionLog(Path file, Clock clock) throws IOException {
        this.out = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        this.clock = clock;
    }

    /**
     * e.g. "login ada /127.0.0.1:50122 code"; "-" where there is no id or address. Never throws: a full disk must not
     * refuse a student.
     */
    public synchronized void write(String event, String id, Object address, String detail) {
        String said = detail == null ? "" : shorten(Roster.clean(detail), MAX_DETAIL);
        String line = clock.instant() + " " + event + " " + (id == null ? "-" : Roster.clean(id)) + " "
                + (address == null ? "-" : Roster.clean(address.toString())) + (said.isEmpty() ? "" : " " + said) + "\n";
        try {
            out.write(StandardCharsets.UTF_8.encode(line));
        } catch (IOException ignored) {
            // the server log has the session events too
        }
    }

    /** The text whole if it fits in max characters, else its first words that fit, then "…" (a word is never cut). */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) return text;
        int end = text.offsetByCodePoints(0, max - 1); // room for the mark
        int space = text.lastIndexOf(' ', end);
        if (space > 0) end = space; // else one long word: cut it rather than drop it all
        return text.substring(0, end).stripTrailing() + "…";
    }

    @Override public synchronized void close() throws IOException {
        out.close();
    }
}
