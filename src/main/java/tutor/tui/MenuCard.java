package tutor.tui;

import tutor.lesson.Lesson;
import tutor.lesson.QuizItem;
import tutor.lesson.Step;
import tutor.lesson.Walkthrough;

/**
 * What the menu shows of a lesson: enough to draw its line and its detail without the lesson itself, so a
 * remembered card can draw the first frame while the lessons are still being read.
 *
 * @param decimals the paper mode's decimals, or -1 in exact mode
 */
public record MenuCard(String id, String title, String source, String shape, int steps, int questions, String loss,
                       int examples, int errata, int decimals) {

    public static MenuCard of(Lesson l) {
        int steps = 0;
        int questions = 0;
        for (Step s : Walkthrough.stepsOf(l)) {
            steps++;
            for (QuizItem q : s.quiz()) questions++;
        }
        return new MenuCard(l.id(), l.title(), l.source(), l.network().shape(), steps, questions, l.network().loss().formula(),
                l.examples().size(), l.errata().size(), l.precision().isExact() ? -1 : l.precision().decimals());
    }
}
