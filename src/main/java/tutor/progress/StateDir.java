package tutor.progress;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a learner's progress lives: $XDG_STATE_HOME/backprop-tutor, by default ~/.local/state/backprop-tutor
 * (-Dtutor.state=DIR overrides it, for tests). Never a relative path: without an absolute XDG_STATE_HOME or a home
 * directory there is no such place, and the caller is told why.
 */
public final class StateDir {
    private StateDir() {}

    /** There is no absolute place to keep state; the message says what to set. */
    public static final class Unavailable extends IOException {
        Unavailable(String message) {
            super(message);
        }
    }

    public static Path path() throws Unavailable {
        return path(System.getenv(), System.getProperty("tutor.state"), System.getProperty("user.home"));
    }

    static Path path(Map<String, String> env, String own, String userHome) throws Unavailable {
        if (own != null && !own.isBlank()) return Path.of(own).toAbsolutePath();
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg).resolve("backprop-tutor");
        String home = env.get("HOME");
        // Java sets user.home to "?" for a user without a passwd entry: never a directory to write into.
        if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) home = userHome;
        if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
            throw new Unavailable("there is no home directory to keep it in (HOME is not set and this user has no "
                    + "entry in the password file); set HOME or XDG_STATE_HOME to a directory of yours");
        }
        return Path.of(home, ".local", "state", "backprop-tutor");
    }
}
