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
        return files(folder).parallelStream().map(LessonLoader::read).toList();
    }

    /**
     * A lesson named on the command line: an existing path, else the id of a lesson in the folder.
     * Returns the loaded lesson or its problems; null when nothing has that name.
     */
    public static LessonLoader.Loaded find(String nameOrPath, Path folder) throws IOException {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) return LessonLoader.load(p, false);
        if (!Files.isDirectory(folder)) return null;
        for (LessonLoader.Loaded l : loadAll(folder)) {
            if (l.ok() && l.lesson().id().equals(nameOrPath)) return l;
        }
        for (Path f : files(folder)) {
            String name = f.getFileName().toString();
            if (name.equals(nameOrPath + ".json") || name.replaceFirst("^[0-9]+-", "").equals(nameOrPath + ".json")) {
                return LessonLoader.load(f, false);
            }
        }
        return null;
    }

    /** The ids of the lessons that load, for "did you mean" messages. */
    public static List<String> ids(Path folder) throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(folder)) return ids;
        for (LessonLoader.Loaded l : loadAll(folder)) if (l.ok()) ids.add(l.lesson().id());
        return ids;
    }
}
