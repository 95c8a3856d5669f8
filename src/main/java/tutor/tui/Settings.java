package tutor.tui;

import java.util.Locale;
import java.util.Map;

/**
 * How the screen looks and whom it is for: Unicode or ASCII glyphs, colour or not, and the learner's name (which
 * keeps a learner's shuffled choices stable), and whether the learner asked for the screen-reader line mode (the menu's
 * v: the full-screen loop then ends and its caller starts tutor.lines). Chosen from the environment and the flags,
 * or by the server per session.
 */
public record Settings(boolean ascii, boolean color, String learner, boolean screenReader) {

    public Settings {
        learner = learner == null || learner.isBlank() ? "learner" : learner;
    }

    public Settings(boolean ascii, boolean color, String learner) {
        this(ascii, color, learner, false);
    }

    public Settings(boolean ascii, boolean color) {
        this(ascii, color, null);
    }

    public Settings withScreenReader(boolean on) {
        return new Settings(ascii, color, learner, on);
    }

    /** ASCII when asked, or when the locale is not UTF-8; no colour when asked, NO_COLOR is set, or TERM is monochrome. */
    public static Settings from(Map<String, String> env, boolean asciiFlag, boolean noColorFlag) {
        boolean ascii = asciiFlag || !utf8Locale(env);
        String noColor = env.get("NO_COLOR");
        String term = env.getOrDefault("TERM", "");
        boolean mono = term.contains("mono") || term.equals("vt100") || term.equals("vt102") || term.equals("vt220");
        boolean color = !noColorFlag && (noColor == null || noColor.isEmpty()) && !mono;
        return new Settings(ascii, color, env.getOrDefault("USER", System.getProperty("user.name")));
    }

    /** The first of LC_ALL, LC_CTYPE, LANG that is set decides, as the C library does. */
    public static boolean utf8Locale(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                String lower = v.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }
}
