package tutor.tui;

import java.util.List;
import tutor.progress.Progress;

/**
 * The whole state of the tutor, a value: the menu, the open lesson (null in the menu), overlays, auto-play,
 * the terminal size and the learner's progress. Update makes a new App from an App and a Msg.
 */
public record App(List<MenuEntry> menu, int cursor, Player player, boolean help, Settings settings, boolean autoplay,
                  int speed, String notice, int width, int height, boolean quit, Progress progress,
                  tutor.lab.Lab lab) {

    /** Auto-play delays in milliseconds, slowest first. */
    public static final int[] SPEEDS_MS = {6000, 4000, 2500, 1500, 800};

    /** A training run in the lab moves on every 50 ms: 20 frames a second. */
    public static final int LAB_FRAME_MS = 50;

    public App {
        menu = List.copyOf(menu);
    }

    /** The app with no lab open. */
    public App(List<MenuEntry> menu, int cursor, Player player, boolean help, Settings settings, boolean autoplay,
               int speed, String notice, int width, int height, boolean quit, Progress progress) {
        this(menu, cursor, player, help, settings, autoplay, speed, notice, width, height, quit, progress, null);
    }

    public static App start(List<MenuEntry> menu, Settings settings, Progress progress, String notice, int width, int height) {
        return new App(menu, 0, null, false, settings, false, 2, notice, width, height, false, progress, null);
    }

    /** The app with the lesson under the cursor already open (practice starts there). */
    public static App opening(App app) {
        return Update.update(app, Msg.Command.ENTER);
    }

    public boolean inMenu() {
        return player == null;
    }

    /** Whether auto-play is moving on by itself (not waiting at a question): only then does time matter. */
    public boolean ticking() {
        if (lab != null) return lab.playing();
        return autoplay && player != null && !player.atEnd() && !player.hasOpenQuiz();
    }

    public int delayMs() {
        if (lab != null && lab.playing()) return LAB_FRAME_MS;
        return SPEEDS_MS[speed];
    }

    App withPlayer(Player p) {
        Progress next = p == null ? progress : progress.with(p.lesson().id(), p.progress());
        return new App(menu, cursor, p, help, settings, autoplay, speed, null, width, height, quit, next, lab);
    }

    App withMenu(List<MenuEntry> entries) {
        return new App(entries, cursor, player, help, settings, autoplay, speed, notice, width, height, quit, progress, lab);
    }

    App withCursor(int c) {
        return new App(menu, Math.max(0, Math.min(menu.size() - 1, c)), player, help, settings, autoplay, speed, notice,
                width, height, quit, progress, lab);
    }

    App withHelp(boolean h) {
        return new App(menu, cursor, player, h, settings, autoplay, speed, notice, width, height, quit, progress, lab);
    }

    App withAutoplay(boolean on, int s) {
        return new App(menu, cursor, player, help, settings, on, Math.max(0, Math.min(SPEEDS_MS.length - 1, s)), notice,
                width, height, quit, progress, lab);
    }

    App withNotice(String n) {
        return new App(menu, cursor, player, help, settings, autoplay, speed, n, width, height, quit, progress, lab);
    }

    App withSize(int w, int h) {
        return new App(menu, cursor, player, help, settings, autoplay, speed, notice, w, h, quit, progress, lab);
    }

    App quitting() {
        return new App(menu, cursor, player, help, settings, false, speed, notice, width, height, true, progress, lab);
    }

    /** The app with the lab open over where it was (null: closed, back to the step or menu as it was). */
    App withLab(tutor.lab.Lab l) {
        return new App(menu, cursor, player, help, settings, autoplay, speed, notice, width, height, quit, progress, l);
    }

    App withProgress(Progress p) {
        return new App(menu, cursor, player, help, settings, autoplay, speed, notice, width, height, quit, p, lab);
    }
}
