package tutor.sheet;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.engine.Example;
import tutor.engine.Numbers;
import tutor.lesson.Lesson;
import tutor.quiz.Practice;

/**
 * The numbers of seeds 1-20 of every lesson, pinned per version of the practice generator: a sheet printed today and
 * a student's session after an upgrade must agree, and answers in the class database and progress files record the
 * generator they were made on. A pin is never rewritten (not even with -Dgolden.update=true): a change of the draw
 * that gives a recorded seed other numbers fails here until Practice.GENERATOR is raised, which starts a new pin.
 */
class PinnedSheetsTest {
    static final Path PINS = Path.of("src/test/resources/sheets/generator-" + Practice.GENERATOR);

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"})
    void seedsOneToTwentyGiveThePinnedNumbers(String id) throws Exception {
        Lesson base = SheetFormatsTest.lesson(id);
        Practice.Generator generator = new Practice.Generator(base);
        StringBuilder actual = new StringBuilder("# " + id + ", practice generator " + Practice.GENERATOR
                + ": per seed the parameters, each example's inputs and targets, and every question's answer\n");
        for (long seed = 1; seed <= 20; seed++) {
            Sheet s = Sheet.of(generator, base, Copy.ofSeed(seed));
            Lesson l = s.lesson();
            actual.append("seed ").append(seed).append('\n');
            StringBuilder params = new StringBuilder(" ");
            l.network().parameterIds().forEach(p -> params.append(' ').append(p).append('=').append(Numbers.given(l.parameters().get(p))));
            actual.append(params).append('\n');
            for (Example ex : l.examples()) {
                StringBuilder e = new StringBuilder("  " + ex.name() + ":");
                ex.inputs().forEach((k, v) -> e.append(' ').append(k).append('=').append(Numbers.given(v)));
                ex.targets().forEach((k, v) -> e.append(" t:").append(k).append('=').append(Numbers.given(v)));
                actual.append(e).append('\n');
            }
            for (Sheet.Question q : s.questions()) {
                actual.append("  ").append(q.number()).append(' ').append(q.key()).append(" = ").append(s.quantity(q).result()).append('\n');
            }
        }
        Path pin = PINS.resolve(id + ".txt");
        if (!Files.exists(pin)) {
            if (System.getenv("CI") != null) fail("no pin " + pin + " for practice generator " + Practice.GENERATOR + "; run this test once outside CI to make it");
            Files.createDirectories(pin.getParent());
            Files.writeString(pin, actual.toString(), StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(pin, StandardCharsets.UTF_8);
        if (expected.equals(actual.toString())) return;
        String[] e = expected.split("\n", -1);
        String[] a = actual.toString().split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<none>";
            String al = i < a.length ? a[i] : "<none>";
            if (!el.equals(al)) {
                fail(pin + " differs at line " + (i + 1) + ":\n- " + el + "\n+ " + al + "\nThe practice generator now gives "
                        + "recorded seeds other numbers: a student's sheet and session would disagree. Keep the draw of version "
                        + Practice.GENERATOR + " for the seeds it made, or raise Practice.GENERATOR (a new pin is made); never "
                        + "edit this pin.");
            }
        }
    }
}
