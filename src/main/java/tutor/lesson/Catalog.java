package tutor.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every lesson file in the lessons folder, in menu order (by file name); broken ones keep their problems.
 * These loads skip matching the document's figures, which only ./tutor check needs.
 */
public final class Catalog {
    private Catalog() {}

    /** The lessons folder: -Dtutor.lessons, else $TUTOR_LESSONS, else lessons/ here. */
    public static Path folder() {
        String prop = System.getProperty("tutor.lessons");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String env = System.getenv("TUTOR_LESSONS");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of("lessons");
    }

    public static List<Path> files(Path folder) throws IOException {
        // java.io.File rather than a stream over Files.list: this runs before the first frame, where every
        // piece of machinery started costs the learner time.
        String[] names = folder.toFile().list();
        if (names == null) throw new IOException("cannot list " + folder);
        java.util.Arrays.sort(names);
        List<Path> out = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".json") && !name.endsWith(".schema.json") && Files.isRegularFile(folder.resolve(name))) {
                out.add(folder.resolve(name));
            }
        }
        return out;
    }

    public static List<LessonLoader.Loaded> loadAll(Path folder) throws IOException {
        // Lessons load independently; on a lab server's cores in parallel, which shortens the wait for the menu.
        return files(folder).parallelStream().map(p -> LessonLoader.load(p, false)).toList();
    }

    /** Every lesson file read but not checked (see LessonLoader.read), for the first frame of the menu. */
    public static List<LessonLoader.Loaded> readAll(Path folder) throws IOException {
        return readAll(files(folder));
    }

    /** These lesson files read but not checked, in their order. */
    public static List<LessonLoader.Loaded> readAll(List<Path> files) {
        return files.parallelStream().map(LessonLoader::read).toList();
    }

    /**
     * A lesson named on the command line: an existing path, else the id of a lesson in the folder.
     * Returns the loaded lesson or its problems; null when nothing has that name. Only the lesson named is loaded:
     * a file whose name gives the id (tiny.json, 1-tiny.json) is tried first, then each file's id is read alone,
     * so a broken lesson beside it never stands in the way.
     */
    public static LessonLoader.Loaded find(String nameOrPath, Path folder) throws IOException {
        Path p = Path.of(nameOrPath);
        if (Files.exists(p) && !Files.isDirectory(p)) return LessonLoader.load(p, false);
        if (!Files.isDirectory(folder)) return null;
        List<Path> files = files(folder);
        for (Path f : files) {
            if (namedFor(f, nameOrPath) && nameOrPath.equals(idOf(f))) return LessonLoader.load(f, false);
        }
        for (Path f : files) {
            if (nameOrPath.equals(idOf(f))) return LessonLoader.load(f, false);
        }
        for (Path f : files) {
            if (namedFor(f, nameOrPath)) return LessonLoader.load(f, false); // a broken lesson, by its file name
        }
        return null;
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

    private static boolean namedFor(Path f, String id) {
        String name = f.getFileName().toString();
        return name.equals(id + ".json") || name.replaceFirst("^[0-9]+-", "").equals(id + ".json");
    }

    /**
     * The ids of the lesson files in the folder, each once and read alone (see idOf), for "lessons: ..." messages;
     * a broken lesson's id too, since naming it shows what is wrong with it.
     */
    public static List<String> ids(Path folder) throws IOException {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        if (!Files.isDirectory(folder)) return List.of();
        for (Path f : files(folder)) {
            String id = idOf(f);
            if (id != null && ID.matcher(id).matches()) ids.add(id); // anything else is no id to suggest
        }
        return List.copyOf(ids);
    }

    /**
     * A lesson file's id, read cheaply: the top-level "id" string, streamed from a regular file of at most
     * LessonLoader.MAX_BYTES, without reading the rest of the lesson. Null when there is none to read.
     */
    static String idOf(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > LessonLoader.MAX_BYTES) return null;
            try (com.google.gson.stream.JsonReader r = new com.google.gson.stream.JsonReader(
                    new java.io.InputStreamReader(Files.newInputStream(file), java.nio.charset.StandardCharsets.UTF_8))) {
                r.beginObject();
                while (r.hasNext()) {
                    if (r.nextName().equals("id") && r.peek() == com.google.gson.stream.JsonToken.STRING) return r.nextString();
                    r.skipValue();
                }
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
