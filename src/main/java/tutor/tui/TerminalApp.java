package tutor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import tutor.render.Canvas;
import tutor.render.Role;
import tutor.store.LearnerStore;

/**
 * One session's loop, on the local terminal or an SSH channel: read a key (blocking, so an idle session uses no
 * CPU), update, draw (the screen sends only what changed), then save. Keys and resizes arrive on one queue;
 * auto-play waits on it with a timeout instead of polling.
 *
 * <p>Nothing that goes wrong ends the session quietly or loudly: an error in a key's update or a frame's drawing is
 * logged and shown on the last line while the learner's state stays as it was; progress that cannot be saved is
 * said at once on the last line, where and why, kept in memory and retried. The loop adds no JVM shutdown hook:
 * the local tutor adds one per process, the server one for all its sessions, and both call {@link #stop}.
 */
public final class TerminalApp {
    /** How often saving is retried while it fails and nothing else happens. */
    static final long RETRY_MS = 10_000;
    /** How many keys may wait for the loop; more are dropped (no one types that far ahead of the screen). */
    static final int BEHIND = 256;

    /** Where a session's unexpected errors are written; returns where, to tell the learner. */
    public interface ErrorLog {
        String log(Throwable t);
    }

    /**
     * The session's link to its class (the server; none alone at home): told each state the learner reaches (where
     * they are, their last key) and each effect a teacher's class view asks for.
     */
    public interface ClassLink {
        void reached(App app, boolean key);

        void effect(tutor.teach.ClassScreen.Effect effect, String text);

        ClassLink NONE = new ClassLink() {
            @Override public void reached(App app, boolean key) { }

            @Override public void effect(tutor.teach.ClassScreen.Effect effect, String text) { }
        };
    }

    /** Asks the loop to save, say goodbye and end (from any thread). */
    private record Stop(String farewell) {}

    private final Terminal terminal;
    private final OutputStream out;
    private final StreamTerminal remote;
    private final LearnerStore store;
    private final ErrorLog errors;
    private final Clock clock;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final AtomicReference<App> latest = new AtomicReference<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();
    private final Saving saving;
    private TerminalScreen screen;
    private StatusLine errorLine;
    private Room room = Room.ALONE;
    private ClassLink link = ClassLink.NONE;
    // The pure steps of the loop; tests replace them to make them fail.
    private java.util.function.BiFunction<App, Msg, App> update = Update::update;
    private java.util.function.Function<App, Canvas> render = View::render;

    private TerminalApp(Terminal terminal, OutputStream out, StreamTerminal remote, LearnerStore store, ErrorLog errors,
                        Clock clock) {
        this.terminal = terminal;
        this.out = out;
        this.remote = remote;
        this.store = store;
        this.errors = errors;
        this.clock = clock;
        this.saving = new Saving(store);
    }

    /**
     * On the real terminal: always a text terminal (never a Swing window) with an explicit UTF-8 charset (Java's
     * default under LANG=C would print ? for every subscript). Ctrl-C arrives as a key, so quitting saves.
     */
    public static TerminalApp local(InputStream in, OutputStream out, LearnerStore store, ErrorLog errors) throws IOException {
        // Buffered: Lanterna flushes once per refresh, so a frame leaves in a few writes, not one per cell.
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        Terminal t = new OneSttyTerminal(in, buffered, StandardCharsets.UTF_8);
        return new TerminalApp(t, buffered, null, store, errors, Clock.systemUTC());
    }

    /**
     * Over a byte stream with no terminal driver behind it (an SSH channel): the size is what the client said,
     * changed by {@link #resize}; input should already have its line ends made one Enter.
     */
    public static TerminalApp remote(InputStream in, OutputStream out, int columns, int rows, LearnerStore store,
                                     ErrorLog errors, Clock clock) {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        StreamTerminal t = new StreamTerminal(in, buffered, columns, rows);
        return new TerminalApp(t, buffered, t, store, errors, clock);
    }

    /** The same loop with other update and view functions (tests: ones that fail). */
    TerminalApp withSteps(java.util.function.BiFunction<App, Msg, App> update, java.util.function.Function<App, Canvas> render) {
        this.update = update;
        this.render = render;
        return this;
    }

    /** This session in a class: its room to start from (a teacher's has the class view) and its link to the server. */
    public TerminalApp inClass(Room start, ClassLink classLink) {
        this.room = start;
        this.link = classLink;
        return this;
    }

    /** A message from outside the session (the teacher's line, a pause, newer class figures), from any thread. */
    public void deliver(Msg msg) {
        queue.offer(msg);
    }

    /** The state the session ended in (or is in); null before it loaded. */
    public App last() {
        return latest.get();
    }

    /** The remote terminal's new size (a window-change request). */
    public void resize(int columns, int rows) {
        if (remote != null) remote.resize(columns, rows);
    }

    /**
     * Runs the session on this thread until the learner quits, the input ends or {@link #stop} is called. The app
     * may still be loading (lessons are read while the terminal is set up).
     */
    public void run(Future<App> loading) throws IOException {
        run(java.util.concurrent.CompletableFuture.completedFuture(null), loading, () -> {});
    }

    /**
     * The same, drawing first what {@code remembered} gives (a menu drawn from remembered cards, or null) while the
     * app is still loading, and calling {@code drawn} once it is on screen (or there is none); keys wait until the
     * app has loaded.
     */
    public void run(Future<App> remembered, Future<App> loading, Runnable drawn) throws IOException {
        try {
            loop(remembered, loading, drawn);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finish(null);
            ended.countDown();
        }
    }

    /**
     * Saves, shows the farewell (if any) below the restored screen and ends the session. Returns at once if the
     * loop ends within the wait; otherwise finishes from this thread (a shutdown hook must not wait long).
     */
    public void stop(String farewell, long waitMs) {
        queue.offer(new Stop(farewell));
        try {
            if (ended.await(waitMs, TimeUnit.MILLISECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finish(farewell);
    }

    private void loop(Future<App> remembered, Future<App> loading, Runnable drawn) throws IOException, InterruptedException {
        Screen.RefreshType first = Screen.RefreshType.COMPLETE;
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            screen.setCursorPosition(null);
            terminal.addResizeListener((t, size) -> {
                if (queue.size() < 2 * BEHIND) queue.offer(new Msg.Resize(size.getColumns(), size.getRows()));
            });
            TerminalSize size = screen.getTerminalSize();
            App early = early(remembered);
            if (early != null) {
                early = early.withSize(size.getColumns(), size.getRows());
                frame(new Painter(new Palette(early.settings().color())), early, early, first);
                first = Screen.RefreshType.DELTA;
            }
        } catch (IOException gone) {
            return; // the terminal went away before the first frame (a connection dropped at once)
        } finally {
            drawn.run();
        }
        TerminalSize size = screen.getTerminalSize();
        App app = loaded(loading).withSize(size.getColumns(), size.getRows());
        saving.start(app.progress());
        latest.set(app);
        link.reached(app, false);
        startReader();
        Painter painter = new Painter(new Palette(app.settings().color()));
        try {
            app = frame(painter, app, app, first);
        } catch (IOException gone) {
            return;
        }
        startChecks(app);
        App shown = app;
        boolean complete = false;
        while (!app.quit()) {
            Object event = next(app);
            if (event instanceof Stop s) {
                finish(s.farewell());
                return;
            }
            Msg msg = event == null ? (app.ticking() ? new Msg.Tick() : null) : (Msg) event;
            if (msg == Msg.Command.SUSPEND && suspend(screen)) msg = Msg.Command.REDRAW;
            if (msg != null) {
                errorLine = null;
                Room.Step step = Room.update(room, app, msg);
                room = step.room();
                if (step.effect() != tutor.teach.ClassScreen.Effect.NONE) link.effect(step.effect(), step.text());
                Msg forward = step.forward();
                if (forward != null) {
                    app = taken(app, forward);
                    latest.set(app);
                }
                link.reached(app, forward instanceof Msg.Typed || forward instanceof Msg.Command);
            }
            if (app.quit()) break;
            complete |= msg == Msg.Command.REDRAW || msg instanceof Msg.Resize;
            // Keys that came together are taken together and drawn once: a burst costs one frame, not one per key.
            if (queue.peek() instanceof Msg) continue;
            try {
                app = frame(painter, shown, app, complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
                shown = app;
                complete = false;
                latest.set(app);
                if (saving.due(app.progress()) && !saving.save(app.progress())) frame(painter, shown, app, Screen.RefreshType.DELTA);
                else if (saving.recovered()) frame(painter, shown, app, Screen.RefreshType.DELTA);
            } catch (IOException gone) {
                break; // the terminal is gone (a dropped connection): save and end quietly
            }
        }
    }

    /**
     * The state after a message. What a learner is shown about a quiz item (a verdict, a hint, a revealed value) is
     * stored before it is drawn. On a server's session, if it cannot be stored, the message is not taken and the
     * student is told why, so no verdict is ever seen that the class record does not hold; on the learner's own
     * terminal it is taken, kept in memory and said not saved (a read-only home must not stop anyone learning).
     */
    private App taken(App app, Msg msg) {
        // the lab's file writes happen here, outside the pure update (locally only: the server's sessions write nothing)
        App after = LabHook.perform(updated(app, msg), remote == null ? java.nio.file.Path.of("") : null);
        Saving.Mark mark = saving.mark();
        saving.record(app, msg, after, clock.instant());
        if (!saving.recordedSince(mark) || saving.save(after.progress()) || remote == null) return after;
        StatusLine why = saving.failure();
        saving.rollback(mark);
        errorLine = new StatusLine("Not saved, so not taken: ", why.where(), why.after().replaceFirst("\\.$", "")
                + "; try again.");
        return app;
    }

    /** The next event: a key, a resize, a stop; null when auto-play's delay or a save retry's is up. */
    private Object next(App app) throws InterruptedException {
        if (app.ticking()) return queue.poll(app.delayMs(), TimeUnit.MILLISECONDS);
        if (saving.failure() != null) return queue.poll(RETRY_MS, TimeUnit.MILLISECONDS);
        return queue.take();
    }

    /** The update, or the state as it was when the update fails (the failure is logged and shown). */
    private App updated(App app, Msg msg) {
        try {
            return update.apply(app, msg);
        } catch (RuntimeException | StackOverflowError e) {
            errorLine = new StatusLine("That key hit a bug (logged in ", errors.log(e), "); nothing was lost.");
            return app;
        }
    }

    /**
     * Draws the app; if its view fails, the learner stays on the last state that drew (the failure is logged and
     * shown). Returns the state on screen.
     */
    private App frame(Painter painter, App lastGood, App app, Screen.RefreshType refresh) throws IOException {
        screen.doResizeIfNecessary();
        Canvas canvas;
        App shown = app;
        try {
            canvas = Room.render(room, app, render.apply(app));
        } catch (RuntimeException | StackOverflowError e) {
            errorLine = new StatusLine("That screen hit a bug (logged in ", errors.log(e), "); nothing was lost.");
            shown = lastGood.withSize(app.width(), app.height()).withProgress(app.progress());
            try {
                canvas = render.apply(shown);
            } catch (RuntimeException | StackOverflowError again) {
                canvas = new Canvas(Math.max(1, app.width()), Math.max(1, app.height()));
            }
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0 && errorLine == null) {
            errorLine = new StatusLine(lost + (lost == 1 ? " key" : " keys") + " not taken: a paste is cut where the tutor falls "
                    + "behind", "", ".");
        }
        StatusLine line = errorLine != null ? errorLine : saving.failure();
        if (line != null) lastLine(canvas, line.fit(canvas.width() - 2, app.settings().ascii()));
        painter.paint(canvas, screen);
        screen.refresh(refresh);
        return shown;
    }

    /** A message over the status line, which is where the learner looks for what just happened. */
    private static void lastLine(Canvas c, String text) {
        int y = c.height() - 1;
        c.put(0, y, " ".repeat(c.width()), Role.WARNING);
        c.put(1, y, text, Role.WARNING);
    }

    /** The app drawn while the real one loads, or null: whatever goes wrong with it, the real one is simply awaited. */
    private static App early(Future<App> remembered) throws InterruptedException {
        try {
            return remembered.get();
        } catch (ExecutionException | RuntimeException e) {
            return null;
        }
    }

    private static App loaded(Future<App> loading) throws IOException, InterruptedException {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            throw new IOException("the lessons could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    /** After the first frame, a daemon thread checks the lessons read unchecked and reports each as a message. */
    private void startChecks(App app) {
        List<String> files = new ArrayList<>();
        for (MenuEntry e : app.menu()) if (!e.checked()) files.add(e.file());
        if (files.isEmpty()) return;
        Thread checker = new Thread(() -> {
            for (String f : files) {
                tutor.lesson.LessonLoader.Loaded l = tutor.lesson.LessonLoader.load(java.nio.file.Path.of(f), false);
                queue.offer(new Msg.Checked(f, l.lesson(), l.problems()));
            }
        }, "check");
        checker.setDaemon(true);
        checker.start();
    }

    /**
     * A daemon thread that blocks on the terminal and queues what it reads; end of input becomes a hangup. Keys that
     * come while the loop is already BEHIND keys behind (a paste, a flood) are read and dropped, and counted for the
     * learner: the queue stays small and a megabyte costs the time to read it, not a frame per key.
     */
    private void startReader() {
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke k = screen.readInput();
                    if (k == null) continue;
                    Msg m = Keys.toMsg(k);
                    if (m instanceof Msg.Hangup) {
                        queue.offer(m);
                        return;
                    }
                    if (m == null) continue;
                    if (queue.size() >= BEHIND) dropped.incrementAndGet();
                    else queue.offer(m);
                }
            } catch (IOException | RuntimeException e) {
                queue.offer(new Msg.Hangup());
            }
        }, "keys");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Ctrl-Z on the learner's own terminal: the alternate screen left and the cursor shown, the job stopped as a
     * shell stops it; after fg, raw mode and the alternate screen again, and true: the caller redraws it all.
     * Elsewhere (a virtual terminal, a session of the server) there is no job to stop, and the key does nothing.
     */
    private static boolean suspend(TerminalScreen screen) {
        if (!(screen.getTerminal() instanceof OneSttyTerminal terminal)) return false;
        try {
            terminal.exitPrivateMode();
            terminal.flush();
            LauncherTty.stopJob();
            terminal.enterPrivateMode();
            terminal.setCursorVisible(false);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // the terminal is gone: the key reader ends the session
        }
    }

    /** Saves and restores the terminal, once, whether from the loop's end or a stop from another thread. */
    private void finish(String farewell) {
        if (!finished.compareAndSet(false, true)) return;
        App app = latest.get();
        if (app != null && saving.due(app.progress()) && !saving.save(app.progress()) && farewell == null) {
            StatusLine why = saving.failure();
            farewell = "backprop-tutor: this session's progress could not be saved: " + why.where() + why.after();
        }
        try {
            if (screen != null) screen.stopScreen();
            if (farewell != null) {
                // Straight to the stream: a channel has no line discipline, so every line ends CR LF; wrapped on
                // words to the terminal's width, which would otherwise break it mid-word.
                int width = app == null || app.width() < 20 ? View.MIN_WIDTH : app.width();
                String lines = String.join("\r\n", tutor.render.Text.wrap(farewell, width - 1));
                out.write(("\r\n" + lines + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the terminal may be gone (SIGHUP, a dropped connection); nothing left to restore
        }
    }
}
