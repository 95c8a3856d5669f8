package tutor.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes the local tutor writes to its terminal, as tmux receives them (pipe-pane): exactly the UTF-8 of what is
 * drawn, with no NUL after a 2-byte character.
 */
class LocalFrameBytesTest {
    @Test
    void theLocalTutorsFramesHoldNoNul(@TempDir Path state) throws Exception {
        TmuxEndToEndTest.needTmux();
        Path bytes = state.resolve("pane.bytes");
        try (TmuxEndToEndTest.Session s = new TmuxEndToEndTest.Session(state, "LANG=C.UTF-8")) {
            s.await("1  One hidden neuron");
            assertEquals(0, TmuxEndToEndTest.run(List.of("tmux", "-L", s.server, "pipe-pane", "-o", "-t", "t",
                    "cat > '" + bytes + "'")));
            s.keys("Down", "Enter");
            s.await("Step 1/11");
            s.keys("Right", "Right");
            s.await("Step 3/11");
            assertEquals(0, TmuxEndToEndTest.run(List.of("tmux", "-L", s.server, "pipe-pane", "-t", "t"))); // stop
            s.keys("q");
        }
        byte[] written = Files.readAllBytes(bytes);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("·") && text.contains("₁"), "2- and 3-byte characters were drawn:\n" + text);
        for (int i = 0; i < written.length; i++) assertTrue(written[i] != 0, "a NUL at byte " + i);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written, "exactly UTF-8");
    }
}
