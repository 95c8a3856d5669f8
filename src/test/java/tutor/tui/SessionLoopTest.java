package tutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tutor.progress.Progress;
import tutor.render.Canvas;
import tutor.store.AnswerRecord;
import tutor.store.LearnerStore;
import tutor.testing.AnsiScreen;

/**
 * The session loop itself, over streams as on an SSH channel: keys in, the screen read back. An error in a key's
 * update or a frame's drawing is shown on the last line and the session goes on; progress that cannot be saved is
 * said at once and kept, and an answer that cannot be stored is not judged until it can be; the answer log gets what was typed, when, and the slip named.
 */
class SessionLoopTest {
    static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");

    /** A store that remembers what it was given and can be made to fail. */
    static final class Memory implements LearnerStore {
        final List<Progress> saved = new ArrayList<>();
        final List<AnswerRecord> log = new ArrayList<>();
        final AtomicBoolean failing = new AtomicBoolean();

        @Override public Loaded load() {
            return new Loaded(Progress.empty(), null);
        }

        @Override public synchronized Progress save(Progress mine, List<AnswerRecord> answers) throws IOException {
            if (failing.get()) throw new java.nio.file.AccessDeniedException("/home/ada/.local/state/backprop-tutor/progress.json");
            saved.add(mine);
            log.addAll(answers);
            return mine;
        }

        synchronized Progress last() {
            return saved.isEmpty() ? null : saved.get(saved.size() - 1);
        }

        @Override public String where() {
            return "memory";
        }
    }

    final PipedOutputStream keys = new PipedOutputStream();
    final AnsiScreen screen = new AnsiScreen(80, 24);
    final Memory store = new Memory();
    final List<Throwable> logged = new ArrayList<>();
    Thread loop;
    TerminalApp app;

    TerminalApp start(BiFunction<App, Msg, App> update, Function<App, Canvas> render) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        app = TerminalApp.remote(in, screen, 80, 24, store, t -> {
            synchronized (logged) {
                logged.add(t);
            }
            return "the test's log";
        }, Clock.fixed(NOW, ZoneOffset.UTC)).withSteps(update, render);
        loop = new Thread(() -> {
            try {
                app.run(CompletableFuture.completedFuture(Fixtures.app(false)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        loop.start();
        screen.await("1  One hidden neuron");
        return app;
    }

    void type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    @AfterEach
    void end() throws Exception {
        if (loop != null) {
            app.stop(null, 2000);
            loop.join(5000);
            assertFalse(loop.isAlive(), "the loop ended");
        }
    }

    @Test
    void anUpdateThatFailsIsShownAndLoggedAndTheSessionGoesOnWhereItWas() throws Exception {
        start((a, m) -> {
            if (m instanceof Msg.Typed t && t.c() == 'x') throw new IllegalStateException("a bug in update");
            return Update.update(a, m);
        }, View::render);
        type("\n");
        screen.await("Step 1/9");
        type("x");
        String s = screen.await("That key hit a bug (logged in the test's log); nothing was lost.");
        assertTrue(s.contains("Step 1/9"), "still on the same step:\n" + s);
        assertEquals(1, logged.size());
        assertEquals("a bug in update", logged.get(0).getMessage());
        type("\u001b[C"); // → goes on as before
        s = screen.await("Step 2/9");
        assertFalse(s.contains("That key hit a bug"), "the message goes with the next key:\n" + s);
    }

    @Test
    void aViewThatFailsKeepsTheLearnerOnTheLastScreenThatDrew() throws Exception {
        start(Update::update, a -> {
            if (!a.inMenu() && a.player().step() == 1) throw new ArithmeticException("a bug in the view");
            return View.render(a);
        });
        type("\n");
        screen.await("Step 1/9");
        type("\u001b[C");
        String s = screen.await("That screen hit a bug (logged in the test's log); nothing was lost.");
        assertTrue(s.contains("Step 1/9"), s);
        type("q");
        loop.join(5000);
        assertFalse(loop.isAlive());
        assertEquals("a bug in the view", logged.get(0).getMessage());
        loop = null;
    }

    @Test
    void progressThatCannotBeSavedIsSaidAtOnceKeptAndSavedWhenItCan() throws Exception {
        start(Update::update, View::render);
        store.failing.set(true);
        type("\n\u001b[C");
        screen.await("Your turn: What does the hidden neuron output?");
        String s = screen.await("Progress not saved");
        assertTrue(s.contains("Progress not saved (kept; retrying): …/progress.json: permission denied."),
                "the file's path shortened to fit:\n" + s);
        type("0.750\n");
        // A verdict is shown only once the answer is stored: here it cannot be, so the answer is not taken yet.
        s = screen.await("Not saved, so not taken");
        assertTrue(s.contains("Not saved, so not taken: …/progress.json: permission denied; try again."), s);
        assertFalse(s.contains("Right"), "no verdict that the record does not hold:\n" + s);
        assertTrue(s.contains("0.750"), "what was typed stays in the field:\n" + s);
        store.failing.set(false);
        type("\n"); // the same answer again, now that it can be stored
        s = screen.await("Right: h = 0.750.");
        s = screen.await("the message gone", t -> !t.contains("Progress not saved") && !t.contains("Not saved"));
        assertTrue(s.contains("Right: h = 0.750."), "the verdict stays in view:\n" + s);
        Progress saved = store.last();
        Progress.Item item = saved.lesson("tiny").item("fill:0:a:h");
        assertTrue(item.right());
        assertEquals(NOW, item.last(), "stamped by the loop with the time of the answer");
        assertEquals(1, store.log.size());
        AnswerRecord a = store.log.get(0);
        assertEquals(new AnswerRecord("tiny", null, "fill:0:a:h", NOW, "answer", "0.750", true, null, 0, false, false), a);
    }

    @Test
    void theAnswerLogNamesTheSlipAndCountsHintsAndReveals() throws Exception {
        start(Update::update, View::render);
        type("\n\u001b[C");
        screen.await("Your turn: What does the hidden neuron output?");
        type("1.1\n");
        screen.await("Not yet.");
        type("\u001b");
        screen.await("the answer field left (what was typed is kept)", t -> t.contains("answer ▸ 1.1") && !t.contains("answer ▸ 1.1_"));
        type("tt");
        screen.await("Hint");
        type("r");
        screen.await("The answer is");
        type("q");
        loop.join(5000);
        loop = null;
        List<String> kinds = store.log.stream().map(AnswerRecord::kind).toList();
        assertEquals(List.of("answer", "hint", "hint", "reveal"), kinds);
        AnswerRecord wrong = store.log.get(0);
        assertEquals("1.1", wrong.answer());
        assertFalse(wrong.right());
        assertTrue(wrong.slip().startsWith("Not yet. That is z"), wrong.slip());
        assertEquals(2, store.log.get(3).hints());
        assertTrue(store.log.get(3).revealed());
        assertNull(store.log.get(3).answer());
    }

    @Test
    void aLongFarewellIsWrappedOnWordsNotBrokenByTheTerminal() throws Exception {
        start(Update::update, View::render);
        String farewell = "backprop-tutor: the server is shutting down (your teacher stopped it). Your progress is saved; "
                + "connect again to go on.";
        app.stop(farewell, 5000);
        loop.join(5000);
        loop = null;
        assertTrue(screen.raw().endsWith("\r\nbackprop-tutor: the server is shutting down (your teacher stopped it). Your"
                + "\r\nprogress is saved; connect again to go on.\r\n"), screen.raw());
    }

    @Test
    void aStopFromAnotherThreadSavesAndSaysGoodbyeBelowTheScreen() throws Exception {
        start(Update::update, View::render);
        type("2\n\u001b[C\u001b[C");
        screen.await("Step 3/11");
        AtomicInteger before = new AtomicInteger(store.saved.size());
        app.stop("backprop-tutor: the server is shutting down.", 5000);
        loop.join(5000);
        assertFalse(loop.isAlive());
        loop = null;
        assertTrue(screen.raw().endsWith("\r\nbackprop-tutor: the server is shutting down.\r\n"), screen.raw());
        assertEquals(2, store.last().lesson("six-weights").step());
        assertTrue(store.saved.size() >= before.get());
    }

    @Test
    void aTerminalGoneBeforeTheFirstFrameEndsTheSessionQuietly() throws Exception {
        java.io.OutputStream gone = new java.io.OutputStream() {
            @Override public void write(int b) throws IOException {
                throw new IOException("Input/output error");
            }
        };
        for (boolean remembered : new boolean[] {false, true}) {
            TerminalApp session = TerminalApp.remote(new java.io.ByteArrayInputStream(new byte[0]), gone, 80, 24, store, t -> {
                synchronized (logged) {
                    logged.add(t);
                }
                return "the test's log";
            }, Clock.fixed(NOW, ZoneOffset.UTC));
            CompletableFuture<App> ready = CompletableFuture.completedFuture(Fixtures.app(false));
            AtomicBoolean drawn = new AtomicBoolean();
            session.run(remembered ? ready : CompletableFuture.completedFuture(null), ready, () -> drawn.set(true));
            assertTrue(drawn.get(), "whoever waits for the first frame is let go");
        }
        assertEquals(List.of(), logged, "nothing logged as a crash");
    }
}
