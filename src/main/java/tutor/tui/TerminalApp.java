package tutor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import tutor.progress.Progress;
import tutor.progress.ProgressStore;

/**
 * The loop: read a key (blocking, so an idle tutor uses no CPU), update, draw, refresh only what changed.
 * Keys and resizes arrive on one queue; auto-play waits on it with a timeout instead of polling.
 * Progress is saved whenever it changes, on quit, and from a shutdown hook on SIGHUP or SIGTERM.
 */
public final class TerminalApp {
    private final ProgressStore store;
    private final AtomicReference<App> latest = new AtomicReference<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private Progress saved;

    private TerminalApp(ProgressStore store) {
        this.store = store;
    }

    /**
     * On the real terminal, always a text terminal (never a Swing window) with an explicit UTF-8 charset: Java's
     * default under LANG=C would print ? for every subscript. Ctrl-C arrives as a key, so quitting saves.
     */
    public static void run(java.util.concurrent.Future<App> start, ProgressStore store, InputStream in, OutputStream out)
            throws IOException {
        // Buffered: Lanterna flushes once per refresh, so a frame leaves in a few writes, not one per cell.
        run(start, store, new OneSttyTerminal(in, new java.io.BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8));
    }

    /**
     * On any terminal. The app may still be loading (lessons are read while the terminal is set up, which spends
     * its time waiting on stty). Returns when the learner quits or the input ends.
     */
    public static void run(java.util.concurrent.Future<App> start, ProgressStore store, Terminal terminal) throws IOException {
        new TerminalApp(store).loop(start, terminal);
    }

    private void loop(java.util.concurrent.Future<App> loading, Terminal terminal) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        Thread hook = new Thread(() -> finish(screen), "save-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        BlockingQueue<Msg> queue = new LinkedBlockingQueue<>();
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            terminal.addResizeListener((t, size) -> queue.offer(new Msg.Resize(size.getColumns(), size.getRows())));
            TerminalSize size = screen.getTerminalSize();
            App app = loaded(loading).withSize(size.getColumns(), size.getRows());
            saved = app.progress();
            latest.set(app);
            startReader(screen, queue);
            Painter painter = new Painter(new Palette(app.settings().color()));
            draw(screen, painter, app, Screen.RefreshType.COMPLETE);
            startChecks(app, queue);
            while (!app.quit()) {
                Msg msg = app.autoplay() ? queue.poll(app.delayMs(), TimeUnit.MILLISECONDS) : queue.take();
                if (msg == null) msg = new Msg.Tick();
                if (msg == Msg.Command.SUSPEND && suspend(screen)) msg = Msg.Command.REDRAW;
                App next = Update.update(app, msg);
                latest.set(next);
                // Any change to progress is saved at once: the file is small and written atomically.
                if (next.progress() != app.progress() || next.quit()) save(next);
                app = next;
                if (!app.quit()) {
                    Screen.RefreshType refresh = msg == Msg.Command.REDRAW || msg instanceof Msg.Resize
                            ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA;
                    try {
                        draw(screen, painter, app, refresh);
                    } catch (IOException gone) {
                        break; // the terminal is gone (a dropped connection): save and end quietly
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finish(screen);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or ran; finish() is idempotent
            }
        }
    }

    private static App loaded(java.util.concurrent.Future<App> loading) throws IOException, InterruptedException {
        try {
            return loading.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("the lessons could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    private static void draw(TerminalScreen screen, Painter painter, App app, Screen.RefreshType refresh) throws IOException {
        screen.doResizeIfNecessary();
        painter.paint(View.render(app), screen);
        screen.refresh(refresh);
    }

    /** After the first frame, a daemon thread checks the lessons read unchecked and reports each as a message. */
    private static void startChecks(App app, BlockingQueue<Msg> queue) {
        List<String> files = new java.util.ArrayList<>();
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

    /** A daemon thread that blocks on the terminal and queues what it reads; end of input becomes a hangup. */
    private static void startReader(TerminalScreen screen, BlockingQueue<Msg> queue) {
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke k = screen.readInput();
                    if (k == null) continue;
                    Msg m = Keys.toMsg(k);
                    if (m != null) queue.offer(m);
                    if (m instanceof Msg.Hangup) return;
                }
            } catch (IOException | RuntimeException e) {
                queue.offer(new Msg.Hangup());
            }
        }, "keys");
        reader.setDaemon(true);
        reader.start();
    }

    private synchronized void save(App app) {
        if (app.progress().equals(saved)) return;
        try {
            saved = store.save(app.progress());
        } catch (IOException | RuntimeException e) {
            // A full disk or a read-only home must not end the lesson; the next save tries again.
        }
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

    /** Saves and restores the terminal, once, whether from the loop's end or the shutdown hook. */
    private void finish(TerminalScreen screen) {
        if (!finished.compareAndSet(false, true)) return;
        App app = latest.get();
        if (app != null) save(app);
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // the terminal may be gone (SIGHUP); nothing left to restore
        }
    }
}
