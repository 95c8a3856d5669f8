package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.Main;

/**
 * The text every command writes (stdout and stderr, not its CSV or JSON) fits 80 columns, wrapped on words: no line
 * longer, and no word cut at the end of one.
 */
class TextFitsEightyColumnsTest {
    @TempDir Path dir;

    record Said(int exit, String out, String err) {}

    static Said run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Said(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandsTextFits() throws Exception {
        System.setProperty("tutor.state", dir.resolve("own").toString());
        try {
            List<String[]> commands = new ArrayList<>(List.of(new String[] {"--help"}, new String[] {"--version"},
                    new String[] {"list"}, new String[] {"list", "--ascii"}, new String[] {"check"}, new String[] {"progress"},
                    new String[] {"nonsense"}, new String[] {"print", "tiny", "--paper", "x"},
                    new String[] {"class", "report", "--state", dir.resolve("nowhere").toString()},
                    new String[] {"check", dir.resolve("missing.json").toString()}));
            for (String lesson : List.of("tiny", "six-weights", "shared-bias", "two-outputs", "relu")) {
                commands.add(new String[] {"print", lesson});
                commands.add(new String[] {"print", lesson, "--ascii"});
                commands.add(new String[] {"print", lesson, "--blank"});
                commands.add(new String[] {"print", lesson, "--key"});
                commands.add(new String[] {"print", lesson, "--seed", "7"});
                commands.add(new String[] {"trace", lesson});
                commands.add(new String[] {"trace", lesson, "--ascii"});
            }
            Path roster = dir.resolve("class.csv");
            Files.writeString(roster, "id,name\nada,Ada Lovelace\nalan,\"Turing, Alan\"\n");
            String state = dir.resolve("state").toString();
            assertEquals(0, run("class", "sheets", "--roster", roster.toString(), "--state", state).exit());
            commands.add(new String[] {"class", "report", "--state", state});
            commands.add(new String[] {"class", "report", "--long", "--state", state});
            for (String[] c : commands) {
                Said said = run(c);
                String name = String.join(" ", c);
                assertTrue(said.out().length() + said.err().length() > 0, name + " says something");
                fits(name, said.out());
                fits(name, said.err());
            }
        } finally {
            System.clearProperty("tutor.state");
        }
    }

    @Test
    void aLongMessageIsWrappedOnWordsAndIndented() {
        Said said = run("class", "report", "--state", dir.resolve("a-folder-with-a-rather-long-name-for-a-state-directory").toString());
        assertEquals(Exit.USAGE, said.exit());
        String[] lines = said.err().split("\n");
        assertTrue(lines.length > 2, said.err());
        assertTrue(lines[0].startsWith("tutor: there is no class database in"), lines[0]);
        for (int i = 1; i < lines.length - 1; i++) assertTrue(lines[i].startsWith("  "), "continued, indented: " + lines[i]);
        String joined = String.join(" ", said.err().replace("\n  ", " ").split("\n"));
        assertTrue(joined.contains("A class starts with ./tutor class codes --roster class.csv --state "), "nothing lost: " + joined);
    }

    static void fits(String command, String text) {
        for (String line : text.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= 80, command + ": " + line.length() + " columns: " + line);
        }
    }
}
