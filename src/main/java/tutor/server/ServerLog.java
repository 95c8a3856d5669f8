package tutor.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The server's log (MINA's and the sessions' errors) goes to server.log in the state directory through slf4j-simple,
 * never onto anyone's screen, in a file only the server's owner can read. Must run before any logger is made:
 * slf4j-simple reads these properties once.
 */
public final class ServerLog {
    private ServerLog() {}

    public static void configure(Path stateDir) {
        Path file = stateDir.resolve("server.log").toAbsolutePath();
        ownerOnly(file);
        set("org.slf4j.simpleLogger.logFile", file.toString());
        set("org.slf4j.simpleLogger.defaultLogLevel", "info");
        set("org.slf4j.simpleLogger.log.org.apache.sshd", "warn"); // MINA tells every packet's story at info
        set("org.slf4j.simpleLogger.showDateTime", "true");
        set("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        set("org.slf4j.simpleLogger.showThreadName", "true");
    }

    /** slf4j-simple would make the file as the umask says (often 644): made, or put back, readable by the owner only. */
    private static void ownerOnly(Path file) {
        Set<PosixFilePermission> mine = PosixFilePermissions.fromString("rw-------");
        try {
            if (Files.exists(file)) Files.setPosixFilePermissions(file, mine);
            else Files.createFile(file, PosixFilePermissions.asFileAttribute(mine));
        } catch (IOException | UnsupportedOperationException ignored) {
            // no such folder yet, or not a POSIX file system: the state folder itself is the owner's alone
        }
    }

    private static void set(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
