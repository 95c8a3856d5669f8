package tutor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import tutor.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress file: atomic, merged between sessions, and never a reason to crash. */
class ProgressFileTest {

    @TempDir Path dir;

    static Progress answered(String lesson, String item, boolean right) {
        return Progress.empty().with(lesson, Progress.LessonProgress.NEW.atStep(2)
                .withItem(item, Progress.Item.NEW.answered(right)));
    }

    @Test
    void whatIsSavedLoadsBack() throws Exception {
        ProgressFile store = new ProgressFile(dir);
        assertEquals(Progress.empty(), store.load().progress());
        Progress p = answered("tiny", "fill:0:a:h", true);
        store.save(p, java.util.List.of());
        ProgressFile.Loaded loaded = store.load();
        assertNull(loaded.notice());
        assertEquals(p, loaded.progress());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("progress.json", "progress.lock"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aPracticeAnswerKeepsTheGeneratorItsNumbersCameFrom() throws Exception {
        ProgressFile store = new ProgressFile(dir);
        Progress p = answered("tiny-practice-7", "fill:1:a:h", true).with("tiny", Progress.LessonProgress.NEW
                .withItem("fill:1:a:h", Progress.Item.NEW.answered(false)));
        store.save(p, List.of(new AnswerRecord("tiny-practice-7", 7L, "fill:1:a:h", java.time.Instant.parse("2026-02-01T10:00:00Z"),
                "answer", "0.61", true, null, 0, false, false, 3),
                new AnswerRecord("tiny", null, "fill:1:a:h", java.time.Instant.parse("2026-02-01T10:01:00Z"),
                "answer", "0.2", false, null, 0, false, false)));
        assertEquals(3, store.generator("tiny-practice-7", "fill:1:a:h"));
        assertNull(store.generator("tiny", "fill:1:a:h"), "the lesson's own numbers come from no generator");
        // a later save without answers, from another session that knows nothing of it, keeps it
        new ProgressFile(dir).save(answered("tiny-practice-7", "fill:2:a:o", false), List.of());
        assertEquals(3, store.generator("tiny-practice-7", "fill:1:a:h"));
        assertTrue(Files.readString(dir.resolve("progress.json")).contains("\"generator\": 3"));
        assertEquals(p.lesson("tiny").item("fill:1:a:h"), store.load().progress().lesson("tiny").item("fill:1:a:h"));
        store.replace(store.load().progress().without("tiny"));
        assertEquals(3, store.generator("tiny-practice-7", "fill:1:a:h"), "a reset of another lesson keeps it");
        AnswerRecord now = new AnswerRecord("relu-practice-2", 2L, "x", java.time.Instant.EPOCH, "hint", null, false, null, 1, false, false);
        assertEquals(tutor.quiz.Practice.GENERATOR, now.generator(), "a record made now is on the current generator");
    }

    @Test
    void aReaderNeverSeesHalfAFile() throws Exception {
        ProgressFile writer = new ProgressFile(dir);
        Progress big = Progress.empty();
        for (int i = 0; i < 200; i++) big = big.with("lesson" + i, Progress.LessonProgress.NEW.withItem("fill:0:a:h" + i, Progress.Item.NEW));
        writer.save(big, java.util.List.of());
        AtomicReference<String> seen = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            ProgressFile r = new ProgressFile(dir);
            while (!Thread.currentThread().isInterrupted() && seen.get() == null) {
                try {
                    String text = Files.readString(dir.resolve("progress.json"));
                    if (!text.endsWith("}\n")) seen.set("partial file of " + text.length() + " characters");
                    reads.incrementAndGet();
                } catch (Exception e) {
                    seen.set(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 100; i++) writer.save(big.with("round", Progress.LessonProgress.NEW.atStep(i)), java.util.List.of());
        reader.interrupt();
        reader.join();
        assertNull(seen.get());
        assertTrue(reads.get() > 0);
    }

    @Test
    void twoSessionsLoseNoAnswers() throws Exception {
        ProgressFile first = new ProgressFile(dir);
        ProgressFile second = new ProgressFile(dir);
        Progress a = answered("tiny", "fill:0:a:h", true);
        Progress b = answered("tiny", "fill:0:loss", false).with("relu", Progress.LessonProgress.NEW.atStep(4));
        first.save(a, java.util.List.of());
        second.save(b, java.util.List.of()); // the second session never saw the first one's answer
        Progress a2 = a.with("tiny", a.lesson("tiny").withItem("fill:0:z:o", Progress.Item.NEW.answered(true)));
        first.save(a2, java.util.List.of());
        Progress stored = first.load().progress();
        assertTrue(stored.lesson("tiny").item("fill:0:a:h").right());
        assertEquals(1, stored.lesson("tiny").item("fill:0:loss").attempts());
        assertTrue(stored.lesson("tiny").item("fill:0:z:o").right());
        assertEquals(4, stored.lesson("relu").step());
    }

    @Test
    void mergingKeepsEverything() {
        Progress.Item mine = Progress.Item.NEW.answered(false).answered(true).hinted();
        Progress.Item theirs = Progress.Item.NEW.answered(true).shown();
        Progress merged = Progress.empty().with("x", Progress.LessonProgress.NEW.withItem("k", mine))
                .mergedOver(Progress.empty().with("x", Progress.LessonProgress.NEW.withItem("k", theirs)));
        assertEquals(new Progress.Item(2, true, 1, true, true), merged.lesson("x").item("k"));
    }

    @Test
    void aCorruptFileIsKeptAsideAndTheLearnerStartsAfresh() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 1, \"lessons\": {\"tiny\": [", StandardCharsets.UTF_8);
        ProgressFile.Loaded loaded = new ProgressFile(dir).load();
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.notice().startsWith("Your progress file could not be read; it was kept as progress.json."), loaded.notice());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".unreadable")).count());
        }
        assertTrue(!Files.exists(dir.resolve("progress.json")));
    }

    @Test
    void binaryGarbageToo() throws Exception {
        Files.write(dir.resolve("progress.json"), new byte[] {(byte) 0xff, 0, 1, 2, (byte) 0xfe});
        ProgressFile.Loaded loaded = new ProgressFile(dir).load();
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.notice().contains("could not be read"));
    }

    @Test
    void aNewerFormatIsKeptAsideNotOverwritten() throws Exception {
        Files.writeString(dir.resolve("progress.json"), "{\"format\": 99, \"lessons\": {}, \"future\": true}");
        ProgressFile.Loaded loaded = new ProgressFile(dir).load();
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.notice().contains("was written by a newer version of the tutor"), loaded.notice());
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(f -> f.getFileName().toString().endsWith(".unreadable")).findFirst().orElseThrow();
            assertTrue(Files.readString(aside).contains("\"future\": true"));
        }
    }

    /** Loads with a deadline: a file that is not progress must end in a message within a second or two. */
    private ProgressFile.Loaded loadWithin(long ms) throws Exception {
        java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        try {
            return ex.submit(() -> new ProgressFile(dir).load()).get(ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void aTwentyMegabyteFileIsSetAsideAtOnce() throws Exception {
        byte[] big = new byte[20 << 20];
        java.util.Arrays.fill(big, (byte) '[');
        Files.write(dir.resolve("progress.json"), big);
        ProgressFile.Loaded loaded = loadWithin(2000);
        assertEquals(Progress.empty(), loaded.progress());
        assertTrue(loaded.notice().startsWith("Your progress file is too large (20480 kB); it was kept as progress.json."), loaded.notice());
        assertTrue(!Files.exists(dir.resolve("progress.json")));
    }

    @Test
    void aFifoOrADeviceIsSetAsideWithoutReadingIt() throws Exception {
        Process mk = new ProcessBuilder("mkfifo", dir.resolve("progress.json").toString()).start();
        assertEquals(0, mk.waitFor());
        ProgressFile.Loaded loaded = loadWithin(2000);
        assertTrue(loaded.notice().startsWith("Your progress file is not a regular file; it was kept as"), loaded.notice());
        Files.createSymbolicLink(dir.resolve("progress.json"), Path.of("/dev/zero"));
        loaded = loadWithin(2000);
        assertTrue(loaded.notice().startsWith("Your progress file is not a regular file; it was kept as"), loaded.notice());
        assertTrue(Files.exists(Path.of("/dev/zero")), "the link was moved, not what it points at");
    }

    @Test
    void temporaryFilesLeftByAKilledSessionAreCleanedOnTheNextStart() throws Exception {
        Files.writeString(dir.resolve("progress123.tmp"), "{\"format\": 1, \"lessons\": {");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        new ProgressFile(dir).load();
        assertTrue(!Files.exists(dir.resolve("progress123.tmp")));
        assertTrue(Files.exists(dir.resolve("notes.txt")), "only the tutor's own temporary files");
    }

    @Test
    void whatTheTutorCreatesIsReadableByItsOwnerOnly() throws Exception {
        Path inner = dir.resolve("state/backprop-tutor");
        new ProgressFile(inner).save(answered("tiny", "k", true), List.of());
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(inner)));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(inner.resolve("progress.json"))));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(inner.resolve("progress.lock"))));
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhereAndWhy() throws Exception {
        Files.writeString(dir.resolve("state"), "a file where the folder should be");
        ProgressFile store = new ProgressFile(dir.resolve("state/backprop-tutor"));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> store.save(answered("tiny", "k", true), List.of()));
        String said = Failure.why(e);
        assertTrue(said.contains(dir.resolve("state").toString()), said);
        assertTrue(said.endsWith(": is a file, not a folder"), said);
    }
}
