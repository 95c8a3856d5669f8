package tutor.progress;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * progress.json in the state folder. Written atomically (a temporary file renamed over the old one) under a
 * lock, merged with what is on disk, so a crash never leaves half a file and two sessions lose no answers.
 * A file that cannot be read is kept aside under another name and the learner starts fresh.
 */
public final class ProgressStore {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path dir;
    private final Path file;

    public ProgressStore(Path dir) {
        this.dir = dir;
        this.file = dir.resolve("progress.json");
    }

    public static ProgressStore standard() {
        return new ProgressStore(StateDir.path());
    }

    public Path file() { return file; }

    /** The progress on disk, and a notice for the learner when the file had to be set aside (else null). */
    public record Loaded(Progress progress, String notice) {}

    public Loaded load() {
        if (!Files.exists(file)) return new Loaded(Progress.empty(), null);
        try {
            return new Loaded(read(), null);
        } catch (NewerFormat e) {
            return new Loaded(Progress.empty(), setAside("was written by a newer version of the tutor"));
        } catch (IOException | RuntimeException e) {
            return new Loaded(Progress.empty(), setAside("could not be read"));
        }
    }

    /** Writes this session's progress merged over what is on disk; returns what is now stored. */
    public Progress save(Progress mine) throws IOException {
        Files.createDirectories(dir);
        try (FileChannel lockChannel = FileChannel.open(dir.resolve("progress.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockChannel.lock()) {
            Progress disk;
            try {
                disk = Files.exists(file) ? read() : Progress.empty();
            } catch (IOException | RuntimeException e) {
                disk = Progress.empty(); // unreadable now: it was set aside at load or is ours to replace
            }
            Progress merged = mine.mergedOver(disk);
            write(merged);
            return merged;
        }
    }

    /** Replaces what is stored (reset): no merging. */
    public void replace(Progress progress) throws IOException {
        Files.createDirectories(dir);
        try (FileChannel lockChannel = FileChannel.open(dir.resolve("progress.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockChannel.lock()) {
            write(progress);
        }
    }

    private Progress read() throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        int format = root.get("format").getAsInt();
        if (format > Progress.FORMAT) throw new NewerFormat();
        Map<String, Progress.LessonProgress> lessons = new LinkedHashMap<>();
        // Read by hand: Gson's reflective record adapters cost a noticeable part of start-up.
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("lessons").entrySet()) {
            JsonObject l = e.getValue().getAsJsonObject();
            Map<String, Progress.Item> items = new LinkedHashMap<>();
            JsonObject its = l.has("items") ? l.getAsJsonObject("items") : new JsonObject();
            for (Map.Entry<String, JsonElement> i : its.entrySet()) {
                JsonObject o = i.getValue().getAsJsonObject();
                items.put(i.getKey(), new Progress.Item(Math.max(0, o.get("attempts").getAsInt()),
                        o.get("firstTryRight").getAsBoolean(), Math.max(0, o.get("hints").getAsInt()),
                        o.get("revealed").getAsBoolean(), o.get("right").getAsBoolean()));
            }
            lessons.put(e.getKey(), new Progress.LessonProgress(Math.max(0, l.get("step").getAsInt()),
                    Math.max(0, l.get("furthest").getAsInt()), items));
        }
        return new Progress(lessons);
    }

    private void write(Progress p) throws IOException {
        JsonObject lessons = new JsonObject();
        for (Map.Entry<String, Progress.LessonProgress> e : p.lessons().entrySet()) {
            JsonObject l = new JsonObject();
            l.addProperty("step", e.getValue().step());
            l.addProperty("furthest", e.getValue().furthest());
            JsonObject items = new JsonObject();
            for (Map.Entry<String, Progress.Item> i : e.getValue().items().entrySet()) {
                JsonObject o = new JsonObject();
                o.addProperty("attempts", i.getValue().attempts());
                o.addProperty("firstTryRight", i.getValue().firstTryRight());
                o.addProperty("hints", i.getValue().hints());
                o.addProperty("revealed", i.getValue().revealed());
                o.addProperty("right", i.getValue().right());
                items.add(i.getKey(), o);
            }
            l.add("items", items);
            lessons.add(e.getKey(), l);
        }
        JsonObject root = new JsonObject();
        root.addProperty("format", Progress.FORMAT);
        root.add("lessons", lessons);
        Path tmp = Files.createTempFile(dir, "progress", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(StandardCharsets.UTF_8.encode(GSON.toJson(root) + "\n"));
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
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "Your progress file " + why + "; it was kept as " + aside.getFileName() + " and you start afresh.";
        } catch (IOException e) {
            return "Your progress file " + why + " and could not be moved aside (" + e.getMessage()
                    + "); it will be replaced when progress is next saved.";
        }
    }

    private static final class NewerFormat extends IOException {
        NewerFormat() {
            super("newer format");
        }
    }
}
