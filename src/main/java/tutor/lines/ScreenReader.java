package tutor.lines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a learner wants the line mode: asked for by --screen-reader, ACCESSIBLE or TUTOR_SCREEN_READER (a screen
 * reader cannot be detected, so it is always an explicit choice), or chosen earlier in the menu and kept in a small
 * file beside the learner's progress. ACCESSIBLE=0 (or false, no, off) turns a kept choice off for one run.
 */
public final class ScreenReader {
    private ScreenReader() {}

    /** The variables that turn the mode on; the classroom server accepts the first from an ssh client. */
    public static final String ACCESSIBLE = "ACCESSIBLE";
    public static final String TUTOR_SCREEN_READER = "TUTOR_SCREEN_READER";

    /** True or false where the environment says so, null where it is silent. */
    public static Boolean fromEnvironment(Map<String, String> env) {
        Boolean said = null;
        for (String name : new String[] {TUTOR_SCREEN_READER, ACCESSIBLE}) {
            String v = env.get(name);
            if (v == null || v.isBlank()) continue;
            boolean on = !switchedOff(v);
            if (on) return true;
            said = false;
        }
        return said;
    }

    private static boolean switchedOff(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("0") || v.equals("false") || v.equals("no") || v.equals("off");
    }

    /** The mode for this run: the flag, else the environment, else the kept choice. */
    public static boolean wanted(boolean flag, Map<String, String> env, Kept kept) {
        if (flag) return true;
        Boolean fromEnv = fromEnvironment(env);
        if (fromEnv != null) return fromEnv;
        return kept != null && kept.on();
    }

    /** A learner's kept choice: a one-line file ("on") that is there or not; owner-only, written atomically. */
    public record Kept(Path file) {

        public boolean on() {
            try {
                return Files.isRegularFile(file) && Files.size(file) < 64
                        && Files.readString(file, StandardCharsets.UTF_8).strip().equals("on");
            } catch (IOException | RuntimeException unreadable) {
                return false;
            }
        }

        /** Keeps the choice; false when it could not be written (the mode still runs, it is only not remembered). */
        public boolean keep(boolean on) {
            try {
                if (!on) {
                    Files.deleteIfExists(file);
                    return true;
                }
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), ".screen-reader", ".tmp");
                try {
                    Files.writeString(tmp, "on\n", StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }
}
