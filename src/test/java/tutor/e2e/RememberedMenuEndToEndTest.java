package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The menu remembered from the last start draws the first frame only while the lessons are as they were: a
 * lesson edited in between shows as it is now, and a lesson opened from a remembered menu is the real one.
 */
class RememberedMenuEndToEndTest {

    @BeforeAll
    static void needTmux() {
        TmuxEndToEndTest.needTmux();
    }

    private static String menuOnce(Path state, Path folder, String text) {
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, folder, "LANG=C.UTF-8")) {
            String screen = s.await(text);
            s.keys("q");
            s.awaitExit();
            return screen;
        }
    }

    @Test
    void anEditedLessonShowsAsItIsNowAndARememberedOneOpens(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lessons"));
        Path tiny = folder.resolve("1-tiny.json");
        Files.writeString(tiny, ReproductionsEndToEndTest.tiny());
        Path cache = dir.resolve("backprop-tutor/menu-cache.json");

        String first = menuOnce(dir, folder, "1  One hidden neuron");
        assertTrue(Files.isRegularFile(cache), "the menu is remembered after a start");

        Files.writeString(tiny, ReproductionsEndToEndTest.tiny().replace("One hidden neuron: the", "Renamed neuron: the"));
        String edited = menuOnce(dir, folder, "1  Renamed neuron");
        assertFalse(edited.contains("One hidden neuron"), "the old title never shows:\n" + edited);

        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(dir, folder, "LANG=C.UTF-8")) {
            String again = s.await("1  Renamed neuron");
            assertEquals(edited, again, "a start from the remembered menu shows the same frame");
            s.keys("Enter");
            s.await("Step 1/");
            s.keys("Escape");
            s.await("1  Renamed neuron");
            s.keys("q");
            s.awaitExit();
        }
        assertTrue(first.contains("2-1-1"), first);
    }
}
