package tutor.cli;

/** Placeholder until the screens exist: the full-screen tutor adds its own warm-up here. */
final class WarmupScreens {
    private WarmupScreens() {}

    static void run() {
        // filled in by the TUI
    }
}
