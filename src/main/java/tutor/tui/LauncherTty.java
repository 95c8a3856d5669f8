package tutor.tui;

import java.io.IOException;

/**
 * The terminal settings the launcher saved before it put the terminal in raw mode (TUTOR_STTY, TUTOR_SIZE).
 * The terminal claims them; if the tutor ends before that, restoreIfUnclaimed() puts the terminal back.
 */
public final class LauncherTty {
    private LauncherTty() {}

    record Claimed(String saved, String size) {}

    private static boolean claimed;

    static synchronized Claimed claim() {
        String saved = System.getenv("TUTOR_STTY");
        String size = System.getenv("TUTOR_SIZE");
        if (claimed || saved == null || !saved.matches("[0-9a-fA-F:]+") || size == null) return null;
        claimed = true;
        return new Claimed(saved, size);
    }

    /** Restores the launcher's saved settings when no terminal took them over (an early exit or an error). */
    public static synchronized void restoreIfUnclaimed() {
        String saved = System.getenv("TUTOR_STTY");
        if (claimed || saved == null || !saved.matches("[0-9a-fA-F:]+")) return;
        claimed = true;
        try {
            new ProcessBuilder("/bin/sh", "-c", "stty " + saved + " < /dev/tty").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no terminal left to restore
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
