package tutor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import tutor.progress.StateDir;

/** Writes an unexpected error's stack trace to a log file (its owner's alone) instead of the learner's screen. */
public final class Crash {
    private Crash() {}

    /** Appends the trace to crash.log in the state folder; returns where it went. */
    public static String log(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        try {
            Path dir = StateDir.path();
            Files.createDirectories(dir);
            Path file = dir.resolve("crash.log");
            try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
                ch.write(StandardCharsets.UTF_8.encode(Instant.now() + "\n" + sw + "\n"));
            }
            return file.toString();
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
