package tutor.server;

import java.security.PublicKey;
import java.sql.SQLException;
import java.time.Duration;
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
 * a password or at the keyboard-interactive prompt). A key is recorded only with proof: the first key a client
 * offers that is not recorded is let through to its signature (ProvenKeys), and if the signature is right it is
 * remembered, and recorded when the code is accepted (as OpenSSH's AuthenticationMethods
 * publickey,keyboard-interactive asks both of one login); the code is then used up and from then on that key lets
 * the student in. A key offered without its private half proves nothing: nothing is recorded and the code stays
 * valid. Every id is answered alike, on the roster or not: the same offer for a key, the same check and the same time
 * for a code (CodeChecks, LoginGuard). Each refusal goes to the connection log.
 */
final class Logins implements PublickeyAuthenticator, PasswordAuthenticator {
    /** How the session logged in ("key" or "code"), for the connection log and the session. */
    static final AttributeRepository.AttributeKey<String> METHOD = new AttributeRepository.AttributeKey<>();
    /** Set when the code was accepted but the client proved no key to record: the code stays valid. */
    static final AttributeRepository.AttributeKey<Boolean> KEPT_CODE = new AttributeRepository.AttributeKey<>();
    /** Set when a code typed on this connection was refused, for whatever reason: the next prompt says so. */
    static final AttributeRepository.AttributeKey<Boolean> CODE_REFUSED = new AttributeRepository.AttributeKey<>();
    /** The one key of this connection that may be recorded, once its signature is checked (the first not recorded). */
    static final AttributeRepository.AttributeKey<String> CANDIDATE = new AttributeRepository.AttributeKey<>();
    /** Whether the key the authenticator was last asked about is a recorded one (else the candidate). */
    static final AttributeRepository.AttributeKey<Boolean> RECORDED = new AttributeRepository.AttributeKey<>();
    /** The candidate key, once a signature by it was verified. */
    static final AttributeRepository.AttributeKey<String> PROVEN = new AttributeRepository.AttributeKey<>();
    /** Set while a code of this connection is being checked: one try at a time per connection. */
    static final AttributeRepository.AttributeKey<Boolean> CHECKING = new AttributeRepository.AttributeKey<>();
    /** The hash of a code given to nobody, checked where there is no real one so that a refusal takes as long. */
    private static final String DECOY = Codes.hash(Codes.generate());

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);

    private final ClassDatabase db;
    private final LoginGuard guard;
    private final ConnectionLog connections;
    private final CodeChecks checks;

    Logins(ClassDatabase db, LoginGuard guard, ConnectionLog connections, CodeChecks checks) {
        this.db = db;
        this.guard = guard;
        this.connections = connections;
        this.checks = checks;
    }

    /**
     * Asked before the signature is checked (and again with it): yes for a key recorded for this id, and yes for the
     * connection's first other key whatever the id, so the answer tells nothing about the roster; ProvenKeys turns
     * a verified signature by that second kind into a proof, never a login.
     */
    @Override public boolean authenticate(String username, PublicKey key, ServerSession session) {
        String line;
        try {
            line = openSsh(key);
        } catch (RuntimeException e) {
            return false; // a key type the server cannot even encode is not one it can record
        }
        try {
            ClassDatabase.Student s = onRoster(username);
            if (s != null && db.keys(s.id()).contains(line)) {
                session.setAttribute(METHOD, "key");
                session.setAttribute(RECORDED, true);
                return true;
            }
        } catch (SQLException e) {
            LOG.error("reading keys of {}", LogText.clean(username, 64), e);
            return false;
        }
        String candidate = session.computeAttributeIfAbsent(CANDIDATE, k -> line);
        session.setAttribute(RECORDED, false);
        return candidate.equals(line) && session.getAttribute(PROVEN) == null;
    }

    /** A code: checked later, off MINA's threads, after the id's wait (see CodeChecks); one at a time per connection. */
    @Override public boolean authenticate(String username, String code, ServerSession session) {
        if (session.computeAttributeIfAbsent(CHECKING, k -> false)) return false;
        session.setAttribute(CHECKING, true);
        Duration hold = guard.wait(username);
        throw checks.answer(hold, () -> {
            try {
                boolean accepted = checkCode(username, code, session, hold);
                if (!accepted) session.setAttribute(CODE_REFUSED, true);
                return accepted;
            } finally {
                session.setAttribute(CHECKING, false);
            }
        });
    }

    /** The student with this id, or null; a name that cannot be an id is not looked up at all. */
    private ClassDatabase.Student onRoster(String username) throws SQLException {
        return username == null || !Roster.ID.matcher(username).matches() ? null : db.student(username);
    }

    private boolean checkCode(String username, String code, ServerSession session, Duration hold) {
        Object from = session.getClientAddress();
        String held = hold.isZero() ? "" : " (held " + Math.max(1, Math.round(hold.toMillis() / 1000.0)) + " s after earlier wrong codes)";
        try {
            ClassDatabase.Student s = onRoster(username);
            if (s == null) {
                Codes.matches(code, DECOY); // as long as checking a real code: the time taken tells nothing either
                guard.failed(username);
                connections.write("refused", username, from, "not on the roster" + held);
                return false;
            }
            if (s.codeHash() == null) {
                Codes.matches(code, DECOY);
                guard.failed(s.id());
                connections.write("refused", s.id(), from, "no code (used up: the student's recorded key lets them in)" + held);
                return false;
            }
            if (!Codes.matches(code, s.codeHash())) {
                guard.failed(s.id());
                connections.write("refused", s.id(), from, "wrong code" + held);
                return false;
            }
            guard.succeeded(s.id());
            String proven = session.getAttribute(PROVEN);
            List<String> keys = proven == null ? List.of() : List.of(proven);
            db.recordKeys(s.id(), keys);
            session.setAttribute(METHOD, keys.isEmpty() ? "code" : "code, " + keys.size() + " key(s) recorded");
            if (keys.isEmpty()) session.setAttribute(KEPT_CODE, true);
            return true;
        } catch (SQLException e) {
            LOG.error("login of {}", LogText.clean(username, 64), e);
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
