package tutor.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import tutor.store.sqlite.ClassDatabase;
import tutor.tui.MenuEntry;

/**
 * The classroom server: an SSH server in the tutor's own JVM where each connection is a student's tutor and nothing
 * else. No commands (a command or a shell without a terminal is answered with how to connect, and not run), no
 * subsystems (sftp, scp), no forwarding of any kind; an idle limit of hours, with keep-alives
 * that find dead connections; one stop for all sessions, which saves each and tells its student.
 */
public final class TutorServer implements AutoCloseable {
    /**
     * What a server is started with. idle is how long a student may type nothing before the session is closed; limits
     * what each session, student and stranger may cost (Limits.defaults() fits this JVM's heap); rules, when a
     * student needs the teacher; gradebook writes the gradebook's files from the class view.
     */
    public record Config(Path state, String bind, int port, Duration idle, List<MenuEntry> lessons, Clock clock, Limits limits,
                         tutor.teach.StuckRules rules, Gradebook gradebook) {
        public Config(Path state, String bind, int port, Duration idle, List<MenuEntry> lessons, Clock clock) {
            this(state, bind, port, idle, lessons, clock, Limits.defaults());
        }

        public Config(Path state, String bind, int port, Duration idle, List<MenuEntry> lessons, Clock clock, Limits limits) {
            this(state, bind, port, idle, lessons, clock, limits, tutor.teach.StuckRules.DEFAULT, Gradebook.NONE);
        }
    }

    /** Writes the class's gradebook files (the same as ./tutor class report writes) and says where. */
    public interface Gradebook {
        String write() throws Exception;

        Gradebook NONE = () -> "There is no gradebook writer here: use ./tutor class report.";
    }

    private static final AttributeRepository.AttributeKey<Instant> SINCE = new AttributeRepository.AttributeKey<>();

    private final SshServer sshd;
    private final Classroom room;
    private final ClassDatabase db;
    private final ConnectionLog connections;
    private final ScheduledExecutorService sweeper;
    private final String fingerprint;
    private final String host;
    private final CodeChecks checks;
    private final Doorway doorway;

    private final java.util.Set<Session> loggedIn;

    private TutorServer(SshServer sshd, Classroom room, ClassDatabase db, ConnectionLog connections,
                        ScheduledExecutorService sweeper, String fingerprint, String host, java.util.Set<Session> loggedIn,
                        CodeChecks checks, Doorway doorway) {
        this.loggedIn = loggedIn;
        this.checks = checks;
        this.doorway = doorway;
        this.sshd = sshd;
        this.room = room;
        this.db = db;
        this.connections = connections;
        this.sweeper = sweeper;
        this.fingerprint = fingerprint;
        this.host = host;
    }

    /** Starts serving; the database must be open (and is closed with the server). */
    public static TutorServer start(Config config, ClassDatabase db) throws IOException {
        // A thread the server's libraries run that fails (the JDK's channel thread handing MINA a read its executor,
        // already shut down, refuses on Ctrl-C) goes to server.log, never as a stack trace over the teacher's screen.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                org.slf4j.LoggerFactory.getLogger(TutorServer.class).warn("uncaught in thread {}", thread.getName(), e));
        ConnectionLog connections = new ConnectionLog(config.state().resolve("connections.log"), config.clock());
        Classroom room = new Classroom(db, config.lessons(), config.clock(), connections, config.rules(), config.gradebook());
        Limits limits = config.limits();
        CodeChecks checks = new CodeChecks();
        Logins logins = new Logins(db, new LoginGuard(config.clock()), connections, checks);
        Seats seats = new Seats(limits.sessionsPerStudent(), limits.maxSessions());
        Doorway doorway = new Doorway(limits, connections, room::canonicalId);

        SshServer sshd = SshServer.setUpDefaultServer();
        if (config.bind() != null) sshd.setHost(config.bind());
        sshd.setPort(config.port());
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(config.state().resolve("host_key"));
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        sshd.setKeyPairProvider(hostKeys);
        String fingerprint;
        try {
            KeyPair key = hostKeys.loadKeys(null).iterator().next();
            fingerprint = KeyUtils.getFingerPrint(key.getPublic());
            restrict(config.state().resolve("host_key"));
        } catch (RuntimeException e) {
            throw new IOException("the host key in " + config.state().resolve("host_key") + " cannot be used: " + e.getMessage(), e);
        }
        sshd.setPublickeyAuthenticator(logins);
        sshd.setPasswordAuthenticator(logins);
        sshd.setKeyboardInteractiveAuthenticator(new Logins.CodePrompt());
        // publickey records only a key whose signature was checked (ProvenKeys); no host-based or GSSAPI logins.
        sshd.setUserAuthFactories(List.of(ProvenKeys.INSTANCE,
                org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory.INSTANCE,
                org.apache.sshd.server.auth.password.UserAuthPasswordFactory.INSTANCE));
        // Session channels only (no direct-tcpip: ssh -L), each a TutorChannel; no forwarding requests (ssh -R).
        sshd.setChannelFactories(List.of(new ChannelSessionFactory() {
            @Override public Channel createChannel(Session session) {
                // One channel per connection: once this one is made, another is refused ("additional sessions
                // disabled", as OpenSSH's no-more-sessions asks).
                session.getService(org.apache.sshd.common.session.ConnectionService.class).setAllowMoreSessions(false);
                return new TutorChannel();
            }
        }));
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        String host = host(config.bind());
        // What a student who asked for something else should type instead: the port and host the class was given.
        Function<String, String> howToConnect = id -> "ssh -t -p " + port(sshd) + " " + id + "@" + host;
        // A command is never run: it is taken only to tell the student, in words, how to reach the tutor.
        sshd.setCommandFactory((channel, command) -> {
            String id = room.canonicalId(channel.getSession().getUsername());
            return new Refusal(connections, id, "a command: \"" + ConnectionLog.shorten(command.length() > 400 ? command.substring(0, 400) : command, 80) + "\"",
                    "this server runs the tutor only, not commands; connect with: " + howToConnect.apply(id));
        });
        sshd.setSubsystemFactories(List.of()); // no sftp, no scp
        sshd.setShellFactory(channel -> tutorOrRefusal(channel, room, connections, howToConnect, seats, limits));

        // MINA's idle timeout (10 minutes by default) would cut off a student reading one step: the server's own
        // sweep below closes sessions idle for config.idle(), and this is only its backstop.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, config.idle().plusHours(1));
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(sshd, Duration.ofSeconds(60));
        CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(sshd, 5); // a connection that stops answering is closed
        CoreModuleProperties.SOCKET_KEEPALIVE.set(sshd, true);
        // A key's frame is a few hundred bytes: sent at once, not held back by Nagle for the last one's ACK.
        CoreModuleProperties.TCP_NODELAY.set(sshd, true);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 10);
        java.util.Set<Session> loggedIn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // What one connection can hold: one channel (see the channel factory), whose input waits in a window of 64 KiB rather than
        // MINA's 2 MiB (a tutor reads keys; a paste flows on as it is read); to log in, limits.authTimeout().
        CoreModuleProperties.WINDOW_SIZE.set(sshd, 64L << 10);
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, limits.authTimeout());
        sshd.addSessionListener(doorway);
        sshd.addSessionListener(new SessionListener() {
            @Override public void sessionEvent(Session session, Event event) {
                if (event == Event.Authenticated) {
                    session.setAttribute(SINCE, Instant.now());
                    loggedIn.add(session);
                    String method = session.getAttribute(Logins.METHOD);
                    connections.write("login", room.canonicalId(session.getUsername()), session.getRemoteAddress(),
                            method == null ? "" : method);
                }
            }

            @Override public void sessionClosed(Session session) {
                Instant since = session.getAttribute(SINCE);
                if (since == null) {
                    connections.write("disconnect", session.getUsername(), session.getRemoteAddress(), "before logging in");
                } else {
                    synchronized (loggedIn) { // a stop writes what is left only after a line under way is written
                        if (loggedIn.remove(session)) disconnected(connections, room, session, "");
                    }
                }
            }
        });
        sshd.start();

        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "idle-sweep");
            t.setDaemon(true);
            return t;
        });
        long idleNanos = config.idle().toNanos();
        // One sweep for all sessions (never a timer per session): every minute, or sooner for a short limit.
        long sweepMs = Math.max(100, Math.min(60_000, config.idle().toMillis() / 4));
        String idleSaid = config.idle().toMinutes() >= 1 ? config.idle().toMinutes() + " minutes" : config.idle().toSeconds() + " seconds";
        sweeper.scheduleWithFixedDelay(() -> {
            for (TutorSession s : room.sessions()) {
                if (s.idleNanos() > idleNanos) {
                    connections.write("idle", s.student(), s.address(), "closed after " + idleSaid + " without a key");
                    s.stop("backprop-tutor: closed after " + idleSaid + " without a key. Your progress is saved; connect "
                            + "again to go on.", 2000);
                }
            }
        }, sweepMs, sweepMs, TimeUnit.MILLISECONDS);
        // A client that stops reading holds its session in a write that never ends: closed, connection and all.
        Duration stall = stallLimit();
        long stallMs = Math.max(100, stall.toMillis() / 4);
        sweeper.scheduleWithFixedDelay(() -> {
            for (TutorSession s : room.sessions()) {
                if (s.stalledNanos() > stall.toNanos()) {
                    connections.write("stalled", s.student(), s.address(), "closed: the client read nothing for "
                            + stall.toSeconds() + " seconds");
                    s.cut();
                }
            }
        }, stallMs, stallMs, TimeUnit.MILLISECONDS);
        return new TutorServer(sshd, room, db, connections, sweeper, fingerprint, host, loggedIn, checks, doorway);
    }

    /**
     * How long a session may wait for its client to read a frame before it is closed: 30 seconds (a slow link sends
     * a frame in far less); the system property tutor.server.stall-seconds changes it (tests).
     */
    static Duration stallLimit() {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(System.getProperty("tutor.server.stall-seconds", "30"))));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(30);
        }
    }

    /** A login's disconnect line: who, from where, after how long. */
    private static void disconnected(ConnectionLog connections, Classroom room, Session session, String why) {
        Instant since = session.getAttribute(SINCE);
        long minutes = since == null ? 0 : Duration.between(since, Instant.now()).toMinutes();
        connections.write("disconnect", room.canonicalId(session.getUsername()), session.getRemoteAddress(),
                "after " + minutes + " min" + why);
    }

    /** The tutor for a channel with a terminal that can draw it; for any other, a line saying what to do instead. */
    private static Command tutorOrRefusal(ChannelSession channel, Classroom room, ConnectionLog connections,
                                          Function<String, String> howToConnect, Seats seats, Limits limits) {
        String id = room.canonicalId(channel.getSession().getUsername());
        if (!(channel instanceof TutorChannel t) || !t.hasPty()) {
            return new Refusal(connections, id, "a shell without a terminal (ssh -T)", "the tutor needs a terminal; "
                    + "connect with: " + howToConnect.apply(id) + " (or plain ssh from a terminal)");
        }
        String term = channel.getEnvironment().getEnv().get(Environment.ENV_TERM);
        boolean lines = Boolean.TRUE.equals(tutor.lines.ScreenReader.fromEnvironment(channel.getEnvironment().getEnv()));
        if (!lines && (term == null || term.isBlank() || term.equals("dumb"))) { // the line mode draws nothing: any terminal does
            String said = term == null || term.isBlank() ? "not set" : LogText.clean(term, 40);
            return new Refusal(connections, id, "a terminal that cannot draw a full screen (TERM is " + said + ")",
                    "the tutor needs a terminal that can draw a full screen (TERM is " + said + "); try again from an "
                    + "ordinary terminal window.");
        }
        Seats.Taken taken = seats.take(id);
        if (taken.seat() == null) return new Refusal(connections, id, taken.why(), taken.refusal());
        return new TutorSession(room, limits, taken.seat());
    }

    /** The host students are told to connect to: the address the server is bound to, else this machine's name. */
    static String host(String bind) {
        if (bind != null && !bind.equals("0.0.0.0") && !bind.equals("::")) return bind;
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "THIS-HOST";
        }
    }

    private static int port(SshServer sshd) {
        for (SocketAddress a : sshd.getBoundAddresses()) if (a instanceof InetSocketAddress i) return i.getPort();
        return sshd.getPort();
    }

    private static void restrict(Path file) {
        try {
            if (Files.exists(file)) Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException ignored) {
            // the state directory itself is the owner's alone
        }
    }

    /** The port it listens on (the one chosen when 0 was asked for). */
    public int port() {
        return port(sshd);
    }

    /** The host name students use in ssh ID@HOST (see host(String)). */
    public String host() {
        return host;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** Connections that have not logged in yet (counted at the door). */
    public int strangers() {
        return doorway.strangers();
    }

    /** Sessions open now. */
    public int sessions() {
        return room.open();
    }

    /**
     * Saves every session, tells each student why it ends, then stops listening and closes the database; returns how
     * many sessions were open.
     */
    public int shutdown(String farewell) {
        sweeper.shutdownNow();
        room.hub().close();
        int open = room.open();
        room.stopAll(farewell, 3000);
        // A session still open now is not reading (its farewell waits in a full window): its connection is closed.
        for (TutorSession s : room.sessions()) s.cut();
        try {
            sshd.stop(false);
        } catch (IOException | RuntimeException ignored) {
            // stopping anyway
        }
        // Every login has its disconnect line, also one whose close MINA had not reported when it stopped.
        synchronized (loggedIn) {
            for (Session s : List.copyOf(loggedIn)) {
                if (loggedIn.remove(s)) disconnected(connections, room, s, " (the server stopped)");
            }
        }
        connections.write("stop", null, null, "server stopped; " + open + " session(s) saved and told");
        try {
            connections.close();
        } catch (IOException ignored) {
            // nothing more to log
        }
        checks.close();
        db.close();
        return open;
    }

    @Override public void close() {
        shutdown("backprop-tutor: the server is stopping. Your progress is saved; connect again when it is back.");
    }
}
