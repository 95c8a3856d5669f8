package tutor.server;

import java.nio.file.Path;

/**
 * The server's log (MINA's and the sessions' errors) goes to server.log in the state directory through slf4j-simple,
 * never onto anyone's screen. Must run before any logger is made: slf4j-simple reads these properties once.
 */
public final class ServerLog {
    private ServerLog() {}

    public static void configure(Path stateDir) {
        set("org.slf4j.simpleLogger.logFile", stateDir.resolve("server.log").toAbsolutePath().toString());
        set("org.slf4j.simpleLogger.defaultLogLevel", "info");
        set("org.slf4j.simpleLogger.log.org.apache.sshd", "warn"); // MINA tells every packet's story at info
        set("org.slf4j.simpleLogger.showDateTime", "true");
        set("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        set("org.slf4j.simpleLogger.showThreadName", "true");
    }

    private static void set(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
