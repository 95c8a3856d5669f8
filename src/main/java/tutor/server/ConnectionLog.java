package tutor.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Set;

/**
 * connections.log in the state directory: one line for every login, refusal and disconnect, with the time, the id
 * and the address, for a teacher to read or grep. Readable by the server's owner only. Every field a client chose is
 * cut and escaped (LogText), so a line is at most about 400 characters whatever was sent; at ROTATE_AT bytes the file
 * becomes connections.log.1 (the one before, .2, and so on up to KEPT), so the log never fills the disk.
 */
public final class ConnectionLog implements AutoCloseable {
    /** A detail longer than this (a command line, a database's message) is cut at a word and marked with "…". */
    static final int MAX_DETAIL = 160;
    /** An id (a user name as typed, before login) or an address longer than this is cut. */
    static final int MAX_ID = 64;
    static final long ROTATE_AT = 8L << 20;
    static final int KEPT = 3;

    private final Path file;
    private final Clock clock;
    private final long rotateAt;
    private FileChannel out;
    private long size;

    public ConnectionLog(Path file, Clock clock) throws IOException {
        this(file, clock, ROTATE_AT);
    }

    ConnectionLog(Path file, Clock clock, long rotateAt) throws IOException {
        this.file = file;
        this.clock = clock;
        this.rotateAt = rotateAt;
        this.out = open(file);
        this.size = out.size();
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    /**
     * e.g. "login ada /127.0.0.1:50122 code"; "-" where there is no id or address. Never throws: a full disk must not
     * refuse a student.
     */
    public synchronized void write(String event, String id, Object address, String detail) {
        String said = detail == null ? "" : shorten(LogText.clean(detail, MAX_DETAIL * 2), MAX_DETAIL);
        String line = clock.instant() + " " + event + " " + (id == null ? "-" : LogText.clean(id, MAX_ID)) + " "
                + (address == null ? "-" : LogText.clean(address.toString(), MAX_ID)) + (said.isEmpty() ? "" : " " + said) + "\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        try {
            if (size > 0 && size + bytes.length > rotateAt) rotate();
            size += out.write(java.nio.ByteBuffer.wrap(bytes));
        } catch (IOException ignored) {
            // the server log has the session events too
        }
    }

    /** connections.log becomes .1, .1 becomes .2, ...; the oldest beyond KEPT is dropped. */
    private void rotate() throws IOException {
        out.close();
        for (int n = KEPT; n >= 1; n--) {
            Path from = n == 1 ? file : older(n - 1);
            if (Files.exists(from)) Files.move(from, older(n), StandardCopyOption.REPLACE_EXISTING);
        }
        out = open(file);
        size = 0;
    }

    private Path older(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
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
