package tutor.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import tutor.progress.Progress;
import tutor.progress.StateDir;

/**
 * progress.json in the state folder: the store of the tutor on one's own machine. Written atomically (a temporary
 * file renamed over the old one) under a lock, merged with what is on disk, so a crash never leaves half a file and
 * two sessions lose no answers. A file that cannot be read (broken, newer, too large, not a file at all) is kept
 * aside under another name and the learner starts fresh. Everything it creates is readable by its owner only.
 * Each item's record is the answer log here: the class database keeps the full log. An item of a practice sheet
 * also keeps the version of the practice draw its answers were made on ("generator", see Practice.GENERATOR).
 */
public final class ProgressFile implements LearnerStore {
    /** Far above any real progress (a few kB a lesson); a larger file is not ours and is never read whole. */
    public static final long MAX_BYTES = 4L << 20;

    /** Made on the first save, not when the class loads: the start of the tutor has no use for it. */
    private static final class Writer {
        static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    }

    private final Path dir;
    private final Path file;

    public ProgressFile(Path dir) {
        this.dir = dir;
        this.file = dir.resolve("progress.json");
    }

    /** The learner's own file, or a store that says why there is none (no home directory). */
    public static LearnerStore standard() {
        try {
            return new ProgressFile(StateDir.path());
        } catch (StateDir.Unavailable e) {
            return LearnerStore.unavailable(e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    @Override public String where() {
        return file.toString();
    }

    @Override public Loaded load() {
        cleanTemporaryFiles();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return new Loaded(Progress.empty(), null);
        try {
            return new Loaded(read(), null);
        } catch (Unreadable e) {
            return new Loaded(Progress.empty(), setAside(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return new Loaded(Progress.empty(), setAside("could not be read"));
        }
    }

    @Override public Progress save(Progress mine, List<AnswerRecord> answers) throws IOException {
        return locked(() -> {
            Progress disk;
            Map<String, Integer> generators;
            try {
                JsonObject root = Files.exists(file) ? readJson() : null;
                disk = root == null ? Progress.empty() : progressOf(root);
                generators = root == null ? new LinkedHashMap<>() : generatorsOf(root);
            } catch (IOException | RuntimeException e) {
                disk = Progress.empty(); // unreadable now: it was set aside at load or is ours to replace
                generators = new LinkedHashMap<>();
            }
            for (AnswerRecord a : answers) if (a.generator() != null) generators.put(itemKey(a.lesson(), a.item()), a.generator());
            Progress merged = mine.mergedOver(disk);
            write(merged, generators);
            return merged;
        });
    }

    /** Replaces what is stored (reset): no merging. */
    public void replace(Progress progress) throws IOException {
        locked(() -> {
            Map<String, Integer> generators;
            try {
                generators = Files.exists(file) ? generatorsOf(readJson()) : Map.of();
            } catch (IOException | RuntimeException e) {
                generators = Map.of();
            }
            write(progress, generators);
            return progress;
        });
    }

    private interface Locked {
        Progress run() throws IOException;
    }

    /** File locks are per process: threads of one process (two sessions in a test) also take this lock. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Object> IN_PROCESS = new java.util.concurrent.ConcurrentHashMap<>();

    private Progress locked(Locked body) throws IOException {
        createDirectory();
        synchronized (IN_PROCESS.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> new Object())) {
            return lockedFile(body);
        }
    }

    private Progress lockedFile(Locked body) throws IOException {
        try (FileChannel lockChannel = FileChannel.open(dir.resolve("progress.lock"), Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
             FileLock lock = lockChannel.lock()) {
            return body.run();
        }
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(dir)) return;
        Files.createDirectories(dir.getParent() == null ? dir : dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another session made it first
        }
    }

    /** Temporary files left by a session killed mid-write; removed under the lock, so never a live writer's. */
    private void cleanTemporaryFiles() {
        if (!Files.isDirectory(dir)) return;
        try {
            locked(() -> {
                try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, "progress*.tmp")) {
                    for (Path p : left) Files.deleteIfExists(p);
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            // a read-only folder keeps its leftovers; saving will say what is wrong
        }
    }

    private Progress read() throws IOException {
        return progressOf(readJson());
    }

    /** Reads the file, bounded: a FIFO, a device or a huge file is refused before anything is read whole. */
    private JsonObject readJson() throws IOException {
        if (!Files.isRegularFile(file)) throw new Unreadable("is not a regular file");
        String text;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > MAX_BYTES) throw new Unreadable("is too large (" + ch.size() / 1024 + " kB)");
            ByteBuffer buf = ByteBuffer.allocate((int) ch.size() + 1);
            while (buf.hasRemaining() && ch.read(buf) > 0) { /* fill */ }
            if (!buf.hasRemaining()) throw new Unreadable("is too large");
            buf.flip();
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(buf).toString();
            } catch (CharacterCodingException e) {
                throw new Unreadable("could not be read");
            }
        }
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        int format = root.get("format").getAsInt();
        if (format > Progress.FORMAT) throw new Unreadable("was written by a newer version of the tutor");
        return root;
    }

    private static Progress progressOf(JsonObject root) {
        Map<String, Progress.LessonProgress> lessons = new LinkedHashMap<>();
        // Read by hand: Gson's reflective record adapters cost a noticeable part of start-up.
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("lessons").entrySet()) {
            JsonObject l = e.getValue().getAsJsonObject();
            Map<String, Progress.Item> items = new LinkedHashMap<>();
            JsonObject its = l.has("items") ? l.getAsJsonObject("items") : new JsonObject();
            for (Map.Entry<String, JsonElement> i : its.entrySet()) {
                JsonObject o = i.getValue().getAsJsonObject();
                Instant last = o.has("last") ? Instant.parse(o.get("last").getAsString()) : null;
                items.put(i.getKey(), new Progress.Item(Math.max(0, o.get("attempts").getAsInt()),
                        o.get("firstTryRight").getAsBoolean(), Math.max(0, o.get("hints").getAsInt()),
                        o.get("revealed").getAsBoolean(), o.get("right").getAsBoolean(),
                        o.has("seen") && o.get("seen").getAsBoolean(), last));
            }
            lessons.put(e.getKey(), new Progress.LessonProgress(Math.max(0, l.get("step").getAsInt()),
                    Math.max(0, l.get("furthest").getAsInt()), items));
        }
        return new Progress(lessons);
    }

    /** The practice draw's version each practice item was answered on, keyed by lesson and item. */
    private static Map<String, Integer> generatorsOf(JsonObject root) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("lessons").entrySet()) {
            JsonObject l = e.getValue().getAsJsonObject();
            if (!l.has("items")) continue;
            for (Map.Entry<String, JsonElement> i : l.getAsJsonObject("items").entrySet()) {
                JsonObject o = i.getValue().getAsJsonObject();
                if (o.has("generator")) out.put(itemKey(e.getKey(), i.getKey()), o.get("generator").getAsInt());
            }
        }
        return out;
    }

    /** The practice generator recorded for one item of a lesson, or null (the lesson's own numbers, or not recorded). */
    public Integer generator(String lesson, String item) throws IOException {
        return Files.exists(file) ? generatorsOf(readJson()).get(itemKey(lesson, item)) : null;
    }

    private static String itemKey(String lesson, String item) {
        return lesson + '\u0000' + item;
    }

    private void write(Progress p, Map<String, Integer> generators) throws IOException {
        JsonObject lessons = new JsonObject();
        for (Map.Entry<String, Progress.LessonProgress> e : p.lessons().entrySet()) {
            JsonObject l = new JsonObject();
            l.addProperty("step", e.getValue().step());
            l.addProperty("furthest", e.getValue().furthest());
            JsonObject items = new JsonObject();
            for (Map.Entry<String, Progress.Item> i : e.getValue().items().entrySet()) {
                JsonObject o = new JsonObject();
                Progress.Item it = i.getValue();
                o.addProperty("attempts", it.attempts());
                o.addProperty("firstTryRight", it.firstTryRight());
                o.addProperty("hints", it.hints());
                o.addProperty("revealed", it.revealed());
                o.addProperty("right", it.right());
                if (it.seen()) o.addProperty("seen", true);
                if (it.last() != null) o.addProperty("last", it.last().toString());
                Integer generator = generators.get(itemKey(e.getKey(), i.getKey()));
                if (generator != null) o.addProperty("generator", generator);
                items.add(i.getKey(), o);
            }
            l.add("items", items);
            lessons.add(e.getKey(), l);
        }
        JsonObject root = new JsonObject();
        root.addProperty("format", Progress.FORMAT);
        root.add("lessons", lessons);
        Path tmp = Files.createTempFile(dir, "progress", ".tmp"); // created readable by its owner only
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(Writer.GSON.toJson(root) + "\n");
                while (bytes.hasRemaining()) ch.write(bytes);
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String setAside(String why) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = dir.resolve("progress.json." + stamp + ".unreadable");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
            return "Your progress file " + why + "; it was kept as " + aside.getFileName() + " and you start afresh.";
        } catch (IOException e) {
            return "Your progress file " + why + " and could not be moved aside (" + Failure.why(e)
                    + "); it will be replaced when progress is next saved.";
        }
    }

    /** The file is there but is not progress this tutor can read; the message ends "Your progress file ...". */
    private static final class Unreadable extends IOException {
        Unreadable(String why) {
            super(why);
        }
    }
}
