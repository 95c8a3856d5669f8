package tutor.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever text reaches the canvas takes one cell a character and is safe for a terminal; wrapping is linear. */
class CanvasAndTextTest {

    @Test
    void controlCharactersNeverReachACell() {
        Canvas c = new Canvas(40, 2);
        c.put(0, 0, "a\nb\tc\u001b]0;x\u0007d\u009be", Role.NORMAL);
        assertEquals("a b c?]0;x?d?e\n\n", c.toString());
        c.set(0, 1, '\u0000', Role.NORMAL);
        assertEquals('?', c.charAt(0, 1));
    }

    @Test
    void eachCharacterTakesOneCell() {
        Canvas c = new Canvas(40, 1);
        int end = c.put(0, 0, "３．５ 日本 e\u0301 \u202eab \ud83d\ude00!", Role.NORMAL);
        assertEquals("3.5 ?? e ab ?!\n", c.toString());
        assertEquals(Text.width("３．５ 日本 e\u0301 \u202eab \ud83d\ude00!"), end, "width and cells agree");
    }

    @Test
    void coordinatesOutsideTheGridAreIgnoredAndReadBlank() {
        Canvas c = new Canvas(10, 3);
        c.put(-5, -1, "x".repeat(52), Role.FOCUS);
        c.put(8, 2, "x".repeat(52), Role.FOCUS);
        c.set(100, 100, 'x', Role.FOCUS);
        c.paint(-3, 7, 20, Role.FOCUS);
        assertEquals(' ', c.charAt(-1, 0));
        assertEquals(' ', c.charAt(10, 2));
        assertEquals(Role.NORMAL, c.roleAt(52, 99));
        assertEquals("\n\n        xx\n", c.toString());
        new Canvas(-1, -1).put(0, 0, "x", Role.NORMAL);
    }

    @Test
    void wrapKeepsItsRules() {
        assertEquals(List.of("one two", "three"), Text.wrap("one two three", 7));
        assertEquals(List.of("abcde", "fghij", "k"), Text.wrap("abcdefghijk", 5));
        assertEquals(List.of("ab", "cdefg", "hij"), Text.wrap("ab cdefghij", 5));
        assertEquals(List.of("a", "", "b c"), Text.wrap("a\n\nb c", 3));
        assertEquals(List.of("w₁", "w₂"), Text.wrap("w₁ w₂", 2));
        assertEquals(List.of("x", "y"), Text.wrap("xy", 0), "a width below 1 is 1");
    }

    @Test
    void aMegabyteWrapsInLinearTime() {
        String word = "word ".repeat(200_000);
        String long1 = "x".repeat(1_000_000);
        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Text.wrap(word, 78));
        assertEquals((200_000 + 14) / 15, lines.size(), "15 words of 4 letters, with their spaces, in 78 columns");
        List<String> cut = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Text.wrap(long1, 78));
        assertEquals((1_000_000 + 77) / 78, cut.size());
        assertTrue(cut.stream().allMatch(l -> l.length() <= 78));
    }
}
