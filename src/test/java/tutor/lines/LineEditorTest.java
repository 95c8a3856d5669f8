package tutor.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The server's line editing, byte by byte: what is read, and what is echoed (text, CR LF and backspaces only). */
class LineEditorTest {

    static String[] read(String typed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineEditor e = new LineEditor(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), out);
        String line = e.read("> ");
        return new String[] {line, out.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aLineIsEchoedAndEndsAtEnter() throws Exception {
        String[] r = read("0.750\nnext\n");
        assertEquals("0.750", r[0]);
        assertEquals("> 0.750\r\n", r[1], "the prompt, the echo, CR LF; nothing of the next line taken");
    }

    @Test
    void backspaceCtrlUAndCtrlWEditTheLine() throws Exception {
        assertEquals("0.75", read("0.7x\u007f5\n")[0]);
        assertEquals("> 0.7x\b \b5\r\n", read("0.7x\u007f5\n")[1]);
        assertEquals("-0.162", read("oops\u0015-0.162\n")[0]);
        assertEquals("hint", read("0.5 wrong\u0017\u0017hint\n")[0]);
    }

    @Test
    void arrowKeysAndOtherEscapeSequencesAreIgnored() throws Exception {
        String[] r = read("0.\u001b[D\u001b[A\u001bOB5\n");
        assertEquals("0.5", r[0]);
        assertEquals("> 0.5\r\n", r[1]);
    }

    @Test
    void unicodeIsKeptWholeAndErasedWhole() throws Exception {
        assertEquals("٠٫٥", read("٠٫٥\n")[0]);
        assertEquals("0.5", read("0.5σ\u007f\n")[0]);
    }

    @Test
    void ctrlCAndCtrlDOnAnEmptyLineEndTheInput() throws Exception {
        assertNull(read("\u0003")[0]);
        assertNull(read("\u0004")[0]);
        assertNull(read("")[0]);
        assertEquals("ab", read("ab\u0004\n")[0], "Ctrl-D ends only an empty line");
    }
}
