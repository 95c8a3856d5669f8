package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tutor.progress.Progress;
import tutor.store.AnswerRecord;
import tutor.store.LearnerStore;

/** The bytes of a frame are exactly the UTF-8 of what is drawn: no NUL after a 2-byte character (Lanterna's). */
class FrameBytesTest {
    static final LearnerStore NOWHERE = new LearnerStore() {
        @Override public Loaded load() {
            return new Loaded(Progress.empty(), null);
        }

        @Override public Progress save(Progress mine, List<AnswerRecord> answers) {
            return mine;
        }

        @Override public String where() {
            return "nowhere";
        }
    };

    @Test
    void everyCharacterTheTutorDrawsGoesOutAsItsUtf8Alone() {
        for (char c = 0; c < 0xffff; c++) {
            if (Character.isSurrogate(c)) continue;
            assertArrayEquals(String.valueOf(c).getBytes(StandardCharsets.UTF_8), Utf8Bytes.of(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aSessionsFramesOverAStreamHoldNoNulAndAreValidUtf8() throws Exception {
        // The second lesson, forward through its steps: Greek, subscripts, Σ, ≈ and box drawing on screen.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TerminalApp.remote(new Typist(out, "2", "\n", "\u001b[C", "\u001b[C", "\u001b[C", "\u001b[C", "\u001b[C", "q"), out, 80, 24, NOWHERE, t -> "nowhere", Clock.systemUTC())
                .run(CompletableFuture.completedFuture(Fixtures.app(false)));
        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("·") && text.contains("₁") && text.contains("▶"), "2-byte and 3-byte characters were drawn:\n" + text);
        for (int i = 0; i < bytes.length; i++) assertTrue(bytes[i] != 0, "a NUL at byte " + i);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes, "exactly the UTF-8 of the text");
        assertEquals(-1, text.indexOf('\uFFFD'));
    }

    /** Keys one at a time, as a person types them: each waits until the screen has changed since the last. */
    static final class Typist extends java.io.InputStream {
        private final java.util.ArrayDeque<byte[]> keys = new java.util.ArrayDeque<>();
        private final ByteArrayOutputStream screen;
        private int seen = -1;

        Typist(ByteArrayOutputStream screen, String... keys) {
            this.screen = screen;
            for (String k : keys) this.keys.add(k.getBytes(StandardCharsets.UTF_8));
        }

        @Override public int read() {
            throw new UnsupportedOperationException();
        }

        @Override public int read(byte[] b, int off, int len) throws java.io.IOException {
            try {
                long end = System.nanoTime() + 10_000_000_000L;
                while (screen.size() == seen && System.nanoTime() < end) Thread.sleep(20);
                Thread.sleep(50); // the rest of the frame
                seen = screen.size();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            byte[] k = keys.poll();
            if (k == null) return -1;
            System.arraycopy(k, 0, b, off, k.length);
            return k.length;
        }
    }
}
