package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.sqlite.ClassDatabase;

/** ./tutor sheet: which sheets are made, where, named how, with which seeds, and what a wrong command line is told. */
class SheetCommandTest {
    @TempDir Path dir;

    /** Through Main, as the launcher runs it: a usage error is exit 2 and a message. */
    ProgressAndPracticeCommandTest.Run run(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = tutor.Main.run(args, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        return new ProgressAndPracticeCommandTest.Run(code, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private List<String> files(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSheetAndAKeyPerSeedInTheFolderAsked() throws Exception {
        Path out = dir.resolve("out");
        var r = run("sheet", "tiny", "--seeds", "3,5-6", "--format", "txt", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("tiny-seed-3-key.txt", "tiny-seed-3.txt", "tiny-seed-5-key.txt", "tiny-seed-5.txt",
                "tiny-seed-6-key.txt", "tiny-seed-6.txt"), files(out));
        assertTrue(r.out().startsWith("Wrote 3 sheets of tiny with their keys to " + out), r.out());
        String sheet = Files.readString(out.resolve("tiny-seed-5.txt"));
        assertTrue(sheet.contains("./tutor --practice tiny --seed 5 gives these numbers"), sheet);
        // the same numbers as ./tutor print --seed, which the practice session shows
        var print = run("print", "tiny", "--seed", "5", "--key");
        String key = Files.readString(out.resolve("tiny-seed-5-key.txt"));
        for (String line : print.out().split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(" = (\\S+)   \\(").matcher(line);
            if (m.find()) assertTrue(key.contains("Answer: " + m.group(1) + " "), "the key has " + m.group(1) + "\n" + key);
        }
    }

    @Test
    void formsAreLetteredAndTheirSeedsAreOnTheKeysOnly() throws Exception {
        Path out = dir.resolve("forms");
        var r = run("sheet", "relu", "--forms", "3", "--format", "md", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("relu-form-A-key.md", "relu-form-A.md", "relu-form-B-key.md", "relu-form-B.md",
                "relu-form-C-key.md", "relu-form-C.md"), files(out));
        assertFalse(Files.readString(out.resolve("relu-form-B.md")).contains("--seed"));
        assertTrue(Files.readString(out.resolve("relu-form-B-key.md")).contains("Form B is seed 2."));
        var chosen = run("sheet", "relu", "--forms", "2", "--seeds", "40,41", "--out", dir.resolve("chosen").toString());
        assertEquals(0, chosen.exit(), chosen.err());
        assertTrue(Files.readString(dir.resolve("chosen/relu-form-B-key.md")).contains("Form B is seed 41."));
    }

    @Test
    void aBookletIsOneFile() throws Exception {
        Path out = dir.resolve("b");
        var r = run("sheet", "two-outputs", "--seeds", "1-4", "--format", "tex", "--booklet", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("two-outputs-booklet.tex"), files(out));
        String tex = Files.readString(out.resolve("two-outputs-booklet.tex"));
        assertEquals(7, tex.split("\\\\clearpage", -1).length - 1, "4 sheets then 4 keys, each on a new page");
        assertTrue(r.out().contains("pdflatex two-outputs-booklet.tex"), r.out());
    }

    @Test
    void aRosterGivesEachStudentTheSeedClassSheetsGaveThem() throws Exception {
        Path roster = dir.resolve("class.csv");
        Files.writeString(roster, "id,name,role\nada,Ada Lovelace\nalan,\"Turing, Alan\"\nmiss,Ms Teacher,teacher\n");
        Path state = dir.resolve("state");
        try (ClassDatabase db = ClassDatabase.open(state, Clock.systemUTC())) {
            db.enrol(tutor.server.Roster.read(roster));
            db.setSeed("ada", 4711);
        }
        Path out = dir.resolve("class");
        var r = run("sheet", "shared-bias", "--roster", roster.toString(), "--state", state.toString(), "--format", "txt",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("shared-bias-ada-key.txt", "shared-bias-ada.txt", "shared-bias-alan-key.txt", "shared-bias-alan.txt"),
                files(out), "a sheet per student; the teacher gets none");
        String ada = Files.readString(out.resolve("shared-bias-ada.txt"));
        assertTrue(ada.contains("Name: Ada Lovelace") && ada.contains("--seed 4711 "), ada);
        long alanSeed = SheetCommand.seedOf("alan");
        assertTrue(Files.readString(out.resolve("shared-bias-alan.txt")).contains("Name: Turing, Alan"));
        assertTrue(Files.readString(out.resolve("shared-bias-alan.txt")).contains("--seed " + alanSeed + " "));
        assertTrue(r.err().contains("1 of 2 students have no practice seed in the class database"), r.err());
        assertEquals(alanSeed, SheetCommand.seedOf("ALAN"), "a seed made from an id is the same every time, whatever its case");

        // without a class database: every seed made from the id, and no database made
        Path none = dir.resolve("nostate");
        var r2 = run("sheet", "tiny", "--roster", roster.toString(), "--state", none.toString(), "--out", dir.resolve("o2").toString());
        assertEquals(0, r2.exit(), r2.err());
        assertFalse(Files.exists(none.resolve(ClassDatabase.FILE)), "reading seeds never starts a class");
        assertTrue(Files.readString(dir.resolve("o2/tiny-ada.md")).contains("--seed " + SheetCommand.seedOf("ada") + "`"));
    }

    @Test
    void seedsAreReadAsRanges() throws Exception {
        assertEquals(List.of(1L, 2L, 3L), SheetCommand.seeds("1-3"));
        assertEquals(List.of(7L, 3L, 4L, 5L), SheetCommand.seeds("7, 3-5,4"));
        for (String bad : new String[] {"", "a", "5-3", "-2", "1-", "1-5000", "99999999999"}) {
            Args.UsageException e = org.junit.jupiter.api.Assertions.assertThrows(Args.UsageException.class,
                    () -> SheetCommand.seeds(bad), bad);
            assertTrue(e.getMessage().contains("--seeds"), e.getMessage());
        }
    }

    @Test
    void aWrongCommandLineIsToldWhatToDo() throws Exception {
        String out = dir.resolve("x").toString();
        assertUsage(run("sheet", "tiny", "--out", out), "say which sheets: --seeds 1-30, --roster class.csv or --forms 3");
        assertUsage(run("sheet", "tiny", "--seeds", "1", "--format", "pdf", "--out", out), "--format takes md, tex or txt");
        assertUsage(run("sheet", "tiny", "--forms", "27", "--out", out), "--forms takes a whole number from 1 to 26");
        assertUsage(run("sheet", "tiny", "--forms", "2", "--seeds", "1-3", "--out", out), "--forms 2 takes 2 seeds");
        assertUsage(run("sheet", "tiny", "--roster", "c.csv", "--seeds", "1", "--out", out), "--roster gives each student");
        assertUsage(run("sheet", "tiny", "--seeds", "1", "--state", "s", "--out", out), "--state is where");
        assertUsage(run("sheet", "nope", "--seeds", "1", "--out", out), "no lesson \"nope\"");
        assertUsage(run("sheet", "tiny", "--roster", dir.resolve("missing.csv").toString(), "--out", out), "cannot read the roster");
        assertFalse(Files.exists(dir.resolve("x")), "nothing is written after a wrong command line");
    }

    @Test
    void helpOffersIt() {
        String help = run("--help").out();
        assertTrue(help.contains("./tutor sheet LESSON         exam sheets on practice numbers, with answer keys"), help);
        assertTrue(help.contains("[--seeds 1-30 | --roster class.csv [--state DIR] | --forms N]"), help);
    }

    private static void assertUsage(ProgressAndPracticeCommandTest.Run r, String words) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(words), "expected \"" + words + "\" in: " + r.err());
    }
}
