package tutor.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tutor.engine.Backprop;
import tutor.engine.Example;
import tutor.engine.Numbers;
import tutor.engine.Trace;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;
import tutor.quiz.Practice;

/**
 * Every format of every lesson: the student's sheet shows nothing computed (every decimal on it is a given number),
 * has a blank for each question and says what it must say; the key's answers, read back from the text, are the
 * engine's on the practice numbers of the same seed (what ./tutor --practice shows).
 */
class SheetFormatsTest {

    static final String[] LESSONS = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"};

    static Lesson lesson(String id) throws Exception {
        return Catalog.find(id, Catalog.folder()).lesson();
    }

    /** The copies each lesson is tried with: seeds, a student, forms. */
    static List<Copy> copies() {
        List<Copy> out = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) out.add(Copy.ofSeed(seed));
        out.add(Copy.ofStudent("ada", "Ada Lovelace", 4711));
        out.add(Copy.ofForm(0, 1));
        out.add(Copy.ofForm(2, 99));
        return out;
    }

    private static final Pattern DECIMAL = Pattern.compile("[-−]?\\d+\\.\\d+");

    /** Decimals as written, with either minus sign: the given numbers of a sheet, and the rule texts' own. */
    private static Set<String> given(Sheet s) {
        Set<String> out = new HashSet<>(Set.of("0.01")); // "a value below 0.01" in the paper setting of exact lessons
        Lesson l = s.lesson();
        for (double v : l.parameters().values()) out.add(plain(Numbers.given(v)));
        for (Example ex : l.examples()) {
            for (double v : ex.inputs().values()) out.add(plain(Numbers.given(v)));
            for (double v : ex.targets().values()) out.add(plain(Numbers.given(v)));
        }
        out.add(plain(Numbers.given(l.network().learningRate())));
        return out;
    }

    private static String plain(String number) {
        return number.replace('−', '-');
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"})
    void aStudentsSheetShowsOnlyGivenNumbersAndABlankForEveryQuestion(String id) throws Exception {
        Lesson base = lesson(id);
        for (Copy c : copies()) {
            Sheet s = Sheet.of(base, c);
            Set<String> given = given(s);
            Set<String> answers = new HashSet<>();
            for (String a : s.answers()) answers.add(plain(a));
            for (Format f : Format.values()) {
                for (boolean ascii : new boolean[] {false, true}) {
                    String text = f.student(s, ascii);
                    String where = id + " " + c.said() + " " + f + (ascii ? " ascii" : "");
                    Matcher m = DECIMAL.matcher(f == Format.TEX ? withoutLayout(text) : text);
                    while (m.find()) {
                        String number = plain(m.group());
                        assertFalse(answers.contains(number), where + " shows the answer " + number);
                        assertTrue(given.contains(number) || given.contains(number.replace("-", "")),
                                where + " shows " + number + ", which is not a given number\n" + text);
                    }
                    int blanks = switch (f) {
                        case TXT -> count(text, "= " + TextLayout.BLANK);
                        case MD -> count(text, "= " + MarkdownLayout.BLANK);
                        case TEX -> count(text, "\\rule{30mm}{0.4pt}");
                    };
                    assertEquals(s.questions().size(), blanks, where + ": a blank for every question");
                    assertTrue(s.questions().size() >= 9, where + " has the lesson's questions");
                    // what every sheet states
                    assertTrue(text.contains("Assumptions") || text.contains("ASSUMPTIONS"), where);
                    assertTrue(text.contains("Paper setting") || text.contains("PAPER SETTING"), where);
                    assertTrue(text.replaceAll("\\s+", " ").contains("significant figures"), where + " states the rule answers are marked by");
                    assertTrue(text.contains("network"), where);
                    assertEquals(c.seedOnSheet(), text.contains("--seed " + c.seed()) || text.contains("-{}-seed " + c.seed()),
                            where + ": the seed is on a seed's or a student's sheet, never on a form's");
                    if (c.name() != null) assertTrue(text.contains(c.name()), where + " names the student");
                    if (c.form() != null) assertTrue(text.contains("Form " + c.form()), where);
                    if (f == Format.TEX) {
                        assertTrue(text.contains("\\begin{tikzpicture}"), where + ": the diagram is TikZ");
                        assertFalse(text.matches("(?s).*[─│┌┐└┘▶╱╲╳].*"), where + ": no box drawing in LaTeX");
                    }
                    if (ascii && f == Format.TXT) {
                        for (char ch : text.toCharArray()) assertTrue(ch < 128, where + " is ASCII, not " + ch);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny", "six-weights", "shared-bias", "two-outputs", "relu"})
    void theKeysAnswersAreTheEnginesOnThePracticeNumbersOfTheSeed(String id) throws Exception {
        Lesson base = lesson(id);
        for (Copy c : copies()) {
            Sheet s = Sheet.of(base, c);
            // the sheet's numbers are those of ./tutor --practice LESSON --seed N
            Lesson practice = Practice.of(base, c.seed());
            assertEquals(practice.parameters(), s.lesson().parameters());
            assertEquals(practice.examples(), s.lesson().examples());
            // each fill-in of the practice lesson, worked by the engine afresh
            List<String> engine = new ArrayList<>();
            for (Step step : Walkthrough.stepsOf(practice)) {
                Trace t = Backprop.trace(practice.network(), practice.parameters(), practice.examples().get(step.example()),
                        practice.precision());
                for (QuizItem q : step.quiz()) if (q instanceof QuizItem.Fill f) engine.add(plain(t.get(f.key()).result()));
            }
            for (Format f : Format.values()) {
                String key = f.key(s, false);
                Pattern answer = switch (f) {
                    case TXT -> Pattern.compile("Answer: (\\S+) ");
                    case MD -> Pattern.compile("\\*\\*Answer: (\\S+)\\*\\*");
                    case TEX -> Pattern.compile("\\\\textbf\\{Answer: \\$([^$]+)\\$\\}");
                };
                List<String> read = new ArrayList<>();
                Matcher m = answer.matcher(key);
                while (m.find()) read.add(plain(m.group(1)));
                assertEquals(engine, read, id + " " + c.said() + " " + f + ": the key's answers");
                if (c.form() != null) assertTrue(key.contains("Form " + c.form() + " is seed " + c.seed()), "a form's key names its seed");
            }
        }
    }

    @Test
    void aBookletIsEverySheetThenEveryKey() throws Exception {
        Lesson base = lesson("tiny");
        List<Sheet> sheets = List.of(Sheet.of(base, Copy.ofSeed(1)), Sheet.of(base, Copy.ofSeed(2)));
        String txt = Format.TXT.booklet(sheets, false);
        String[] pages = txt.split("\f");
        assertEquals(4, pages.length);
        assertTrue(pages[0].contains("Seed 1") && pages[1].contains("Seed 2"));
        assertTrue(pages[2].contains("Key: Seed 1") && pages[3].contains("Key: Seed 2"));
        String tex = Format.TEX.booklet(sheets, false);
        assertEquals(3, count(tex, "\\clearpage"));
        assertEquals(1, count(tex, "\\begin{document}"));
        assertEquals(3, count(Format.MD.booklet(sheets, false), "\\newpage"));
    }

    @Test
    void textSpecialToTexOrMarkdownIsEscapedSoANameCannotRunAnything() {
        String name = "Zoë \\input{/etc/passwd} $x$ & 50% #1 _a ^b ~c <d> |e| --f";
        String tex = TexText.plain(name);
        assertEquals("Zoë \\textbackslash{}input\\{/etc/passwd\\} \\$x\\$ \\& 50\\% \\#1 \\_a \\^{}b \\textasciitilde{}c "
                + "\\textless{}d\\textgreater{} \\textbar{}e\\textbar{} -{}-f", tex);
        assertEquals("Zoë \\\\input\\{/etc/passwd\\} \\$x\\$ & 50% #1 \\_a \\^b \\~c \\<d\\> \\|e\\| -\\-f".replace("#1", "\\#1"),
                MarkdownLayout.escape(name));
    }

    @Test
    void formulasBecomeMathematics() {
        assertEquals("w_{1,1}", TexText.math("w₁,₁"));
        assertEquals("w_{3,\\mathrm{new}}=w_{3}-\\eta \\cdot \\partial L/\\partial w_{3}", TexText.math("w₃_new = w₃ − η·∂L/∂w₃"));
        assertEquals("\\hat{y}=\\sigma (z_{\\mathrm{out}})=1/(1+e^{(-z_{\\mathrm{out}})})", TexText.math("ŷ = σ(z_out) = 1 / (1 + e^(−z_out))"));
        assertEquals("L=\\tfrac{1}{2}\\Sigma (y-\\hat{y})^{2}", TexText.math("L = ½Σ(y − ŷ)²"));
        assertEquals("The loss (y $-$ $\\hat{y})^{2}$.", TexText.text("The loss (y − ŷ)²."));
        assertEquals("$\\delta _{h}$ of h", TexText.text("δ_h of h"));
    }

    /** LaTeX without its layout numbers: lengths, TikZ coordinates and positions. */
    private static String withoutLayout(String tex) {
        return tex.replaceAll("\\d+(\\.\\d+)?(pt|ex|mm|cm|em|\\\\textwidth)", "")
                .replaceAll("at \\([^)]*\\)", "").replaceAll("pos=\\d\\.\\d+", "").replaceAll("\\+\\+\\([^)]*\\)", "");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) n++;
        return n;
    }
}
