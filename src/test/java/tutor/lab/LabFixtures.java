package tutor.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;

/** The lessons, and the lab opened on one, for the lab's tests. */
final class LabFixtures {
    private LabFixtures() {}

    static final List<String> LESSONS = List.of("1-tiny", "2-six-weights", "3-shared-bias", "4-two-outputs", "5-relu");

    static Lesson lesson(String file) {
        LessonLoader.Loaded l = LessonLoader.load(Path.of("lessons", file + ".json"));
        assertTrue(l.ok(), l.problems().toString());
        return l.lesson();
    }

    static Lab lab(String file) {
        Lesson lesson = lesson(file);
        return Lab.open(lesson.id(), lesson.title(), lesson.labels(), lesson.network(), lesson.parameters(), lesson.examples(),
                lesson.precision());
    }

    static Lab keys(Lab lab, Object... keys) {
        for (Object k : keys) {
            if (k instanceof String s) {
                for (char c : s.toCharArray()) lab = LabUpdate.update(lab, new LabMsg.Typed(c));
            } else {
                lab = LabUpdate.update(lab, (LabMsg) k);
            }
        }
        return lab;
    }
}
