package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.lesson.Catalog;
import tutor.lesson.LessonLoader;
import tutor.tui.MenuEntry;

/** The remembered menu is used only for the lesson files exactly as they were, and is only ever a cache. */
class MenuCacheTest {

    private static List<Path> copyLessons(Path to) throws Exception {
        Files.createDirectories(to);
        for (Path p : Catalog.files(Path.of("lessons"))) Files.copy(p, to.resolve(p.getFileName()));
        return Catalog.files(to);
    }

    private static List<MenuEntry> read(List<Path> files) {
        List<MenuEntry> out = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.readAll(files)) out.add(MenuEntry.unchecked(l));
        return out;
    }

    @Test
    void cardsKeptAreTheCardsReadBackForTheSameFiles(@TempDir Path dir) throws Exception {
        List<Path> files = copyLessons(dir.resolve("lessons"));
        Path file = dir.resolve("state/menu-cache.json");
        assertNull(MenuCache.of(file, files).read(), "nothing remembered yet");
        List<MenuEntry> menu = read(files);
        MenuCache.of(file, files).write(menu);
        List<MenuEntry> back = MenuCache.of(file, files).read();
        assertNotNull(back);
        assertEquals(menu.size(), back.size());
        for (int i = 0; i < menu.size(); i++) {
            assertEquals(menu.get(i).card(), back.get(i).card());
            assertEquals(menu.get(i).file(), back.get(i).file());
            assertFalse(back.get(i).ok(), "a remembered entry is drawn, never opened");
        }
        assertFalse(Files.exists(dir.resolve("state/menu-cache.json.tmp")), "no temporary file left");
    }

    @Test
    void aLessonChangedAddedOrRemovedMakesTheCardsUnused(@TempDir Path dir) throws Exception {
        List<Path> files = copyLessons(dir.resolve("lessons"));
        Path file = dir.resolve("menu-cache.json");
        MenuCache.of(file, files).write(read(files));

        Path first = files.get(0);
        FileTime was = Files.getLastModifiedTime(first);
        Files.setLastModifiedTime(first, FileTime.fromMillis(was.toMillis() + 2000));
        assertNull(MenuCache.of(file, files).read(), "a lesson touched since");
        Files.setLastModifiedTime(first, was);
        assertNotNull(MenuCache.of(file, files).read(), "as it was again");

        assertNull(MenuCache.of(file, files.subList(1, files.size())).read(), "a lesson fewer");
        Path extra = dir.resolve("lessons/9-extra.json");
        Files.copy(first, extra);
        assertNull(MenuCache.of(file, Catalog.files(dir.resolve("lessons"))).read(), "a lesson more");
    }

    @Test
    void aBrokenLessonIsNeverRememberedAndABadCacheIsNeverUsed(@TempDir Path dir) throws Exception {
        List<Path> files = copyLessons(dir.resolve("lessons"));
        Files.writeString(files.get(1), "{ \"id\": ");
        Path file = dir.resolve("menu-cache.json");
        MenuCache.of(file, files).write(read(files));
        assertFalse(Files.exists(file), "a broken lesson is read afresh every time");

        for (String junk : new String[] {"", "[]", "{\"key\": 3}", "{\"key\": \"x\", \"cards\": []}", "not json", "{\"cards\": null}"}) {
            Files.writeString(file, junk);
            assertNull(MenuCache.of(file, files).read(), junk);
        }
        Files.writeString(file, "x".repeat(300_000));
        assertNull(MenuCache.of(file, files).read(), "a file too large to be ours");
    }

    @Test
    void aCacheThatCannotBeWrittenIsSimplyNotKept(@TempDir Path dir) throws Exception {
        List<Path> files = copyLessons(dir.resolve("lessons"));
        Path notADir = dir.resolve("a-file");
        Files.writeString(notADir, "");
        MenuCache.of(notADir.resolve("menu-cache.json"), files).write(read(files));
        assertTrue(Files.isRegularFile(notADir));
        assertNull(MenuCache.of(notADir.resolve("menu-cache.json"), files).read());
    }
}
