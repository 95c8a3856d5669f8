package tutor.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * Plain ASCII output for the text commands: asked for with --ascii, or a locale that is not UTF-8 (LANG=C), as the
 * full-screen tutor decides. The property tutor.locale stands in for LC_ALL when set (the tests set it, so that
 * their expectations do not depend on the locale of the machine running them).
 */
final class AsciiOutput {
    private AsciiOutput() {}

    static boolean wanted(Args args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        String assumed = System.getProperty("tutor.locale");
        if (assumed != null) env.put("LC_ALL", assumed);
        return tutor.tui.Settings.from(env, args.has("--ascii"), false).ascii();
    }
}
