package tutor.lesson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return fail(file, 1, 1, String.format("the file is %.1f MB; a lesson may be at most 1 MB", size / 1e6));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return fail(file, 0, 0, "no such file");
        } catch (IOException e) {
            return fail(file, 0, 0, "cannot read the file: " + e.getMessage());
        }
        String text;
        try {
            text = utf8(bytes);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int[] at = lineAndColumn(bytes, bad);
            return fail(file, at[0], at[1], "the file is not UTF-8 text (byte " + bad + " cannot start or continue a "
                    + "UTF-8 character); save it as UTF-8");
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
            if (Files.size(path) > MAX_BYTES) return load(path, false);
            String text = utf8(Files.readAllBytes(path));
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            Json.Node root = Json.parse(text);
            LessonReader.Result r = LessonReader.read(file, root);
            return r.lesson() != null ? new Loaded(file, r.lesson(), List.of()) : new Loaded(file, null, located(r.problems(), root, text));
        } catch (IOException | Json.SyntaxError e) {
            return load(path, false); // the full load says precisely what is wrong
        }
    }

    /** Loads from text already in memory (the file name is only for messages). */
    static Loaded parse(String file, String text, boolean figures) {
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
    }

    /** Gives each problem the line and column of its path, or of the nearest value around it that exists. */
    private static List<Problem> located(List<Problem> problems, Json.Node root, String text) {
        List<String> nodes = new java.util.ArrayList<>();
        for (Problem p : problems) nodes.add(Json.find(root, p.path()).path());
        java.util.Map<String, int[]> at = Json.locate(text, new java.util.HashSet<>(nodes));
        List<Problem> out = new java.util.ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            int[] lc = at.getOrDefault(nodes.get(i), new int[] {1, 1});
            out.add(new Problem(p.file(), lc[0], lc[1], p.path(), p.message()));
        }
        return out;
    }

    private static Loaded fail(String file, int line, int column, String message) {
        return new Loaded(file, null, List.of(new Problem(file, line, column, "", message)));
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        for (int end = 1; end <= bytes.length; end++) {
            try {
                utf8(java.util.Arrays.copyOf(bytes, end));
            } catch (CharacterCodingException e) {
                // A prefix that ends inside a valid multi-byte character also fails; look for the start.
                if (end == bytes.length || (bytes[end] & 0xC0) != 0x80) {
                    int start = end - 1;
                    while (start > 0 && (bytes[start] & 0xC0) == 0x80) start--;
                    try {
                        utf8(java.util.Arrays.copyOf(bytes, start));
                        return start;
                    } catch (CharacterCodingException inner) {
                        return end - 1;
                    }
                }
            }
        }
        return bytes.length;
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
