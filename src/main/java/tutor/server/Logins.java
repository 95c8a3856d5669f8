package tutor.server;

import java.security.PublicKey;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.AttributeRepository;
import java.util.Base64;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.auth.keyboard.DefaultKeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tutor.store.sqlite.ClassDatabase;

/**
 * Who may come in: a student on the roster, by a public key recorded for them, or by their one-time code (typed as
 * a password or at the keyboard-interactive prompt). The keys a client offers before its code is accepted are
 * recorded with it, and the code is then used up: from then on the student's key lets them in. Unknown ids, wrong
 * codes and tries during a student's wait (see LoginGuard) are refused, and each goes to the connection log.
 */
final class Logins implements PublickeyAuthenticator, PasswordAuthenticator {
    /** How the session logged in ("key" or "code"), for the connection log and the session. */
    static final AttributeRepository.AttributeKey<String> METHOD = new AttributeRepository.AttributeKey<>();
    /** Keys the client offered that were not (yet) recorded. */
    static final AttributeRepository.AttributeKey<List<String>> OFFERED = new AttributeRepository.AttributeKey<>();
    /** Set when the code was accepted but the client offered no key to record: the code stays valid. */
    static final AttributeRepository.AttributeKey<Boolean> KEPT_CODE = new AttributeRepository.AttributeKey<>();
    /** Set when a code typed on this connection was refused, for whatever reason: the next prompt says so. */
    static final AttributeRepository.AttributeKey<Boolean> CODE_REFUSED = new AttributeRepository.AttributeKey<>();
    private static final int MAX_OFFERED = 5;
    /** The hash of a code given to nobody, checked where there is no real one so that a refusal takes as long. */
    private static final String DECOY = Codes.hash(Codes.generate());

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);

    private final ClassDatabase db;
    private final LoginGuard guard;
    private final ConnectionLog connections;

    Logins(ClassDatabase db, LoginGuard guard, ConnectionLog connections) {
        this.db = db;
        this.guard = guard;
        this.connections = connections;
    }

    @Override public boolean authenticate(String username, PublicKey key, ServerSession session) {
        String line;
        try {
            line = openSsh(key);
        } catch (RuntimeException e) {
            return false; // a key type the server cannot even encode is not one it can record
        }
        try {
            ClassDatabase.Student s = db.student(username);
            if (s == null) return false; // refused (and logged) when it tries a code, or at disconnect
            if (db.keys(s.id()).contains(line)) {
                session.setAttribute(METHOD, "key");
                guard.succeeded(s.id());
                return true;
            }
        } catch (SQLException e) {
            LOG.error("reading keys of {}", username, e);
            return false;
        }
        List<String> offered = session.computeAttributeIfAbsent(OFFERED, k -> new ArrayList<>());
        synchronized (offered) {
            if (offered.size() < MAX_OFFERED && !offered.contains(line)) offered.add(line);
        }
        return false;
    }

    @Override public boolean authenticate(String username, String code, ServerSession session) {
        boolean accepted = checkCode(username, code, session);
        if (!accepted) session.setAttribute(CODE_REFUSED, true);
        return accepted;
    }

    private boolean checkCode(String username, String code, ServerSession session) {
        Object from = session.getClientAddress();
        try {
            ClassDatabase.Student s = db.student(username);
            if (s == null) {
                Codes.matches(code, DECOY); // as long as checking a real code: the time taken tells nothing either
                connections.write("refused", username, from, "not on the roster");
                return false;
            }
            Duration wait = guard.wait(s.id());
            if (!wait.isZero()) {
                connections.write("refused", s.id(), from, "too many wrong codes: next try in " + Math.max(1, wait.toSeconds()) + " s");
                return false;
            }
            if (s.codeHash() == null) {
                Codes.matches(code, DECOY);
                guard.failed(s.id());
                connections.write("refused", s.id(), from, "no code (used up: the student's recorded key lets them in)");
                return false;
            }
            if (!Codes.matches(code, s.codeHash())) {
                guard.failed(s.id());
                connections.write("refused", s.id(), from, "wrong code");
                return false;
            }
            guard.succeeded(s.id());
            List<String> offered = session.getAttribute(OFFERED);
            List<String> keys;
            if (offered == null) {
                keys = List.of();
            } else {
                synchronized (offered) {
                    keys = List.copyOf(offered);
                }
            }
            db.recordKeys(s.id(), keys);
            session.setAttribute(METHOD, keys.isEmpty() ? "code" : "code, " + keys.size() + " key(s) recorded");
            if (keys.isEmpty()) session.setAttribute(KEPT_CODE, true);
            return true;
        } catch (SQLException e) {
            LOG.error("login of {}", username, e);
            connections.write("refused", username, from, "database error: " + e.getMessage());
            return false;
        }
    }

    /** A public key as an authorized_keys line without comment ("ssh-ed25519 AAAA..."), as keys are recorded. */
    static String openSsh(PublicKey key) {
        ByteArrayBuffer wire = new ByteArrayBuffer();
        wire.putRawPublicKey(key);
        return KeyUtils.getKeyType(key) + " " + Base64.getEncoder().encodeToString(wire.getCompactData());
    }

    /**
     * The keyboard-interactive prompt asks for the code in the class's words, and checks it as a password. After a
     * refused code it says so, in the same words whatever the reason (an unknown id, a wrong or used-up code, a try
     * during a wait), so a prompt never tells whether an id is on the roster.
     */
    static final class CodePrompt extends DefaultKeyboardInteractiveAuthenticator {
        static final String FIRST = "Type the one-time code your teacher gave you (e.g. ABCD-EF23).";
        static final String AGAIN = "That code was not accepted; check it and try again.";

        @Override protected String getInteractionName(ServerSession session) {
            return "backprop-tutor";
        }

        @Override protected String getInteractionInstruction(ServerSession session) {
            return Boolean.TRUE.equals(session.getAttribute(CODE_REFUSED)) ? AGAIN : FIRST;
        }

        @Override protected String getInteractionPrompt(ServerSession session) {
            return "Code: ";
        }
    }
}
