package tutor.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import tutor.tui.MenuCard;
import tutor.tui.MenuEntry;

/**
 * The menu's cards from the last start, kept beside the learner's progress, so that the first frame is drawn
 * while the lessons are still being read (reading five lessons cold is most of the time to the first frame).
 * A card is used only while its lesson file, its folder and the tutor itself are exactly as they were; the
 * lessons read afterwards replace it on screen, and it is never opened. Only a cache: a file that is missing,
 * stale, unreadable or unwritable is simply not used, and nothing is said.
 */
final class MenuCache {
    /** Far above five lessons' cards; a larger file is not ours. */
    private static final long MAX_BYTES = 256 * 1024;

    private final Path file;
    private final List<Path> lessons;
    private final String key;

    private MenuCache(Path file, List<Path> lessons, String key) {
        this.file = file;
        this.lessons = lessons;
        this.key = key;
    }

    /** The cache for this folder's lessons as they are now (what it holds is compared to this). */
    static MenuCache of(Path file, List<Path> lessons) throws IOException {
        StringBuilder key = new StringBuilder(Commands.version()).append('|').append(stamp(codeSource()));
        for (Path p : lessons) key.append('|').append(p.toAbsolutePath()).append('|').append(stamp(p));
        return new MenuCache(file, lessons, key.toString());
    }

    /** The remembered entries, one per lesson file, or null when there are none for the lessons as they are. */
    List<MenuEntry> read() {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return null;
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!key.equals(root.get("key").getAsString())) return null;
            JsonArray cards = root.getAsJsonArray("cards");
            if (cards.size() != lessons.size()) return null;
            List<MenuEntry> out = new ArrayList<>();
            for (int i = 0; i < cards.size(); i++) out.add(MenuEntry.remembered(lessons.get(i).toString(), card(cards.get(i).getAsJsonObject())));
            return out;
        } catch (IOException | RuntimeException unusable) {
            return null;
        }
    }

    /** Keeps the cards of the entries just read, when every lesson has one (a broken file is always read afresh). */
    void write(List<MenuEntry> entries) {
        JsonArray cards = new JsonArray();
        for (MenuEntry e : entries) {
            if (e.card() == null) return;
            cards.add(json(e.card()));
        }
        JsonObject root = new JsonObject();
        root.addProperty("key", key);
        root.add("cards", cards);
        try {
            Files.createDirectories(file.getParent());
            // One fixed temporary name: a session killed while writing leaves one file, which the next overwrites.
            // Two sessions writing at once can at worst leave a cache that does not parse, which is not used.
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, root.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException notKept) {
            // the next start reads the lessons before its first frame, as without a cache
        }
    }

    private static String stamp(Path p) throws IOException {
        if (p == null) return "?";
        return Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
    }

    /** The jar (or classes folder) the tutor runs from: a new build may draw cards differently. */
    private static Path codeSource() {
        try {
            return Path.of(MenuCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception unknown) {
            return null;
        }
    }

    private static JsonObject json(MenuCard c) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("title", c.title());
        if (c.source() != null) o.addProperty("source", c.source());
        o.addProperty("shape", c.shape());
        o.addProperty("steps", c.steps());
        o.addProperty("questions", c.questions());
        o.addProperty("loss", c.loss());
        o.addProperty("examples", c.examples());
        o.addProperty("errata", c.errata());
        o.addProperty("decimals", c.decimals());
        return o;
    }

    private static MenuCard card(JsonObject o) {
        JsonElement source = o.get("source");
        return new MenuCard(o.get("id").getAsString(), o.get("title").getAsString(),
                source == null || source.isJsonNull() ? null : source.getAsString(), o.get("shape").getAsString(),
                o.get("steps").getAsInt(), o.get("questions").getAsInt(), o.get("loss").getAsString(),
                o.get("examples").getAsInt(), o.get("errata").getAsInt(), o.get("decimals").getAsInt());
    }
}
