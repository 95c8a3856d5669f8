package tutor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import tutor.render.Text;

/**
 * The commands' text, wrapped on words to 80 columns as it is written: a message longer than a line (a path, a
 * reason) goes on on the next line, indented, instead of being cut or broken mid-word by the terminal. Tables are
 * laid out to fit already; this catches the prose. A line written in parts (a prompt before an answer) is passed on
 * as it is at each flush.
 */
public final class WrappedLines extends OutputStream {
    public static final int WIDTH = 80;

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean partial; // part of this line has gone out already (flushed): the rest follows as it is

    private WrappedLines(OutputStream out) {
        this.out = out;
    }

    /** A UTF-8 print stream that wraps what is printed to it (autoflush, as the commands' streams are). */
    public static PrintStream around(PrintStream out) {
        return new PrintStream(new WrappedLines(out), true, StandardCharsets.UTF_8);
    }

    @Override public void write(int b) throws IOException {
        if (b == '\n') {
            emit();
            out.write('\n');
        } else {
            line.write(b);
        }
    }

    @Override public void flush() throws IOException {
        if (line.size() > 0) {
            line.writeTo(out);
            line.reset();
            partial = true;
        }
        out.flush();
    }

    @Override public void close() throws IOException {
        flush();
        out.close();
    }

    private void emit() throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (partial || Text.width(text) <= WIDTH) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(wrap(text).getBytes(StandardCharsets.UTF_8));
        }
        partial = false;
    }

    /** On words, the first line as indented as it was, the lines after it two columns more. */
    static String wrap(String text) {
        int lead = 0;
        while (lead < text.length() && text.charAt(lead) == ' ') lead++;
        String indent = " ".repeat(Math.min(lead + 2, WIDTH / 2));
        StringBuilder b = new StringBuilder();
        var lines = Text.wrap(text.substring(lead), WIDTH - indent.length());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) b.append('\n').append(indent);
            else b.append(" ".repeat(lead));
            b.append(lines.get(i));
        }
        return b.toString();
    }
}
