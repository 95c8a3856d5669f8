package tutor.tui;

import java.util.List;
import tutor.lesson.Lesson;
import tutor.lesson.Problem;

/**
 * One line of the lesson menu: a lesson that loads, or a file that doesn't, with the checker's message. A lesson
 * read but not yet checked (the checks run after the first frame) is checked before it opens.
 */
public record MenuEntry(String file, Lesson lesson, List<Problem> problems, boolean checked) {

    public MenuEntry(String file, Lesson lesson, List<Problem> problems) {
        this(file, lesson, problems, true);
    }

    public boolean ok() {
        return lesson != null;
    }
}
