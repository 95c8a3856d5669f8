package tutor.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an update did to a learner's progress: the quiz items whose record changed. The loop stamps them with the
 * time (Update has no clock) and the answer log is made from the same list.
 */
public final class Changes {
    private Changes() {}

    /** One item whose record changed; before is Item.NEW when it had none. */
    public record Change(String lesson, String item, Progress.Item before, Progress.Item after) {}

    public static List<Change> between(Progress before, Progress after) {
        if (before == after) return List.of();
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, Progress.LessonProgress> l : after.lessons().entrySet()) {
            Progress.LessonProgress old = before.lesson(l.getKey());
            if (old == l.getValue()) continue;
            for (Map.Entry<String, Progress.Item> i : l.getValue().items().entrySet()) {
                Progress.Item was = old.item(i.getKey());
                if (!was.sameAs(i.getValue())) out.add(new Change(l.getKey(), i.getKey(), was, i.getValue()));
            }
        }
        return out;
    }

    /** The progress with each changed item stamped with the time. */
    public static Progress stamped(Progress after, List<Change> changes, Instant now) {
        Progress p = after;
        for (Change c : changes) p = p.with(c.lesson(), p.lesson(c.lesson()).withItem(c.item(), c.after().at(now)));
        return p;
    }
}
