package tutor.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text files: what a screen or a drawing must be, stored beside the tests. -Dgolden.update=true rewrites them
 * on purpose (then read the diff); under CI a missing file fails rather than being written.
 */
public final class Golden {
    private Golden() {}

    public static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** Fails at the first line that differs, showing both. */
    public static void compare(Path file, String actual) throws IOException {
        if (UPDATE || !Files.exists(file)) {
            if (!UPDATE && System.getenv("CI") != null) fail("no golden file " + file + "; create it with -Dgolden.update=true");
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<none>";
            String al = i < a.length ? a[i] : "<none>";
            if (!el.equals(al)) {
                fail(file + " differs at line " + (i + 1) + ":\n- " + el + "\n+ " + al
                        + "\n(rewrite on purpose with -Dgolden.update=true and read the diff)");
            }
        }
    }
}
