package tutor.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tutor.lesson.Lesson;

/**
 * The LaTeX of every lesson compiled by the real pdflatex (Debian's texlive-latex-base and texlive-pictures): a
 * student's sheet is one page, its key follows, and the first page rendered by pdftoppm (poppler-utils) is not
 * blank. Under CI (CI set) a missing tool fails; elsewhere the test is reported skipped.
 */
class SheetPdfTest {
    @TempDir Path dir;

    @BeforeAll
    static void tools() {
        boolean present = onPath("pdflatex") && onPath("pdftoppm") && onPath("pdfinfo") && onPath("pdftotext");
        if (System.getenv("CI") != null && !present) {
            fail("pdflatex, pdftoppm or pdfinfo is missing; .ci/run installs texlive-latex-base, texlive-pictures and poppler-utils");
        }
        Assumptions.assumeTrue(present, "pdflatex or poppler-utils is not installed here (CI installs them and fails without them)");
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"})
    void eachStudentsSheetIsOnePageAndItsFirstPageIsDrawn(String id) throws Exception {
        Lesson base = SheetFormatsTest.lesson(id);
        List<Sheet> sheets = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) sheets.add(Sheet.of(base, Copy.ofSeed(seed)));
        sheets.add(Sheet.of(base, Copy.ofStudent("zoe", "Zoë O'Neil \\input{/etc/hostname} $x$ & 50% #1 _a ^b ~c", 4711)));
        sheets.add(Sheet.of(base, Copy.ofForm(1, 8)));
        for (Sheet s : sheets) {
            Path pdf = compile(Format.TEX.student(s, false), id + "-" + s.copy().fileTag());
            assertEquals(1, pages(pdf), id + " " + s.copy().said() + ": a student's sheet is one page");
        }
        Path booklet = compile(Format.TEX.booklet(sheets, false), id + "-booklet");
        assertTrue(pages(booklet) >= 2 * sheets.size(), "every sheet, then every key, each from a new page");
        Path png = firstPage(booklet);
        BufferedImage image = ImageIO.read(png.toFile());
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) ink++;
            }
        }
        double share = ink / (double) ((long) image.getWidth() * image.getHeight());
        assertTrue(share > 0.01 && share < 0.5, id + ": the first page has text and a drawing on it (" + share + " of it inked)");
    }

    @Test
    void aNameWithTexInItIsPrintedNotRun() throws Exception {
        Sheet s = Sheet.of(SheetFormatsTest.lesson("tiny"), Copy.ofStudent("zoe", "Zoë \\input{/etc/hostname}", 1));
        Path pdf = compile(Format.TEX.student(s, false), "name");
        String text = run(dir, "pdftotext", pdf.toString(), "-");
        // (pdftotext writes ë as e and a separate accent: the name is checked around it)
        assertTrue(text.contains("Name: Zo") && text.contains(" \\input{/etc/hostname}"), text);
    }

    private Path compile(String tex, String name) throws Exception {
        Path file = dir.resolve(name + ".tex");
        Files.writeString(file, tex, StandardCharsets.UTF_8);
        run(dir, "pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", file.getFileName().toString());
        Path pdf = dir.resolve(name + ".pdf");
        assertTrue(Files.exists(pdf), "pdflatex made " + pdf);
        String log = Files.readString(dir.resolve(name + ".log"), StandardCharsets.ISO_8859_1);
        assertTrue(!log.contains("Overfull \\hbox"), name + ": nothing sticks out into the margin\n" + overfull(log));
        return pdf;
    }

    private static String overfull(String log) {
        StringBuilder sb = new StringBuilder();
        for (String line : log.split("\n")) if (line.startsWith("Overfull")) sb.append(line).append('\n');
        return sb.toString();
    }

    private int pages(Path pdf) throws Exception {
        for (String line : run(dir, "pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) return Integer.parseInt(line.substring(6).strip());
        }
        throw new AssertionError("pdfinfo gave no page count for " + pdf);
    }

    private Path firstPage(Path pdf) throws Exception {
        run(dir, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), dir.resolve("first").toString());
        return dir.resolve("first.png");
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) fail(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + text);
        return text;
    }
}
