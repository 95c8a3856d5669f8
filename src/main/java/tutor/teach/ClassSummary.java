package tutor.teach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tutor.store.AnswerRecord;
import tutor.store.LoggedAnswer;

/**
 * The class's answer log in, the figures a teacher reads out: each student's work on each question, and each
 * question across the class and every practice seed. Pure: no database, no terminal; the class report, the
 * teacher's view and the tests all drive it directly.
 *
 * A student who met a question on several sheets (the lesson's own numbers and a practice seed) is counted once
 * per question: by their first sheet's outcome, the most honest measure, with the slips of every sheet.
 */
public final class ClassSummary {
    private final Map<String, List<Work>> byStudent;
    private final List<QuestionStats> questions;

    private ClassSummary(Map<String, List<Work>> byStudent, List<QuestionStats> questions) {
        this.byStudent = byStudent;
        this.questions = questions;
    }

    public static ClassSummary of(List<LoggedAnswer> log, SheetFeatures features) {
        // student → sheet (lesson id with its seed) → item → lines, in log order
        Map<String, Map<String, Map<String, List<AnswerRecord>>>> lines = new LinkedHashMap<>();
        List<LoggedAnswer> ordered = new ArrayList<>(log);
        ordered.sort(Comparator.comparing((LoggedAnswer l) -> l.answer().time()));
        for (LoggedAnswer l : ordered) {
            AnswerRecord a = l.answer();
            lines.computeIfAbsent(l.student(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.lesson(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.item(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Work>> byStudent = new LinkedHashMap<>();
        for (var s : lines.entrySet()) {
            List<Work> works = new ArrayList<>();
            for (var sheet : s.getValue().entrySet()) {
                for (var item : sheet.getValue().entrySet()) {
                    AnswerRecord any = item.getValue().get(0);
                    works.add(Work.of(s.getKey(), sheet.getKey(), any.seed(), item.getKey(), item.getValue()));
                }
            }
            works.sort(Comparator.comparing(Work::first));
            byStudent.put(s.getKey(), List.copyOf(works));
        }
        return new ClassSummary(byStudent, questions(byStudent, features));
    }

    /** Every question's figures, in course order (lesson, then the order the class first met them). */
    public List<QuestionStats> questions() {
        return questions;
    }

    /** One student's work on every question, in the order they first touched it. */
    public List<Work> student(String id) {
        return byStudent.getOrDefault(id, List.of());
    }

    /** The students with any line in the log. */
    public Set<String> students() {
        return byStudent.keySet();
    }

    /** Questions right first time, over the student's first sheet of each. */
    public int firstTries(String student) {
        int n = 0;
        for (Work w : firstSheets(student(student)).values()) if (w.outcome() == Outcome.FIRST_TRY) n++;
        return n;
    }

    /** The student's work on each question (lesson id without seed, item), their first sheet of it. */
    static Map<String, Work> firstSheets(List<Work> works) {
        Map<String, Work> out = new LinkedHashMap<>();
        for (Work w : works) out.putIfAbsent(w.baseLesson() + "\u0000" + w.item(), w);
        return out;
    }

    private static List<QuestionStats> questions(Map<String, List<Work>> byStudent, SheetFeatures features) {
        Map<String, List<Work>> firsts = new LinkedHashMap<>(); // question → each student's first work
        Map<String, Map<String, Set<String>>> slips = new LinkedHashMap<>(); // question → slip → students
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Map<String, Work>> firstOf = new HashMap<>();
        for (var s : byStudent.entrySet()) {
            Map<String, Work> mine = firstSheets(s.getValue());
            firstOf.put(s.getKey(), mine);
            int total = 0;
            for (Work w : mine.values()) if (w.outcome() == Outcome.FIRST_TRY) total++;
            totals.put(s.getKey(), total);
            for (var e : mine.entrySet()) firsts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            for (Work w : s.getValue()) {
                for (String slip : w.slips()) {
                    slips.computeIfAbsent(w.baseLesson() + "\u0000" + w.item(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(slip, k -> new LinkedHashSet<>()).add(s.getKey());
                }
            }
        }
        // course order: by lesson id, then by when the class first met the question
        Map<String, Instant> met = new HashMap<>();
        for (var e : firsts.entrySet()) {
            Instant t = null;
            for (Work w : e.getValue()) if (t == null || w.first().isBefore(t)) t = w.first();
            met.put(e.getKey(), t);
        }
        List<String> keys = new ArrayList<>(firsts.keySet());
        keys.sort(Comparator.comparing((String k) -> k.substring(0, k.indexOf('\u0000'))).thenComparing(met::get));
        List<QuestionStats> out = new ArrayList<>();
        for (String key : keys) {
            List<Work> works = firsts.get(key);
            int[] counts = new int[Outcome.values().length];
            List<Integer> tries = new ArrayList<>();
            int tried = 0;
            for (Work w : works) {
                counts[w.outcome().ordinal()]++;
                if (w.tries() > 0) tried++;
                if (w.outcome() == Outcome.FIRST_TRY || w.outcome() == Outcome.AFTER_HINTS || w.outcome() == Outcome.AFTER_SEEING) {
                    tries.add(w.tries());
                }
            }
            List<QuestionStats.SlipCount> named = new ArrayList<>();
            int of = tried;
            for (var e : slips.getOrDefault(key, Map.of()).entrySet()) named.add(new QuestionStats.SlipCount(e.getKey(), e.getValue().size(), of));
            named.sort(Comparator.comparingInt((QuestionStats.SlipCount c) -> -c.students()).thenComparing(QuestionStats.SlipCount::slip));
            double[] x = new double[works.size()];
            double[] y = new double[works.size()];
            for (int i = 0; i < works.size(); i++) {
                Work w = works.get(i);
                x[i] = w.outcome() == Outcome.FIRST_TRY ? 1 : 0;
                y[i] = totals.get(w.student()) - x[i];
            }
            String lesson = key.substring(0, key.indexOf('\u0000'));
            String item = key.substring(key.indexOf('\u0000') + 1);
            out.add(new QuestionStats(lesson, item, works.size(), counts[Outcome.FIRST_TRY.ordinal()],
                    counts[Outcome.AFTER_HINTS.ordinal()], counts[Outcome.AFTER_SEEING.ordinal()],
                    counts[Outcome.REVEALED.ordinal()], counts[Outcome.OPEN.ordinal()], counts[Outcome.UNTRIED.ordinal()], median(tries), List.copyOf(named),
                    Discrimination.of(x, y), splits(works, features)));
        }
        return List.copyOf(out);
    }

    private static List<QuestionStats.FeatureSplit> splits(List<Work> works, SheetFeatures features) {
        Map<String, int[]> with = new TreeMap<>(); // feature → {right first time, sheets}
        List<Set<String>> each = new ArrayList<>();
        for (Work w : works) {
            Set<String> f = features.of(w.baseLesson(), w.seed(), w.item());
            each.add(f);
            for (String name : f) with.computeIfAbsent(name, k -> new int[2]);
        }
        List<QuestionStats.FeatureSplit> out = new ArrayList<>();
        for (var e : with.entrySet()) {
            int wr = 0;
            int wn = 0;
            int or = 0;
            int on = 0;
            for (int i = 0; i < works.size(); i++) {
                boolean right = works.get(i).outcome() == Outcome.FIRST_TRY;
                if (each.get(i).contains(e.getKey())) {
                    wn++;
                    if (right) wr++;
                } else {
                    on++;
                    if (right) or++;
                }
            }
            if (on > 0) out.add(new QuestionStats.FeatureSplit(e.getKey(), wr, wn, or, on));
        }
        return List.copyOf(out);
    }

    static double median(List<Integer> xs) {
        if (xs.isEmpty()) return Double.NaN;
        int[] a = xs.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2.0;
    }
}
