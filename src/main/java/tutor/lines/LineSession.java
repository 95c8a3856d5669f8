package tutor.lines;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import tutor.store.LearnerStore;
import tutor.tui.App;
import tutor.tui.Msg;
import tutor.tui.PlainStep;
import tutor.tui.Saving;
import tutor.tui.Settings;
import tutor.tui.Update;

/**
 * The screen-reader mode's loop: print, prompt, read a line, update, print what changed, save. The same App, Update
 * and Saving as the full-screen tutor (so the same answers are accepted and the same marks recorded), written as
 * lines in the ordinary scrollback: nothing is redrawn, no cursor is moved, each line is printed once.
 */
public final class LineSession {

    /** Where lines come from: one line per call after the prompt is shown, null when the input has ended. */
    public interface Input {
        String read(String prompt) throws IOException;
    }

    /** Where lines go, each whole (the prompt is the input's to show). */
    public interface Output {
        void line(String text) throws IOException;
    }

    /** Where a session's unexpected errors are written; returns where, to tell the learner. */
    public interface ErrorLog {
        String log(Throwable t);
    }

    /** How the session ended: the learner quit (or the input ended), or asked for the full-screen tutor. */
    public enum Ending { QUIT, FULL_SCREEN }

    private final Input in;
    private final Output out;
    private final ErrorLog errors;
    private final Clock clock;
    private final boolean ascii;
    private final Saving saving;
    private final AtomicReference<App> latest = new AtomicReference<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private String saidProblem;

    /** ascii: spell what is left of Unicode in plain characters (a locale that is not UTF-8). */
    public LineSession(Input in, Output out, LearnerStore store, ErrorLog errors, Clock clock, boolean ascii) {
        this.in = in;
        this.out = out;
        this.errors = errors;
        this.clock = clock;
        this.ascii = ascii;
        this.saving = new Saving(store);
    }

    /** Runs until the learner quits, asks for the full screen, or the input ends; saves on the way out. */
    public Ending run(App start) throws IOException {
        // The views are read in Unicode and spoken (Speech); this session's own glyph choice is applied on output.
        Settings s = start.settings();
        App app = PlainStep.withSettings(start, new Settings(false, false, s.learner(), true));
        saving.start(app.progress());
        latest.set(app);
        try {
            say("backprop-tutor, screen-reader mode: every step is printed once, as lines. Type help for the words.");
            if (app.notice() != null && app.player() != null) say(Speech.of(app.notice()));
            print(app.inMenu() ? StepLines.menu(app) : StepLines.step(app));
            while (!app.quit()) {
                String line = in.read(out(StepLines.prompt(app)));
                if (line == null) break;
                Words.Said said = Words.read(line, app);
                if (said == Words.Own.FULL_SCREEN) {
                    finish(null);
                    return Ending.FULL_SCREEN;
                }
                app = act(app, said);
                latest.set(app);
                save(app);
            }
        } finally {
            finish(null);
        }
        return Ending.QUIT;
    }

    /** Saves and says the farewell (from any thread: the server shutting down, a hangup). */
    public void stop(String farewell) {
        finish(farewell);
    }

    /** The state the session is in (or ended in). */
    public App last() {
        return latest.get();
    }

    private App act(App app, Words.Said said) throws IOException {
        if (said instanceof Words.Unknown u) {
            say(u.why());
            return app;
        }
        if (said instanceof Words.Own own) {
            switch (own) {
                case HELP -> print(List.of(Words.HELP.split("\n")));
                case WHERE -> say(StepLines.where(app));
                case REPEAT -> print(app.inMenu() ? StepLines.menu(app) : StepLines.step(app));
                case EMPTY -> say(app.inMenu() ? "Type a lesson's number, or help." : app.player().atEnd()
                        ? "Type next, practice, back, menu or quit." : "Type your answer, or hint, reveal, next to skip, or help.");
                default -> { }
            }
            return app;
        }
        if (said instanceof Words.Answer a) {
            if (a.text().length() > tutor.quiz.Answer.MAX_LENGTH) {
                say("An answer is at most " + tutor.quiz.Answer.MAX_LENGTH + " characters.");
                return app;
            }
            return step(PlainStep.typing(app, a.text()), Msg.Command.ENTER, app);
        }
        App now = app;
        for (Msg m : ((Words.Keys) said).msgs()) now = step(now, m, now);
        return now;
    }

    /** One update, recorded for saving, and what changed printed; the state as it was when the update fails. */
    private App step(App app, Msg msg, App shownBefore) throws IOException {
        App next;
        try {
            next = Update.update(app, msg);
        } catch (RuntimeException | StackOverflowError e) {
            say("That hit a bug in the tutor (logged in " + errors.log(e) + "); nothing was lost.");
            return shownBefore;
        }
        saving.record(app, msg, next, clock.instant());
        try {
            print(StepLines.changes(shownBefore, next));
        } catch (RuntimeException | StackOverflowError e) {
            say("That step could not be written out: a bug in the tutor (logged in " + errors.log(e) + "); nothing was lost.");
        }
        return next;
    }

    private void save(App app) throws IOException {
        if (!saving.due(app.progress())) return;
        if (saving.save(app.progress())) {
            if (saidProblem != null) say("Progress is saved again.");
            saidProblem = null;
            return;
        }
        String problem = saving.problem();
        if (problem != null && !problem.equals(saidProblem)) say(problem);
        saidProblem = problem;
    }

    private void finish(String farewell) {
        if (!finished.compareAndSet(false, true)) return;
        App app = latest.get();
        try {
            if (app != null && saving.due(app.progress()) && !saving.save(app.progress()) && farewell == null) {
                farewell = "backprop-tutor: this session's progress could not be saved: " + saving.problem();
            }
            if (farewell != null) say(farewell);
        } catch (IOException | RuntimeException gone) {
            // the terminal is gone; the progress was saved (or said) above
        }
    }

    private void print(List<String> lines) throws IOException {
        for (String l : lines) say(l);
    }

    private void say(String line) throws IOException {
        out.line(out(line));
    }

    private String out(String text) {
        return ascii ? Speech.ascii(text) : text;
    }
}
