package tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditions, {if} text, target rules and requirements as a teacher writes them, and what ./tutor check says when
 * they are wrong.
 */
class ConditionalTextTest {

    @TempDir Path dir;

    static final Map<String, Double> VALUES = Map.of("x1", 0.6, "x2", 0.7, "a:H1", 0.03, "a:H2", 0.0, "z:H2", -0.5);
    static final Function<String, Double> NAMES = VALUES::get;

    static boolean holds(String condition) throws Condition.Invalid {
        return Condition.parse(condition).holds(NAMES);
    }

    @Test
    void conditionsCompareExpressionsJoinedByAndOrNot() throws Condition.Invalid {
        assertTrue(holds("x1 + x2 > 1"));
        assertFalse(holds("x1 + x2 <= 1"));
        assertTrue(holds("a:H2 = 0"));
        assertTrue(holds("a:H2 == 0 and a:H1 > 0"));
        assertTrue(holds("a:H1 = 0 and a:H2 > 0 or a:H1 > 0 and a:H2 = 0"), "and binds closer than or");
        assertFalse(holds("not (a:H2 = 0 or x1 > 5)"));
        assertTrue(holds("(x1 + x2) * 2 ≥ 2.5"), "parentheses of arithmetic stay arithmetic");
        assertTrue(holds("z:H2 ≠ 0"));
        assertTrue(holds("−z:H2 > 0.4"));
    }

    @Test
    void aConditionThatDoesNotReadSaysWhy() {
        assertTrue(assertThrows(Condition.Invalid.class, () -> Condition.parse("x1 + x2")).getMessage().contains("compares nothing"));
        assertTrue(assertThrows(Condition.Invalid.class, () -> Condition.parse("0 < x1 < 1")).getMessage().contains("two comparisons"));
        assertTrue(assertThrows(Condition.Invalid.class, () -> Condition.parse("(x1 > 1")).getMessage().contains("not closed"));
        assertTrue(assertThrows(Condition.Invalid.class, () -> Condition.parse("x1 > 1 and")).getMessage().contains("nothing on one side"));
        assertTrue(assertThrows(Condition.Invalid.class, () -> Condition.parse("x9 > 1").holds(NAMES)).getMessage()
                .contains("\"x9\" is not a number"));
    }

    @Test
    void textKeepsTheBranchTheNumbersMakeTrue() {
        assertEquals("H2 is off.", ConditionalText.resolve("{if a:H2 = 0}H2 is off{else}H2 is on{end}.", NAMES));
        assertEquals("Sum above 1; H1 on.", ConditionalText.resolve(
                "Sum {if x1 + x2 > 1}above 1{else}not above 1{end}; {if a:H1 > 0}H1 on{if a:H2 > 0} and H2 too{end}{end}.", NAMES));
        assertEquals("Target 0.", ConditionalText.resolve("Target {if x1 > 1}1{end}{if x1 <= 1}0{end}.", NAMES));
        assertEquals("No tags here {w11}.", ConditionalText.resolve("No tags here {w11}.", NAMES));
    }

    @Test
    void tagsThatDoNotPairUpAreReported() throws IOException {
        for (String[] bad : new String[][] {
            {"{if x1 > 1}A", "has no {end}"},
            {"A{else}B", "{else} without an {if}"},
            {"A{end}", "{end} without an {if}"},
            {"{if x1 > 1}A{else}B{else}C{end}", "two {else}"},
            {"{if}A{end}", "needs a condition"},
            {"{if x1 >> 1}A{end}", "in {if x1 >> 1}"},
            {"{if nosuch:H1 > 0}A{end}", "\"nosuch:H1\" is not a number"},
        }) {
            String tiny = Files.readString(Path.of("lessons/1-tiny.json"));
            String text = tiny.replace("\"title\": \"Output neuron\"", "\"title\": \"Output neuron " + bad[0] + "\"");
            LessonLoader.Loaded l = load("bad.json", text);
            assertFalse(l.ok(), bad[0]);
            assertTrue(l.problems().stream().anyMatch(p -> p.message().contains(bad[1]) && p.path().endsWith(".title")),
                    bad[0] + ": " + l.problems());
        }
    }

    @Test
    void targetRulesAndRequirementsAreCheckedAgainstTheLessonsOwnNumbers() throws IOException {
        String relu = Files.readString(Path.of("lessons/5-relu.json"));
        LessonLoader.Loaded ok = load("relu.json", relu);
        assertTrue(ok.ok(), ok.problems().toString());
        PracticeRules rules = ok.lesson().practice();
        assertEquals("1 when x1 + x2 > 1, otherwise 0", rules.targets().get("O").toString());
        assertEquals(1, rules.requirements().get(0).example());
        assertEquals("Build-a-Network", ok.lesson().source(), "learners see the document's title");

        assertProblem(relu.replace("\"then\": 1, \"else\": 0", "\"then\": 0, \"else\": 1"), "breaks the lesson's own practice rule");
        assertProblem(relu.replace("\"condition\": \"a:H1 = 0 and a:H2 > 0 or a:H1 > 0 and a:H2 = 0\"",
                "\"condition\": \"a:H2 > 0\""), "does not meet \"a:H2 > 0\"");
        assertProblem(relu.replace("\"if\": \"x1 + x2 > 1\"", "\"if\": \"x1 + z:H1 > 1\""), "may use only the inputs");
        assertProblem(relu.replace("\"if\": \"x1 + x2 > 1\"", "\"if\": \"x1 + x2\""), "compares nothing");
        assertProblem(relu.replace("\"targets\": {\"O\":", "\"targets\": {\"Q\":"), "the network has no output Q");
        assertProblem(relu.replace("\"example\": 1, \"condition\"", "\"example\": 7, \"condition\""), "there is no example 7");
        assertProblem(relu.replace("Training example: x1 = {=x1}, x2 = {=x2}; their sum {=x1 + x2}",
                "Training example: x1 = {=x1}, x2 = {=x9}; their sum {=x1 + x2}"), "\"x9\"");
    }

    private void assertProblem(String text, String expected) throws IOException {
        LessonLoader.Loaded l = load("broken.json", text);
        assertFalse(l.ok(), expected);
        assertTrue(l.problems().stream().anyMatch(p -> p.message().contains(expected)), expected + ": " + l.problems());
    }

    private LessonLoader.Loaded load(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return LessonLoader.load(p);
    }

    @Test
    void conditionsOfATextAreListed() throws Condition.Invalid {
        List<Condition> cs = ConditionalText.conditions("{if x1 > 1}a{if a:H2 = 0}b{end}{else}c{end}");
        assertEquals(List.of("x1 > 1", "a:H2 = 0"), cs.stream().map(Condition::text).toList());
    }
}
