package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.engine.Backprop;
import tutor.engine.Precision;
import tutor.engine.Quantity;
import tutor.engine.Trace;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.quiz.Practice;

/**
 * ./tutor export LESSON --numpy: the script of every lesson (each example) and of 20 practice seeds of each runs
 * under Debian's python3 with python3-numpy and prints the engine's exact numbers to 1e-12.
 */
class ExportCommandTest {

    static final String PYTHON = "/usr/bin/python3";
    static final int SEEDS = 20;

    @TempDir Path dir;

    @BeforeAll
    static void numpyIsThere() throws Exception {
        boolean present = Files.isExecutable(Path.of(PYTHON)) && python(List.of(PYTHON, "-c", "import numpy")).exit == 0;
        if (!present && System.getenv("CI") != null) fail(PYTHON + " with NumPy is missing: .ci/run installs python3-numpy");
        Assumptions.assumeTrue(present, PYTHON + " with NumPy is not installed here (CI installs it and fails without)");
    }

    @Test
    void everyLessonsScriptPrintsTheEnginesNumbers() throws Exception {
        int compared = 0;
        for (LessonLoader.Loaded loaded : Catalog.loadAll(Path.of("lessons"))) {
            Lesson lesson = loaded.lesson();
            for (int e = 0; e < lesson.examples().size(); e++) {
                CommandLineTest.Run r = CommandLineTest.run("export", lesson.id(), "--numpy", "--example", String.valueOf(e));
                assertEquals(0, r.exit(), r.err());
                Path script = dir.resolve(lesson.id() + "-" + e + ".py");
                Files.writeString(script, r.out(), StandardCharsets.UTF_8);
                Result run = python(List.of(PYTHON, script.toString()));
                assertEquals(0, run.exit, lesson.id() + ":\n" + run.err);
                compared += compare(trace(lesson, e), parse(run.out), lesson.id() + " example " + e);
            }
        }
        assertTrue(compared > 150, "compared " + compared);
    }

    @Test
    void practiceSheetsScriptsPrintTheEnginesNumbers() throws Exception {
        List<Path> scripts = new ArrayList<>();
        List<Trace> traces = new ArrayList<>();
        for (LessonLoader.Loaded loaded : Catalog.loadAll(Path.of("lessons"))) {
            for (int seed = 1; seed <= SEEDS; seed++) {
                Lesson sheet = Practice.of(loaded.lesson(), seed);
                Path script = dir.resolve(loaded.lesson().id().replace('-', '_') + "_" + seed + ".py");
                CommandLineTest.Run r = CommandLineTest.run("export", loaded.lesson().id(), "--seed", String.valueOf(seed), "--numpy");
                assertEquals(0, r.exit(), r.err());
                Files.writeString(script, r.out(), StandardCharsets.UTF_8);
                scripts.add(script);
                traces.add(trace(sheet, 0));
            }
        }
        // One interpreter runs them all, each as its own __main__ (NumPy loads once), with a line between.
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-c",
                "import runpy, sys\nfor f in sys.argv[1:]:\n    runpy.run_path(f, run_name='__main__')\n    print('----')"));
        for (Path s : scripts) cmd.add(s.toString());
        Result run = python(cmd);
        assertEquals(0, run.exit, run.err);
        String[] outputs = run.out.split("----\n", -1);
        assertEquals(scripts.size() + 1, outputs.length);
        int compared = 0;
        for (int i = 0; i < scripts.size(); i++) compared += compare(traces.get(i), parse(outputs[i]), scripts.get(i).getFileName().toString());
        assertTrue(compared > 100 * 20, "compared " + compared);
    }

    @Test
    void theScriptIsPlainAsciiWithTheLessonsNames() {
        CommandLineTest.Run r = CommandLineTest.run("export", "two-outputs", "--numpy");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().chars().allMatch(c -> c < 128), "ASCII only");
        // The learner's own names: b1 for the label of bH1, T1 for a target, out_H1 in the printed names.
        assertTrue(r.out().contains("\nb1 = 0.355\n"), r.out());
        assertTrue(r.out().contains("\nT1 = 0.01  # target of Y1\n"), r.out());
        assertTrue(r.out().contains("show(\"a:H1\", \"out_H1\", a_1[0])"), r.out());
        assertTrue(r.out().contains("dL_db3 = db_2[0] + db_2[1]"), "a shared bias adds its two paths\n" + r.out());
        assertTrue(r.out().contains("w5_new = w5 - eta * dL_dw5"), r.out());
    }

    @Test
    void withoutAFormatItSaysWhichThereIs() {
        CommandLineTest.Run r = CommandLineTest.run("export", "tiny");
        assertEquals(Exit.USAGE, r.exit());
        assertTrue(r.err().contains("--numpy"), r.err());
        assertEquals(Exit.USAGE, CommandLineTest.run("export", "nonesuch", "--numpy").exit());
        assertEquals(Exit.USAGE, CommandLineTest.run("export", "relu", "--numpy", "--example", "7").exit());
    }

    private static Trace trace(Lesson lesson, int example) {
        return Backprop.trace(lesson.network(), lesson.parameters(), lesson.examples().get(example), Precision.EXACT);
    }

    /** Every quantity but e^(−z), η·gradient and the change is printed, each to 1e-12 of the engine's value. */
    private static int compare(Trace trace, Map<String, Double> printed, String where) {
        TreeSet<String> expected = new TreeSet<>();
        for (Quantity q : trace.quantities()) {
            if (!q.key().startsWith("expneg:") && !q.key().startsWith("step:") && !q.key().startsWith("change:")) expected.add(q.key());
        }
        assertEquals(expected, new TreeSet<>(printed.keySet()), where + ": the keys printed");
        for (String key : expected) {
            double engine = trace.value(key);
            double numpy = printed.get(key);
            if (Math.abs(engine - numpy) > 1e-12 * Math.max(1, Math.abs(engine))) {
                fail(where + " " + key + ": engine " + engine + ", NumPy " + numpy);
            }
        }
        return expected.size();
    }

    private static Map<String, Double> parse(String out) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) continue;
            String[] parts = line.trim().split("\\s+");
            values.put(parts[0], Double.parseDouble(parts[parts.length - 1]));
        }
        return values;
    }

    private record Result(int exit, String out, String err) {}

    private static Result python(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("python did not finish: " + cmd);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
