package tutor.server;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tutor.lesson.Lesson;
import tutor.store.sqlite.ClassDatabase;
import tutor.teach.ClassSnapshot;
import tutor.teach.ClassSummary;
import tutor.teach.LessonSheetFeatures;
import tutor.teach.Questions;
import tutor.teach.StudentNow;
import tutor.teach.StuckRules;

/**
 * The class view's figures from the class database and who is connected: the roster with where each student is,
 * and the summary of the answer log. The server's hub and class watch make their snapshots here.
 */
public final class ClassFigures {
    private final List<Questions.Question> questions;
    private final LessonSheetFeatures features;

    public ClassFigures(List<Lesson> lessons) {
        this.questions = Questions.of(lessons, false);
        this.features = new LessonSheetFeatures(lessons);
    }

    public ClassSnapshot snapshot(ClassDatabase db, Collection<ClassDatabase.Presence> connected, boolean paused,
                                  StuckRules rules, Instant now) throws SQLException {
        Map<String, ClassDatabase.Presence> online = new HashMap<>();
        for (ClassDatabase.Presence p : connected) { // a student connected twice: the session with the latest key
            String id = p.student().toLowerCase(Locale.ROOT);
            ClassDatabase.Presence was = online.get(id);
            if (was == null || p.lastKey().isAfter(was.lastKey())) online.put(id, p);
        }
        Set<String> everIn = new HashSet<>(db.everLoggedIn());
        Map<String, ClassDatabase.Place> places = db.lastPlaces();
        List<StudentNow> roster = new ArrayList<>();
        for (ClassDatabase.Student s : db.students()) {
            if (!s.role().equals("student")) continue;
            ClassDatabase.Presence p = online.get(s.id().toLowerCase(Locale.ROOT));
            if (p != null) {
                roster.add(new StudentNow(s.id(), s.name(), true, p.since(), p.lesson(), p.step(), p.openItem(), p.openLabel(),
                        p.lastKey()));
            } else {
                ClassDatabase.Place last = places.get(s.id());
                roster.add(new StudentNow(s.id(), s.name(), everIn.contains(s.id()), null, last == null ? null : last.lesson(),
                        last == null ? 0 : last.step(), null, null, null));
            }
        }
        ClassSummary summary = ClassSummary.of(db.answerLog(), features);
        return ClassSnapshot.of(roster, summary, questions, now, ZoneId.systemDefault(), paused, rules);
    }
}
