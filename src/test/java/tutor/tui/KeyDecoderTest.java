package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bytes as a terminal sends them, and the keys read from them; garbage is dropped, the keys around it kept. */
class KeyDecoderTest {
    static List<KeyStroke> keys(String sent) throws IOException {
        KeyDecoder d = new KeyDecoder(new ByteArrayInputStream(sent.getBytes(StandardCharsets.UTF_8)));
        List<KeyStroke> out = new ArrayList<>();
        for (KeyStroke k = d.read(); k.getKeyType() != KeyType.EOF; k = d.read()) out.add(k);
        return out;
    }

    static KeyStroke key(KeyType t) {
        return new KeyStroke(t);
    }

    static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void theKeysOfXtermVt100AndTheLinuxConsole() throws IOException {
        assertEquals(List.of(key(KeyType.ArrowUp), key(KeyType.ArrowDown), key(KeyType.ArrowRight), key(KeyType.ArrowLeft),
                key(KeyType.Home), key(KeyType.End), key(KeyType.ArrowUp), key(KeyType.End), key(KeyType.F1)),
                keys("\u001b[A\u001b[B\u001b[C\u001b[D\u001b[H\u001b[F\u001bOA\u001bOF\u001bOP"));
        assertEquals(List.of(key(KeyType.Home), key(KeyType.End), key(KeyType.PageUp), key(KeyType.PageDown),
                key(KeyType.Delete), key(KeyType.F1), key(KeyType.F12), key(KeyType.ReverseTab), key(KeyType.F2)),
                keys("\u001b[1~\u001b[4~\u001b[5~\u001b[6~\u001b[3~\u001b[11~\u001b[24~\u001b[Z\u001b[[B"));
        assertEquals(List.of(new KeyStroke(KeyType.ArrowRight, true, false, false)), keys("\u001b[1;5C"), "Ctrl-→");
    }

    @Test
    void charactersControlKeysAndUtf8() throws IOException {
        assertEquals(List.of(ch('0'), ch('.'), ch('7'), key(KeyType.Enter), key(KeyType.Enter), key(KeyType.Tab),
                key(KeyType.Backspace), new KeyStroke('c', true, false), new KeyStroke('\\', true, false), ch('η'), ch('Σ'),
                ch('≈')), keys("0.7\n\r\t\u007f\u0003\u001cηΣ≈"));
        assertEquals(List.of(new KeyStroke('x', false, true)), keys("\u001bx"), "Alt-x");
    }

    @Test
    void aLoneEscapeIsTheEscapeKeyAlsoBeforeAnotherEscapeOrEnter() throws IOException {
        assertEquals(List.of(key(KeyType.Escape)), keys("\u001b"));
        assertEquals(List.of(key(KeyType.Escape), key(KeyType.Escape)), keys("\u001b\u001b"));
        assertEquals(List.of(key(KeyType.Escape), key(KeyType.Enter)), keys("\u001b\n"));
    }

    @Test
    void anEscapeSequenceLongerThanAnyKeyIsDroppedAndWhatFollowsIsRead() throws IOException {
        String digits = "1".repeat(100_000);
        KeyDecoder d = new KeyDecoder(new ByteArrayInputStream(("\u001b[" + digits + "A2").getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ch('2'), d.read(), "the sequence is gone, the key after it kept");
        assertEquals(KeyType.EOF, d.read().getKeyType());
        assertEquals(1, d.dropped());
        assertEquals(List.of(ch('2')), keys("\u001b[" + "1;".repeat(KeyDecoder.LONGEST) + "A2"), "just over the longest");
        assertEquals(List.of(), keys("\u001b[" + digits), "unfinished at the end of input: nothing");
    }

    @Test
    void aControlKeyInsideASequenceEndsItAndIsKept() throws IOException {
        assertEquals(List.of(key(KeyType.Enter), ch('q')), keys("\u001b[12\nq"));
        assertEquals(List.of(key(KeyType.ArrowUp)), keys("\u001b[12\u001b[A"), "a new ESC starts over");
    }

    @Test
    void reportsAndPasteMarksAreNoKeys() throws IOException {
        assertEquals(List.of(ch('a'), ch('b')), keys("\u001b[200~a\u001b[24;80Rb\u001b[201~"));
    }
}
