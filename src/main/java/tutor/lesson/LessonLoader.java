package tutor.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a lesson file: bytes, UTF-8, JSON, lesson. Any failure is a Problem with a place, never an exception. */
public final class LessonLoader {
    private LessonLoader() {}

    /** A lesson file is small; this keeps a wrong file (a log, a data dump) from filling memory. */
    public static final long MAX_BYTES = 1 << 20;

    /** Either a lesson or the problems that kept it from loading. */
    public record Loaded(String file, Lesson lesson, List<Problem> problems) {
        public boolean ok() { return lesson != null; }
    }

    public static Loaded load(Path path) {
        return load(path, true);
    }

    /**
     * Loads a lesson. Without figures, the document's figures are not matched against the engine: that is for
     * ./tutor check and the tests, and would slow every start of the tutor for nothing a learner sees.
     */
    public static Loaded load(Path path, boolean figures) {
        String file = path.toString();
        String text;
        try {
            text = text(path);
        } catch (Unreadable e) {
            return fail(file, e.line, e.column, e.getMessage());
        }
        return parse(file, text, figures);
    }

    /**
     * Reads a lesson without checking it against the engine: enough for the menu. The tutor checks each lesson
     * after its first frame (LessonChecker), and before opening one whose check has not come back.
     */
    public static Loaded read(Path path) {
        String file = path.toString();
        try {
            String text = text(path);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            Json.Node root = Json.parse(text);
            LessonReader.Result r = LessonReader.read(file, root);
            return r.lesson() != null ? new Loaded(file, r.lesson(), List.of()) : new Loaded(file, null, located(r.problems(), root, text));
        } catch (Unreadable | Json.SyntaxError e) {
            return load(path, false); // the full load says precisely what is wrong
        } catch (RuntimeException | StackOverflowError e) {
            return internal(file, e);
        }
    }

    /**
     * Loads from text already in memory (the file name is only for messages). Never throws: whatever goes wrong,
     * even inside the tutor, is a problem of this one lesson, so one bad file never takes the others with it.
     */
    public static Loaded parse(String file, String text, boolean figures) {
        try {
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            Json.Node root;
            try {
                root = Json.parse(text);
            } catch (Json.SyntaxError e) {
                return fail(file, e.line(), e.column(), e.getMessage());
            }
            LessonReader.Result r = LessonReader.read(file, root);
            List<Problem> problems = r.problems();
            if (r.lesson() != null) problems = LessonChecker.check(r.lesson(), figures);
            if (problems.isEmpty()) return new Loaded(file, r.lesson(), List.of());
            return new Loaded(file, null, located(problems, root, text));
        } catch (RuntimeException | StackOverflowError e) {
            return internal(file, e);
        }
    }

    /** A file that cannot be a lesson before its text is even read: missing, not a regular file, too big, not UTF-8. */
    static final class Unreadable extends Exception {
        final int line;
        final int column;

        Unreadable(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * The file's text. A device (/dev/zero), a pipe or a folder is refused before it is opened, since reading one
     * may never end; a file is read to at most MAX_BYTES whatever its size claims, and decoded in one pass.
     */
    static String text(Path path) throws Unreadable {
        byte[] bytes;
        try {
            if (!Files.exists(path)) throw new Unreadable(0, 0, "no such file");
            if (!Files.isRegularFile(path)) {
                throw new Unreadable(0, 0, "not a regular file (a folder, device or pipe); expected a lesson's .json file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) throw new Unreadable(1, 1, tooBig(size));
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) throw new Unreadable(1, 1, "the file grew past 1 MB while it was read; a lesson may be at most 1 MB");
        } catch (NoSuchFileException e) {
            throw new Unreadable(0, 0, "no such file");
        } catch (IOException e) {
            throw new Unreadable(0, 0, "cannot read the file: " + e.getMessage());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int bad = in.position(); // the decoder stops at the first byte of the first bad sequence
            int[] at = lineAndColumn(bytes, bad);
            throw new Unreadable(at[0], at[1], "the file is not UTF-8 text (byte " + bad + " cannot start or continue a "
                    + "UTF-8 character); save it as UTF-8");
        }
        return out.flip().toString();
    }

    private static String tooBig(long size) {
        return String.format(java.util.Locale.ROOT, "the file is %.1f MB; a lesson may be at most 1 MB", size / 1e6);
    }

    /** Gives each problem the line and column of its path, or of the nearest value around it that exists. */
    private static List<Problem> located(List<Problem> problems, Json.Node root, String text) {
        // A problem's path is written escaped (a field name's control or bidi characters as \\uXXXX): its node is
        // found by the path as it stands in the file.
        java.util.Map<String, String> raw = new java.util.HashMap<>();
        for (Problem p : problems) if (p.path().contains("\\u")) rawPaths(root, raw);
        List<String> nodes = new java.util.ArrayList<>();
        for (Problem p : problems) nodes.add(Json.find(root, raw.getOrDefault(p.path(), p.path())).path());
        java.util.Map<String, int[]> at = Json.locate(text, new java.util.HashSet<>(nodes));
        List<Problem> out = new java.util.ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            int[] lc = at.getOrDefault(nodes.get(i), new int[] {1, 1});
            out.add(new Problem(p.file(), lc[0], lc[1], p.path(), p.message()));
        }
        return out;
    }

    /** Each path of the tree whose escaped form differs from it, by that escaped form. */
    private static void rawPaths(Json.Node node, java.util.Map<String, String> out) {
        String path = node.where().path();
        String shown = new Problem("", 1, 1, path, "").path();
        if (!shown.equals(path)) out.putIfAbsent(shown, path);
        if (node instanceof Json.Obj o) for (Json.Node n : o.fields().values()) rawPaths(n, out);
        if (node instanceof Json.Arr a) for (Json.Node n : a.items()) rawPaths(n, out);
    }

    /** A failure inside the tutor itself, kept to this one lesson: the menu and the other lessons go on. */
    private static Loaded internal(String file, Throwable e) {
        return fail(file, 1, 1, "the tutor failed on this lesson (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); " + LessonChecker.BUG);
    }

    private static Loaded fail(String file, int line, int column, String message) {
        return new Loaded(file, null, List.of(new Problem(file, line, column, "", message)));
    }

    private static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') { line++; column = 1; } else if ((bytes[i] & 0xC0) != 0x80) { column++; }
        }
        return new int[] {line, column};
    }
}
