package tutor.lines;

import java.nio.file.Path;
import java.util.List;
import tutor.testing.Tmux;

/** The transcript test's script and helpers, for the same session over ssh (tutor.server). */
public final class LinesTranscriptAccess {
    private LinesTranscriptAccess() {}

    public static final List<String> TINY = LinesTranscriptTest.TINY;

    public static long awaitPrompt(Path log, long past) throws Exception {
        return LinesTranscriptTest.awaitPrompt(log, past);
    }

    public static void type(Tmux tmux, String text) {
        LinesTranscriptTest.type(tmux, text);
    }

    public static String visible(String transcript) {
        return LinesTranscriptTest.visible(transcript);
    }
}
