package tutor.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * Connections counted at the door. Before login: at most Limits.unauthenticated in all and
 * Limits.unauthenticatedPerAddress from one address (OpenSSH's MaxStartups and PerSourceMaxStartups); one more is
 * closed at once, before its key exchange, and logged. After login: a student may hold a couple of connections more
 * than their sessions (so the one past their limit reaches the shell and is told why in words), and the server a few
 * more than its sessions; past that the connection is ended with the reason, which ssh prints.
 */
final class Doorway implements SessionListener {
    private enum Counted { STRANGER, STUDENT }

    private static final AttributeRepository.AttributeKey<Counted> COUNTED = new AttributeRepository.AttributeKey<>();
    private static final AttributeRepository.AttributeKey<String> STUDENT = new AttributeRepository.AttributeKey<>();
    /** Connections a student may hold beyond their sessions (a refused one, one opening while another closes). */
    static final int SPARE_PER_STUDENT = 2;
    static final int SPARE = 32;

    private final Limits limits;
    private final ConnectionLog connections;
    private final java.util.function.UnaryOperator<String> canonicalId;
    private final Map<InetAddress, Integer> strangersFrom = new HashMap<>();
    private final Map<String, Integer> studentConnections = new HashMap<>();
    private int strangers;
    private int students;

    Doorway(Limits limits, ConnectionLog connections, java.util.function.UnaryOperator<String> canonicalId) {
        this.limits = limits;
        this.connections = connections;
        this.canonicalId = canonicalId;
    }

    synchronized int strangers() {
        return strangers;
    }

    @Override public void sessionCreated(Session session) {
        InetAddress from = address(session);
        String full = null;
        synchronized (this) {
            int mine = strangersFrom.getOrDefault(from, 0);
            if (strangers >= limits.unauthenticated()) full = "too many connections waiting to log in (" + strangers + ")";
            else if (mine >= limits.unauthenticatedPerAddress()) full = "too many connections waiting to log in from this address (" + mine + ")";
            else {
                strangersFrom.merge(from, 1, Integer::sum);
                strangers++;
                session.setAttribute(COUNTED, Counted.STRANGER);
            }
        }
        if (full != null) {
            connections.write("refused", null, session.getRemoteAddress(), full);
            session.close(true);
        }
    }

    @Override public void sessionEvent(Session session, Event event) {
        if (event != Event.Authenticated) return;
        String id = canonicalId.apply(session.getUsername());
        String key = id.toLowerCase(Locale.ROOT);
        String refusal;
        synchronized (this) {
            leave(session);
            int mine = studentConnections.getOrDefault(key, 0);
            if (mine >= limits.sessionsPerStudent() + SPARE_PER_STUDENT) {
                refusal = "backprop-tutor: you have " + mine + " connections open already, the most one student may; close "
                        + "one and connect again.";
            } else if (students >= limits.maxSessions() + SPARE) {
                refusal = "backprop-tutor: the server is full; try again in a few minutes, or tell your teacher.";
            } else {
                refusal = null;
                studentConnections.merge(key, 1, Integer::sum);
                students++;
                session.setAttribute(COUNTED, Counted.STUDENT);
                session.setAttribute(STUDENT, key);
            }
        }
        if (refusal != null) {
            connections.write("refused", id, session.getRemoteAddress(), refusal.substring("backprop-tutor: ".length()));
            try {
                session.disconnect(SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS, refusal);
            } catch (java.io.IOException | RuntimeException e) {
                session.close(true);
            }
        }
    }

    @Override public void sessionClosed(Session session) {
        synchronized (this) {
            leave(session);
        }
    }

    /** Takes the session out of whichever count it is in (once). */
    private void leave(Session session) {
        Counted c = session.removeAttribute(COUNTED);
        if (c == Counted.STRANGER) {
            strangers--;
            strangersFrom.computeIfPresent(address(session), (a, n) -> n <= 1 ? null : n - 1);
        } else if (c == Counted.STUDENT) {
            students--;
            studentConnections.computeIfPresent(session.getAttribute(STUDENT), (k, n) -> n <= 1 ? null : n - 1);
        }
    }

    private static InetAddress address(Session session) {
        return session.getRemoteAddress() instanceof InetSocketAddress i ? i.getAddress() : InetAddress.getLoopbackAddress();
    }
}
