package tutor.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.session.ServerSession;

/**
 * A session channel that takes only what the tutor needs: a pty (whose request it remembers), the environment
 * variables that choose how the screen looks, and nothing else: agent and X11 forwarding are refused here, port
 * forwarding by the server's filter, subsystems by there being none; a command is answered by a Refusal, never run.
 */
final class TutorChannel extends ChannelSession {
    private volatile boolean pty;

    /**
     * The variables a client may set: how the screen looks (ACCESSIBLE: the screen-reader line mode, as
     * ssh -o SetEnv=ACCESSIBLE=1 sends it), and nothing that could reach anything else.
     */
    static boolean allowed(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.equals("TERM") || n.equals("LANG") || n.startsWith("LC_") || n.equals("NO_COLOR") || n.equals("COLORTERM")
                || n.equals(tutor.lines.ScreenReader.ACCESSIBLE);
    }

    boolean hasPty() {
        return pty;
    }

    @Override protected RequestHandler.Result handleEnvParsed(String name, String value) throws IOException {
        if (!allowed(name) || value.length() > 256) return RequestHandler.Result.ReplyFailure;
        return super.handleEnvParsed(name, value);
    }

    @Override protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows, int width, int height,
                                                                 Map<PtyMode, Integer> modes) throws IOException {
        pty = true;
        return super.handlePtyReqParsed(term, columns, rows, width, height, modes);
    }

    @Override protected RequestHandler.Result handleAgentForwardingParsed(String requestType) {
        return RequestHandler.Result.ReplyFailure;
    }

    @Override protected RequestHandler.Result handleX11ForwardingParsed(String requestType, ServerSession session,
                                                                        boolean singleConnection, String protocol,
                                                                        String cookie, int screen) {
        return RequestHandler.Result.ReplyFailure;
    }
}
