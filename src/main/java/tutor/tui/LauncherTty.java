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
        if (claimed || saved == null || !isSttySettings(saved) || size == null) return null;
        claimed = true;
        return new Claimed(saved, size);
    }

    /**
     * Whether the text is what stty -g prints (hex numbers and colons), and so safe to hand back to stty. A loop,
     * not a regular expression: this runs before the first frame, and compiling one costs it milliseconds.
     */
    static boolean isSttySettings(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':')) return false;
        }
        return true;
    }

    /** Whether the launcher found a terminal on both input and output and saved its settings. */
    public static boolean launcherSawTerminal() {
        String saved = System.getenv("TUTOR_STTY");
        return saved != null && isSttySettings(saved) && System.getenv("TUTOR_SIZE") != null;
    }

    /**
     * Stops the tutor as a shell stops a job on Ctrl-Z, and returns once the shell's fg has continued it. Meanwhile
     * the terminal has the settings the launcher found (echo, line editing; "sane" without the launcher); after fg
     * it is in raw mode again. One shell does it all: it notes the raw settings, restores the saved ones, stops the
     * process group (the launcher, the JVM and itself: the shell waits on the launcher), and when continued puts the
     * raw settings back. Where no shell can continue the job (an orphaned process group) the stop is ignored by the
     * system and this returns at once.
     */
    static void stopJob() {
        String saved = System.getenv("TUTOR_STTY");
        String restore = saved != null && isSttySettings(saved) ? saved : "sane";
        String script = "raw=$(stty -g < /dev/tty) || exit 1; stty " + restore + " < /dev/tty; kill -TSTP 0; "
                + "stty \"$raw\" < /dev/tty";
        try {
            new ProcessBuilder("/bin/sh", "-c", script).inheritIO().start().waitFor();
        } catch (IOException e) {
            // no shell to stop the job with: the tutor simply goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Restores the launcher's saved settings when no terminal took them over (an early exit or an error). */
    public static synchronized void restoreIfUnclaimed() {
        String saved = System.getenv("TUTOR_STTY");
        if (claimed || saved == null || !isSttySettings(saved)) return;
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
