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
    private final FileChannel out;
    private final Clock clock;

    public ConnectionLog(Path file, Clock clock) throws IOException {
        this.out = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        this.clock = clock;
    }

    /** e.g. "login ada 127.0.0.1:50122 code". Never throws: a full disk must not refuse a student. */
    public synchronized void write(String event, String id, Object address, String detail) {
        String line = clock.instant() + " " + event + " " + Roster.clean(id == null ? "-" : id) + " " + address
                + (detail == null || detail.isEmpty() ? "" : " " + Roster.clean(detail)) + "\n";
        try {
            out.write(StandardCharsets.UTF_8.encode(line));
        } catch (IOException ignored) {
            // the server log has the session events too
        }
    }

    @Override public synchronized void close() throws IOException {
        out.close();
    }
}
