package tutor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import tutor.progress.StateDir;

/** Writes an unexpected error's stack trace to a log file instead of the learner's screen. */
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
            Files.writeString(file, Instant.now() + "\n" + sw + "\n", java.nio.charset.StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return file.toString();
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
