package tutor.server;

import java.io.IOException;
import java.security.SignatureException;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKey;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * The publickey method, with one change: a key that is not recorded for the id (Logins lets the connection's first
 * such key through to its signature) never logs anyone in. When its signature is right, the key is remembered on the
 * connection as proven, and the method fails, so the client goes on to the code; Logins records the proven key when
 * the code is accepted. A wrong signature, or none (a public key offered without its private half), proves nothing.
 */
final class ProvenKeys extends UserAuthPublicKeyFactory {
    static final ProvenKeys INSTANCE = new ProvenKeys();

    @Override public UserAuthPublicKey createUserAuth(ServerSession session) throws IOException {
        return new UserAuthPublicKey(getSignatureFactories()) {
            @Override public Boolean doAuth(Buffer buffer, boolean init) throws Exception {
                session.removeAttribute(Logins.RECORDED);
                Boolean verified;
                try {
                    verified = super.doAuth(buffer, init);
                } catch (SignatureException wrongSignature) {
                    return Boolean.FALSE; // a refusal like any other, not a warning in the server's log
                }
                if (!Boolean.TRUE.equals(verified) || Boolean.TRUE.equals(session.getAttribute(Logins.RECORDED))) return verified;
                String candidate = session.getAttribute(Logins.CANDIDATE);
                if (candidate != null) session.setAttribute(Logins.PROVEN, candidate);
                return Boolean.FALSE;
            }
        };
    }
}
