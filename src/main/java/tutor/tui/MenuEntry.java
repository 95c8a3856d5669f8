package tutor.tui;

import java.util.List;
import tutor.lesson.Lesson;
import tutor.lesson.Problem;

/**
 * One line of the lesson menu: a lesson that loads, or a file that doesn't, with the checker's message. A lesson
 * read but not yet checked (the checks run after the first frame) is checked before it opens. The card is what
 * the menu draws of it.
 */
public record MenuEntry(String file, Lesson lesson, List<Problem> problems, boolean checked, MenuCard card) {

    public MenuEntry(String file, Lesson lesson, List<Problem> problems, boolean checked) {
        this(file, lesson, problems, checked, lesson == null ? null : MenuCard.of(lesson));
    }

    public MenuEntry(String file, Lesson lesson, List<Problem> problems) {
        this(file, lesson, problems, true);
    }

    /** A lesson as read for the menu, not yet checked (a file that could not be read needs no check). */
    public static MenuEntry unchecked(tutor.lesson.LessonLoader.Loaded l) {
        return new MenuEntry(l.file(), l.lesson(), l.problems(), !l.ok());
    }

    /** A lesson known only by the card remembered from an earlier start: drawn, never opened. */
    public static MenuEntry remembered(String file, MenuCard card) {
        return new MenuEntry(file, null, List.of(), false, card);
    }

    public boolean ok() {
        return lesson != null;
    }
}
