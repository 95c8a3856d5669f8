package tutor.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where state goes, and the clear refusal when there is nowhere absolute to put it. */
class StateDirTest {

    @Test
    void xdgFirstThenHome() throws Exception {
        assertEquals(Path.of("/x/backprop-tutor"), StateDir.path(Map.of("XDG_STATE_HOME", "/x", "HOME", "/h"), null, "/u"));
        assertEquals(Path.of("/h/.local/state/backprop-tutor"), StateDir.path(Map.of("XDG_STATE_HOME", "rel", "HOME", "/h"), null, "/u"));
        assertEquals(Path.of("/u/.local/state/backprop-tutor"), StateDir.path(Map.of(), null, "/u"));
    }

    @Test
    void noPasswdEntryAndNoHomeIsAClearMessageNotARelativePath() {
        StateDir.Unavailable e = assertThrows(StateDir.Unavailable.class, () -> StateDir.path(Map.of(), null, "?"));
        assertTrue(e.getMessage().contains("HOME is not set and this user has no entry in the password file"), e.getMessage());
        assertThrows(StateDir.Unavailable.class, () -> StateDir.path(Map.of("HOME", ""), null, "?"));
    }
}
