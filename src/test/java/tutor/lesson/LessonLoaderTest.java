package tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken lesson files: each gets a message that names the file, the place and what was expected. */
class LessonLoaderTest {

    @TempDir Path dir;

    static String good() throws IOException {
        return Files.readString(Path.of("lessons/1-tiny.json"));
    }

    private LessonLoader.Loaded load(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return LessonLoader.load(p);
    }

    private static Problem only(LessonLoader.Loaded l) {
        assertFalse(l.ok(), "should not load");
        assertEquals(1, l.problems().size(), l.problems().toString());
        return l.problems().get(0);
    }

    @Test
    void theFirstLessonLoads() throws IOException {
        LessonLoader.Loaded l = load("ok.json", good());
        assertTrue(l.ok(), l.problems().toString());
        assertEquals("tiny", l.lesson().id());
        assertEquals("2-1-1 sigmoid", l.lesson().network().shape());
    }

    @Test
    void truncatedJsonSaysWhereTheFileEnds() throws IOException {
        String text = good();
        String cut = text.substring(0, text.indexOf("\"parameters\""));
        Problem p = only(load("cut.json", cut));
        assertTrue(p.message().contains("ends in the middle"), p.message());
        assertEquals(cut.split("\n", -1).length, p.line());
        assertTrue(p.toString().startsWith(dir.resolve("cut.json") + ":"), p.toString());
    }

    @Test
    void missingCommaNamesLineAndColumn() throws IOException {
        Problem p = only(load("comma.json", "{\n  \"id\": \"x\"\n  \"title\": \"t\"\n}"));
        assertEquals(3, p.line());
        assertTrue(p.message().contains("expected , or }"), p.message());
    }

    @Test
    void wrongTypeNamesTheFieldAndWhatWasExpected() throws IOException {
        Problem p = only(load("type.json", good().replace("\"learningRate\": 0.1", "\"learningRate\": \"fast\"")));
        assertEquals("$.network.learningRate", p.path());
        assertEquals("expected a number, found a string", p.message());
        assertEquals(lineOf(good(), "\"learningRate\""), p.line());
    }

    @Test
    void unknownActivationListsTheKnownOnes() throws IOException {
        Problem p = only(load("act.json", good().replaceFirst("\"activation\": \"sigmoid\"", "\"activation\": \"softmax\"")));
        assertEquals("$.network.layers[0].activation", p.path());
        assertTrue(p.message().contains("unknown activation \"softmax\"; expected one of sigmoid, tanh, relu, leaky_relu, identity"),
                p.message());
    }

    @Test
    void missingWeightValueIsNamed() throws IOException {
        Problem p = only(load("w.json", good().replace("\"w2\": 0.3, ", "")));
        assertEquals("$.parameters", p.path());
        assertTrue(p.message().contains("no value for parameter w2"), p.message());
    }

    @Test
    void referenceToAQuantityThatDoesNotExist() throws IOException {
        Problem p = only(load("ref.json", good().replace("\"show\": [\"z:h\", \"a:h\"]", "\"show\": [\"z:h\", \"a:hidden\"]")));
        assertEquals("$.steps[1].show", p.path());
        assertTrue(p.message().contains("no traced quantity or given value is called \"a:hidden\""), p.message());
        assertEquals(lineOf(good(), "\"show\": [\"z:h\", \"a:h\"]"), p.line());
    }

    @Test
    void narrationMayNotNameAnUnknownValue() throws IOException {
        Problem p = only(load("text.json", good().replace("{=a:h}.", "{=a:h2}.")));
        assertTrue(p.path().endsWith(".text"), p.path());
        assertTrue(p.message().contains("\"a:h2\""), p.message());
    }

    @Test
    void aWrongDocumentFigureMustBeAnErratum() throws IOException {
        Problem p = only(load("fig.json", good().replace("\"stated\": \"0.812\"", "\"stated\": \"0.821\"")));
        assertTrue(p.message().contains("list it in errata"), p.message());
        assertTrue(p.path().startsWith("$.figures["), p.path());
    }

    @Test
    void tenMegabytesIsRefusedWithoutReadingIt() throws IOException {
        Path p = dir.resolve("big.json");
        Files.write(p, new byte[10_000_000]);
        Problem problem = only(LessonLoader.load(p));
        assertEquals("the file is 10.0 MB; a lesson may be at most 1 MB", problem.message());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("the file is empty; expected a JSON object", only(load("empty.json", "")).message());
        assertEquals("the file is empty; expected a JSON object", only(load("blank.json", "  \n ")).message());
    }

    @Test
    void nonUtf8BytesAreFoundByPlace() throws IOException {
        Path p = dir.resolve("latin1.json");
        Files.write(p, "{\n  \"title\": \"caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1));
        Problem problem = only(LessonLoader.load(p));
        assertEquals(2, problem.line());
        assertEquals(16, problem.column());
        assertTrue(problem.message().startsWith("the file is not UTF-8 text"), problem.message());
    }

    @Test
    void notAnObjectAtAll() throws IOException {
        Problem p = only(load("arr.json", "[1, 2]"));
        assertEquals("expected a lesson object, found an array", p.message());
    }

    @Test
    void duplicateAndUnknownFieldsAreReported() throws IOException {
        LessonLoader.Loaded l = load("dup.json", good().replace("\"title\":", "\"titel\": \"x\", \"title\":")
                .replace("\"paper\": 3,", "\"paper\": 3, \"paper\": 4,"));
        List<String> messages = l.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("unknown field \"titel\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.equals("the field \"paper\" appears twice")), messages.toString());
    }

    @Test
    void aNumberTooLargeIsNotInfinity() throws IOException {
        Problem p = only(load("inf.json", good().replace("\"w1\": 0.5", "\"w1\": 1e999")));
        assertTrue(p.message().contains("too large"), p.message());
    }

    @Test
    void crossEntropyNeedsASigmoidOutput() throws IOException {
        String text = good().replace("\"loss\": \"sse\"", "\"loss\": \"bce\"")
                .replace("{\"name\": \"output\", \"activation\": \"sigmoid\"", "{\"name\": \"output\", \"activation\": \"relu\"");
        Problem p = only(load("bce.json", text));
        assertEquals("$.network.loss", p.path());
        assertTrue(p.message().startsWith("bce (cross-entropy) needs outputs between 0 and 1: the output layer's activation must be sigmoid, not relu"),
                p.message());
    }

    @Test
    void aNetworkThatOverflowsIsReportedNotShown() throws IOException {
        String text = good().replace("\"loss\": \"sse\"", "\"loss\": \"bce\"").replace("\"w3\": 0.8", "\"w3\": 1e300")
                .replace("\"targets\": {\"o\": 1}", "\"targets\": {\"o\": 0}");
        Problem p = only(load("nan.json", text));
        assertTrue(p.message().startsWith("the network cannot be computed on this example: dloss:o cannot be computed (it is infinite or undefined)"), p.message());
    }

    @Test
    void oneBrokenLessonKeepsNoOtherFromLoading() throws IOException {
        Files.writeString(dir.resolve("1-good.json"), good());
        Files.writeString(dir.resolve("2-broken.json"), good().replace("\"sigmoid\"", "\"softmax\""));
        Files.writeString(dir.resolve("3-good.json"), good().replace("\"id\": \"tiny\"", "\"id\": \"tiny2\""));
        Files.writeString(dir.resolve("lesson.schema.json"), "{}");
        List<LessonLoader.Loaded> all = Catalog.loadAll(dir);
        assertEquals(3, all.size(), "the schema is no lesson");
        assertTrue(all.get(0).ok());
        assertFalse(all.get(1).ok());
        assertTrue(all.get(1).problems().get(0).message().startsWith("unknown activation \"softmax\""));
        assertTrue(all.get(2).ok());
        assertEquals(List.of("tiny", "tiny2"), Catalog.ids(dir));
    }

    static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }
}
