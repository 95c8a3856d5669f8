package tutor.progress;

import java.nio.file.Path;

/**
 * Where a learner's progress lives: $XDG_STATE_HOME/backprop-tutor, by default ~/.local/state/backprop-tutor
 * (-Dtutor.state=DIR overrides it, for tests).
 */
public final class StateDir {
    private StateDir() {}

    public static Path path() {
        String own = System.getProperty("tutor.state");
        if (own != null && !own.isBlank()) return Path.of(own);
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("backprop-tutor");
    }
}
