package tutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * lessons/lesson.schema.json (what a teacher's editor checks) and the lesson reader agree: on the real lessons
 * and on broken variants, a file is schema-valid exactly when the reader finds no structural problem.
 */
class SchemaAgreementTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    static JsonSchema schema() throws Exception {
        if (schema == null) {
            JsonNode node = MAPPER.readTree(Files.readString(Path.of("lessons/lesson.schema.json")));
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        }
        return schema;
    }

    static Stream<Arguments> files() throws Exception {
        String tiny = Files.readString(Path.of("lessons/1-tiny.json"));
        Stream<Arguments> good = Stream.of(
                Arguments.of("source-as-a-string", tiny.replaceFirst("\"source\": \\{[^}]*}", "\"source\": \"A document\"")),
                Arguments.of("practice-with-a-formula-target", tiny.replace("\"paper\": 3",
                        "\"paper\": 3, \"practice\": {\"targets\": {\"o\": \"0.5 * x1 + 0.5 * x2 - 0.5\"}, \"require\": [{\"condition\": \"a:h > 0\"}]}")));
        Stream<Arguments> real = Stream.of("1-tiny", "2-six-weights", "3-shared-bias", "4-two-outputs", "5-relu")
                .map(n -> {
                    try {
                        return Arguments.of(n, Files.readString(Path.of("lessons", n + ".json")));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        Stream<Arguments> broken = Stream.of(
                Arguments.of("wrong type", tiny.replace("\"learningRate\": 0.1", "\"learningRate\": \"fast\"")),
                Arguments.of("unknown activation", tiny.replaceFirst("\"sigmoid\"", "\"softmax\"")),
                Arguments.of("unknown loss", tiny.replace("\"loss\": \"sse\"", "\"loss\": \"hinge\"")),
                Arguments.of("unknown field", tiny.replace("\"title\":", "\"titel\": \"x\", \"title\":")),
                Arguments.of("missing title", tiny.replace("\"title\": \"One hidden neuron: the smallest backprop\",", "")),
                Arguments.of("paper out of range", tiny.replace("\"paper\": 3", "\"paper\": 13")),
                Arguments.of("negative learning rate", tiny.replace("\"learningRate\": 0.1", "\"learningRate\": -0.1")),
                Arguments.of("bad figure mode", tiny.replace("\"mode\": \"paper:3\"", "\"mode\": \"paper3\"")),
                Arguments.of("stated not a number", tiny.replace("\"stated\": \"0.750\"", "\"stated\": \"0.75o\"")),
                Arguments.of("ascii label not ascii", tiny.replace("\"ascii\": \"x1\"", "\"ascii\": \"x₁\"")),
                Arguments.of("quiz item of neither kind", tiny.replace("{\"fill\": \"loss\", ", "{\"ask\": \"loss\", ")),
                Arguments.of("unknown section", tiny.replace("\"section\": \"loss\"", "\"section\": \"error\"")),
                Arguments.of("example index negative", tiny.replace("\"table\": \"update\"", "\"table\": \"update\", \"example\": -1")),
                Arguments.of("no examples", tiny.replaceAll("\"examples\": \\[.*\\],", "\"examples\": [],")),
                Arguments.of("bad id", tiny.replace("\"id\": \"tiny\"", "\"id\": \"tiny lesson\"")),
                Arguments.of("source without title", tiny.replaceFirst("\"source\": \\{\"title\": \"[^\"]*\", ", "\"source\": {")),
                Arguments.of("source a number", tiny.replaceFirst("\"source\": \\{[^}]*}", "\"source\": 3")),
                Arguments.of("practice unknown field", tiny.replace("\"paper\": 3", "\"paper\": 3, \"practice\": {\"seeds\": 3}")),
                Arguments.of("target rule without else", tiny.replace("\"paper\": 3",
                        "\"paper\": 3, \"practice\": {\"targets\": {\"o\": {\"if\": \"x1 > 1\", \"then\": 1}}}")),
                Arguments.of("target rule a number", tiny.replace("\"paper\": 3", "\"paper\": 3, \"practice\": {\"targets\": {\"o\": 1}}")),
                Arguments.of("requirement without condition", tiny.replace("\"paper\": 3",
                        "\"paper\": 3, \"practice\": {\"require\": [{\"example\": 0}]}")),
                Arguments.of("step practice text a number", tiny.replace("\"section\": \"loss\"", "\"section\": \"loss\", \"practice\": 1")));
        return Stream.concat(Stream.concat(real, good), broken);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void schemaAndReaderAgree(String name, String text) throws Exception {
        Set<ValidationMessage> schemaProblems = schema().validate(MAPPER.readTree(text));
        List<Problem> readerProblems = LessonReader.read(name, Json.parse(text)).problems();
        assertEquals(schemaProblems.isEmpty(), readerProblems.isEmpty(),
                name + ": schema says " + schemaProblems + ", reader says " + readerProblems);
        if (!name.contains("-")) assertEquals(false, schemaProblems.isEmpty(), name + " should be broken");
    }
}
