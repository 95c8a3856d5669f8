package tutor.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * What a student's connection asks for instead of the tutor on a terminal (a command, a shell without a pty, a
 * terminal that cannot draw a screen): taken only to answer it. One line on the client's stderr saying how to connect,
 * exit status 1, the channel closed; nothing is run and no thread started. Each refusal goes to the connection log.
 */
final class Refusal implements Command {
    private final ConnectionLog connections;
    private final String student;
    private final String why;
    private final String told;
    private OutputStream err;
    private ExitCallback exit;

    /** why is for the teacher's log, told the line the student reads (after "backprop-tutor: "). */
    Refusal(ConnectionLog connections, String student, String why, String told) {
        this.connections = connections;
        this.student = student;
        this.why = why;
        this.told = told;
    }

    @Override public void start(ChannelSession channel, Environment env) throws IOException {
        connections.write("refused", student, channel.getSession().getRemoteAddress(), why);
        // With a pty the client's terminal is raw, so a bare LF would not return to the first column.
        boolean pty = channel instanceof TutorChannel t && t.hasPty();
        err.write(("backprop-tutor: " + told + (pty ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(1);
    }

    @Override public void destroy(ChannelSession channel) {
        // nothing was started
    }

    @Override public void setInputStream(InputStream in) {
        // nothing is read
    }

    @Override public void setOutputStream(OutputStream out) {
        // only stderr is written
    }

    @Override public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }
}
