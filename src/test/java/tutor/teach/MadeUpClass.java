package tutor.teach;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tutor.lesson.Catalog;
import tutor.lesson.Lesson;
import tutor.lesson.LessonLoader;
import tutor.store.AnswerRecord;
import tutor.store.LoggedAnswer;

/** A made-up class of 30 for the class view's screens: every kind of row, each chosen on purpose. */
final class MadeUpClass {
    private MadeUpClass() {}

    static final Instant NOW = Instant.parse("2026-03-02T10:30:00Z");
    static final String[] NAMES = {"Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov",
        "Donald Knuth", "Frances Allen", "John McCarthy", "Margaret Hamilton", "Ken Thompson", "Radia Perlman",
        "Dennis Ritchie", "Hedy Lamarr", "Tony Hoare", "Katherine Johnson", "Niklaus Wirth", "Shafi Goldwasser",
        "Leslie Lamport", "Sophie Wilson", "Claude Shannon", "Jean Sammet", "John Backus", "Adele Goldberg",
        "Robin Milner", "Mary Allen Wilkes", "Peter Naur", "Annie Easley", "Butler Lampson", "Evelyn Boyd Granville",
        "Whitfield Diffie"};

    static List<Lesson> lessons() throws Exception {
        List<Lesson> out = new ArrayList<>();
        for (LessonLoader.Loaded l : Catalog.loadAll(Path.of("lessons"))) if (l.ok()) out.add(l.lesson());
        return out;
    }

    static String id(int i) {
        return NAMES[i].split(" ")[0].toLowerCase();
    }

    static ClassSnapshot snapshot(boolean ascii) throws Exception {
        List<LoggedAnswer> log = new ArrayList<>();
        List<StudentNow> roster = new ArrayList<>();
        String[] items = {"fill:0:a:h", "fill:0:z:o", "fill:0:loss", "fill:0:delta:o"};
        String[] labels = {"h", "z_out", "L", "δ_out"};
        Instant t = NOW.minus(Duration.ofMinutes(50));
        for (int i = 0; i < 30; i++) {
            String id = id(i);
            if (i >= 27) { // three never logged in
                roster.add(new StudentNow(id, NAMES[i], false, null, null, 0, null, null, null));
                continue;
            }
            int done = i % 4; // questions finished before the open one
            for (int q = 0; q < done; q++) {
                t = t.plusSeconds(7);
                if (i % 5 == 0 && q == 0) {
                    log.add(line(id, items[q], t, "answer", "0.3", false, "Not yet. The sign is flipped."));
                    t = t.plusSeconds(3);
                }
                if (i % 9 == 4) log.add(line(id, items[q], t, "reveal", null, false, null));
                else log.add(line(id, items[q], t, "answer", "0.5", true, null));
            }
            int open = done;
            int wrong = i % 7 == 3 ? 3 : i % 3 == 1 ? 1 : 0;
            for (int w = 0; w < wrong; w++) {
                t = t.plusSeconds(11);
                log.add(line(id, items[open], t, "answer", "0.1" + w, false, "Not yet. The activation's slope is left out."));
            }
            boolean online = i % 6 != 5;
            Duration idle = Duration.ofMinutes(i == 8 ? 12 : i % 4);
            roster.add(new StudentNow(id, NAMES[i], true, online ? NOW.minus(Duration.ofMinutes(40 + i)) : null, "tiny",
                    1 + open, items[open], labels[open], NOW.minus(idle)));
        }
        List<Questions.Question> questions = Questions.of(lessons(), ascii);
        return ClassSnapshot.of(roster, ClassSummary.of(log, SheetFeatures.NONE), questions, NOW, ZoneOffset.UTC, false,
                StuckRules.DEFAULT);
    }

    static LoggedAnswer line(String student, String item, Instant t, String kind, String answer, boolean right, String slip) {
        return new LoggedAnswer(student, new AnswerRecord("tiny", null, item, t, kind, answer, right, slip,
                kind.equals("reveal") ? 2 : 0, kind.equals("reveal"), false));
    }
}
