package tutor.tui;

import java.util.List;
import tutor.lesson.Lesson;
import tutor.lesson.Problem;

/** One line of the lesson menu: a lesson that loads, or a file that doesn't, with the checker's message. */
public record MenuEntry(String file, Lesson lesson, List<Problem> problems) {

    public boolean ok() {
        return lesson != null;
    }
}
