package tutor.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tutor.teach.ClassScreen;
import tutor.lines.LineEditor;
import tutor.lines.LineSession;
import tutor.lines.ScreenReader;
import tutor.tui.App;
import tutor.tui.Room;
import tutor.tui.Settings;
import tutor.tui.TerminalApp;

/**
 * One student's connection: the same tutor as on a local terminal, over the channel's streams, on a thread of its
 * own (start returns at once); made only for a channel with a pty and a TERM that can draw (the server refuses the
 * rest with a Refusal). The screen's size and look come from the pty request and the few variables the channel lets
 * through; a window change resizes it. Whatever goes wrong in here is logged and ends this session alone, with a word
 * to the student.
 */
final class TutorSession implements Command {
    private static final Logger LOG = LoggerFactory.getLogger(TutorSession.class);

    private final Classroom room;
    private final Limits limits;
    private final Seats.Seat seat;
    private volatile boolean started;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile TerminalApp app;
    private volatile tutor.lines.LineSession lines;
    private volatile tutor.lines.LineEditor editor;
    private volatile LineEnds input;
    private boolean teacher;
    private volatile WatchedOutput watched;
    private volatile ChannelSession channel;
    private String student = "?";
    private Object address; // the student's end of the connection, for the connection log

    TutorSession(Classroom room, Limits limits, Seats.Seat seat) {
        this.room = room;
        this.limits = limits;
        this.seat = seat;
    }

    @Override public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override public void setErrorStream(OutputStream err) {
        // the tutor draws on the terminal (stdout); with a pty there is nothing separate to say on stderr
    }

    @Override public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    String student() {
        return student;
    }

    Object address() {
        return address;
    }

    /** How long the write under way has waited for the client to read (0 when none is under way). */
    long stalledNanos() {
        WatchedOutput w = watched;
        return w == null ? 0 : w.stalledNanos();
    }

    /** Closes the connection at once, without waiting for the client to read what is pending (it may never). */
    void cut() {
        ChannelSession c = channel;
        if (c != null) c.getSession().close(true);
    }

    /** Nanoseconds since the student last typed anything (for the idle limit). */
    long idleNanos() {
        LineEnds i = input;
        return i == null ? 0 : System.nanoTime() - i.lastInput();
    }

    @Override public void start(ChannelSession channel, Environment env) throws IOException {
        student = room.canonicalId(channel.getSession().getUsername());
        address = channel.getSession().getRemoteAddress();
        Map<String, String> vars = new HashMap<>();
        env.getEnv().forEach((k, v) -> {
            if (TutorChannel.allowed(k)) vars.put(k, v);
        });
        vars.put("USER", student);
        Settings settings = Settings.from(vars, false, false);
        int askedColumns = number(env.getEnv().get(Environment.ENV_COLUMNS));
        int askedRows = number(env.getEnv().get(Environment.ENV_LINES));
        int columns = Math.min(askedColumns, limits.maxColumns());
        int rows = Math.min(askedRows, limits.maxRows());
        input = new LineEnds(in);
        watched = new WatchedOutput(out);
        this.channel = channel;
        String id = student;
        TerminalApp session = TerminalApp.remote(input, watched, columns, rows, room.sessionStore(id), problem -> {
            LOG.error("an error in the session of {}", id, problem);
            return "the server's log";
        }, room.clock());
        app = session;
        teacher = room.isTeacher(id);
        try {
            session.inClass(teacher ? Room.teacher(ClassScreen.start(room.hub().snapshot(), true, settings.ascii())) : Room.ALONE,
                    new Link(session));
        } catch (java.sql.SQLException e) {
            LOG.error("the class view of {} could not be made", id, e);
            session.inClass(Room.ALONE, new Link(session));
        }
        if (teacher) room.hub().teacherJoined(session);
        else room.hub().studentJoined(session, id);
        // A window larger than the tutor can use is drawn at the most it uses, in its top-left corner.
        env.addSignalListener((ch, signal) -> session.resize(
                Math.min(number(env.getEnv().get(Environment.ENV_COLUMNS)), limits.maxColumns()),
                Math.min(number(env.getEnv().get(Environment.ENV_LINES)), limits.maxRows())), Signal.WINCH);
        String keepCode = Boolean.TRUE.equals(channel.getSession().getAttribute(Logins.KEPT_CODE))
                ? "Your ssh client offered no key to remember, so keep your code: you will need it next time." : null;
        String capped = askedColumns > columns || askedRows > rows ? "Your window is " + askedColumns + "x" + askedRows
                + "; the tutor draws at most " + limits.maxColumns() + "x" + limits.maxRows() + ", in its top-left corner." : null;
        String notice = capped == null ? keepCode : keepCode == null ? capped : capped + " " + keepCode;
        started = true;
        room.joined(this);
        ScreenReader.Kept kept = keptChoice();
        boolean screenReader = ScreenReader.wanted(false, vars, kept);
        Thread thread = new Thread(() -> run(session, settings, columns, rows, notice, screenReader, kept), "tutor-" + id);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(TerminalApp session, Settings settings, int columns, int rows, String notice, boolean screenReader,
                     ScreenReader.Kept kept) {
        int status = 0;
        try {
            App start = room.startingApp(student, settings, notice, columns, rows);
            if (screenReader && runLines(start, settings, kept) == LineSession.Ending.QUIT) return;
            session.run(CompletableFuture.completedFuture(start));
            App last = session.last();
            if (last != null && last.settings().screenReader()) {
                kept.keep(true); // the menu's v: from the next login on (this connection's input is the screen's)
                out.write(("\r\nbackprop-tutor: screen-reader mode is on for " + student + " from your next login on (type "
                        + "full there to come back to this screen). Connect again to use it.\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (Throwable t) {
            status = 1;
            LOG.error("the session of {} ended with an error", student, t);
            try {
                out.write(("\r\nbackprop-tutor: something went wrong in your session (the server's log has the details for "
                        + "your teacher). Your progress up to here is saved; connect again to go on.\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | RuntimeException ignored) {
                // the connection went with it
            }
        } finally {
            room.hub().left(session);
            room.left(this);
            seat.release();
            exit.onExit(status);
        }
    }

    /** What this session tells the class and what its class view asks of the server. */
    private final class Link implements TerminalApp.ClassLink {
        private final TerminalApp session;

        Link(TerminalApp session) {
            this.session = session;
        }

        @Override public void reached(App app, boolean key) {
            if (!teacher) room.hub().reached(session, app, key);
        }

        @Override public void effect(ClassScreen.Effect effect, String text) {
            if (!teacher) return; // a student's room has no class view: nothing of it can be asked from here
            ClassHub hub = room.hub();
            String said = switch (effect) {
                case SEND_LINE -> "Sent to " + students(hub.sendLine(text)) + ".";
                case PAUSE -> "The class is paused (" + students(hub.pause(true)) + " told). p resumes it.";
                case RESUME -> "The class goes on (" + students(hub.pause(false)) + " told).";
                case GRADEBOOK -> {
                    try {
                        yield room.gradebook().write();
                    } catch (Exception e) {
                        LOG.error("the gradebook could not be written", e);
                        yield "The gradebook could not be written: " + e.getMessage();
                    }
                }
                default -> null;
            };
            if (said != null) session.deliver(new tutor.tui.Msg.ClassSaid(said));
            if (effect == ClassScreen.Effect.PAUSE || effect == ClassScreen.Effect.RESUME) hub.changed();
        }
    }

    private static String students(int n) {
        return n + (n == 1 ? " student" : " students");
    }

    /**
     * The screen-reader mode on this channel: lines, with the server's own line editing (a channel has none).
     * "full" leaves it for the full-screen tutor (and forgets the kept choice).
     */
    private LineSession.Ending runLines(App start, Settings settings, ScreenReader.Kept kept) throws java.io.IOException {
        LineEditor e = new LineEditor(input, out);
        String id = student;
        LineSession s = new LineSession(e, e, room.storeFor(id), problem -> {
            LOG.error("an error in the session of {}", id, problem);
            return "the server's log";
        }, room.clock(), settings.ascii());
        editor = e;
        lines = s;
        LineSession.Ending ending = s.run(start);
        lines = null;
        editor = null;
        if (ending == LineSession.Ending.FULL_SCREEN) kept.keep(false);
        return ending;
    }

    /** The student's kept choice of the screen-reader mode, beside the class database. */
    private ScreenReader.Kept keptChoice() {
        return new ScreenReader.Kept(room.db().file().getParent().resolve("screen-reader").resolve("student-" + student));
    }

    /** Saves, says the farewell and ends (the server is shutting down, or the student was idle for hours). */
    void stop(String farewell, long waitMs) {
        LineSession l = lines;
        LineEditor e = editor;
        if (l != null) {
            l.stop(farewell);
            if (e != null) e.close();
            return;
        }
        TerminalApp a = app;
        if (a != null) a.stop(farewell, waitMs);
    }

    @Override public void destroy(ChannelSession channel) {
        // The channel closed: the loop reads the end of its input and ends, saving (and gives its seat back then).
        if (!started) seat.release(); // closed before it started: nothing will give it back
    }

    private static int number(String s) {
        try {
            return s == null ? 0 : Math.max(0, Math.min(1000, Integer.parseInt(s.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
