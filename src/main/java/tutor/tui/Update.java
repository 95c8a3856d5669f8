package tutor.tui;

import tutor.lesson.QuizItem;

/** update(state, message) → next state. No terminal, no files, no clock: every effect is in the returned value. */
public final class Update {
    private Update() {}

    public static App update(App app, Msg msg) {
        App next = step(app, msg);
        // Whatever put a value on screen (a later step, auto-play, the errata, a narration that follows an answer), an
        // open question whose value it is has been seen.
        if (next.player() == null || next.player() == app.player()) return next;
        Player seen = next.player().noteSeen();
        return seen == next.player() ? next : next.withPlayer(seen).withNotice(next.notice());
    }

    private static App step(App app, Msg msg) {
        if (msg instanceof Msg.Resize r) return app.withSize(r.width(), r.height());
        if (msg instanceof Msg.Hangup || msg == Msg.Command.QUIT) return app.quitting();
        if (msg instanceof Msg.Tick) return app.lab() != null ? LabHook.update(app, msg) : tick(app);
        if (msg instanceof Msg.Checked c) return checked(app, c);
        // On a screen too small to show anything, keys would act unseen: only q does anything there.
        if (app.width() < View.MIN_WIDTH || app.height() < View.MIN_HEIGHT) {
            return msg instanceof Msg.Typed t && t.c() == 'q' ? app.quitting() : app;
        }
        if (app.lab() != null) return LabHook.update(app, msg);
        if (app.help()) return msg == Msg.Command.REDRAW ? app : app.withHelp(false);
        if (msg == Msg.Command.HELP || msg instanceof Msg.Typed t && t.c() == '?') return app.withHelp(true);
        if (app.inMenu()) return menu(app, msg);
        return app.player().atEnd() ? EndScreen.update(app, msg) : player(app, msg);
    }

    // ---- the menu ------------------------------------------------------------------------------

    private static App menu(App app, Msg msg) {
        if (msg instanceof Msg.Typed t) {
            char c = t.c();
            if (c == 'q') return app.quitting();
            if (c == 'j') return app.withCursor(app.cursor() + 1);
            if (c == 'k') return app.withCursor(app.cursor() - 1);
            if (c >= '1' && c <= '9' && c - '1' < app.menu().size()) return app.withCursor(c - '1');
            if (c == ' ' || c == 'l') return open(app);
            if (c == LabHook.KEY) return LabHook.open(app);
            if (c == 'v') return PlainStep.withSettings(app, app.settings().withScreenReader(true)).quitting(); // the line mode
            return app;
        }
        return switch ((Msg.Command) msg) {
            case SCROLL_DOWN, NEXT -> app.withCursor(app.cursor() + 1);
            case SCROLL_UP, PREV -> app.withCursor(app.cursor() - 1);
            case FIRST, PAGE_UP -> app.withCursor(0);
            case LAST, PAGE_DOWN -> app.withCursor(app.menu().size() - 1);
            case ENTER -> open(app);
            default -> app;
        };
    }

    /** A check that came back replaces its menu entry. */
    private static App checked(App app, Msg.Checked c) {
        java.util.List<MenuEntry> menu = new java.util.ArrayList<>(app.menu());
        for (int i = 0; i < menu.size(); i++) {
            if (menu.get(i).file().equals(c.file())) menu.set(i, new MenuEntry(c.file(), c.lesson(), c.problems(), true));
        }
        return app.withMenu(menu);
    }

    static App open(App app) {
        if (app.menu().isEmpty()) return app;
        MenuEntry e = app.menu().get(app.cursor());
        if (e.ok() && !e.checked()) {
            // Opened before its check came back: check it now (pure computation, no file read).
            java.util.List<tutor.lesson.Problem> problems = tutor.lesson.LessonChecker.check(e.lesson(), false);
            java.util.List<MenuEntry> menu = new java.util.ArrayList<>(app.menu());
            e = problems.isEmpty() ? new MenuEntry(e.file(), e.lesson(), problems, true)
                    : new MenuEntry(e.file(), null, problems, true);
            menu.set(app.cursor(), e);
            app = app.withMenu(menu);
        }
        if (!e.ok()) return app.withNotice("This lesson file is broken: " + e.problems().get(0) + " (./tutor check tells all)");
        Player p = Player.open(e.lesson(), app.progress().lesson(e.lesson().id()), app.settings().learner());
        return app.withPlayer(p).withAutoplay(false, app.speed());
    }

    // ---- the player ----------------------------------------------------------------------------

    private static App player(App app, Msg msg) {
        Player p = app.player();
        if (p.editing()) return editing(app, msg);
        if (msg instanceof Msg.Typed t) return typed(app, t.c());
        return switch ((Msg.Command) msg) {
            case NEXT -> go(app, p.step() + 1);
            case PREV -> go(app, p.step() - 1);
            case FIRST -> go(app, 0);
            case LAST -> go(app, p.steps().size() - 1);
            case NEXT_SECTION -> p.sectionStart(1) < 0 ? app : go(app, p.sectionStart(1));
            case PREV_SECTION -> p.sectionStart(-1) < 0 ? app : go(app, p.sectionStart(-1));
            case AUTOPLAY -> app.withAutoplay(!app.autoplay(), app.speed());
            case FASTER -> app.withAutoplay(app.autoplay(), app.speed() + 1);
            case SLOWER -> app.withAutoplay(app.autoplay(), app.speed() - 1);
            case BACK -> app.withPlayer(null).withAutoplay(false, app.speed());
            case ENTER -> p.currentItem() instanceof QuizItem.Fill ? app.withPlayer(p.withInput(p.input(), true)) : go(app, p.step() + 1);
            case CLEAR_INPUT -> p.currentItem() instanceof QuizItem.Fill ? app.withPlayer(p.withInput("", false)) : app;
            case BACKSPACE -> p.currentItem() instanceof QuizItem.Fill && !p.input().isEmpty()
                    ? app.withPlayer(p.withInput(p.input().substring(0, p.input().length() - 1), true)) : app;
            case HINT -> Quiz.hint(app);
            case REVEAL -> Quiz.reveal(app);
            default -> scroll(app, (Msg.Command) msg);
        };
    }

    /** ↑ ↓ PgUp PgDn scroll the text pane, in the answer field too. */
    private static App scroll(App app, Msg.Command c) {
        Player p = app.player();
        return switch (c) {
            case SCROLL_DOWN -> app.withPlayer(p.withScroll(p.scroll() + 1));
            case SCROLL_UP -> app.withPlayer(p.withScroll(p.scroll() - 1));
            case PAGE_DOWN -> app.withPlayer(p.withScroll(p.scroll() + Math.max(1, app.height() / 2)));
            case PAGE_UP -> app.withPlayer(p.withScroll(p.scroll() - Math.max(1, app.height() / 2)));
            default -> app;
        };
    }

    private static App typed(App app, char c) {
        Player p = app.player();
        QuizItem item = p.currentItem();
        // Typing goes on where it was left (Esc keeps what was typed).
        // A letter starts an answer only where it is no key of its own here (s for sqrt or sigmoid; exp and ln wait for
        // Enter, since e and l are the errata and the next step).
        boolean starts = Quiz.startsAnswer(c) || (c == 's' || c == 'S') && Quiz.partOfAnswer("", c);
        if (item instanceof QuizItem.Fill && starts) return app.withPlayer(p.withInput(p.input() + c, true));
        if (item instanceof QuizItem.Choice choice && c >= '1' && c <= '9') {
            if (c - '1' < choice.choices().size()) return Quiz.choose(app, c - '1');
            return app.withPlayer(p.withFeedback(new Player.Feedback("Choose 1 to " + choice.choices().size() + ".", false, true)));
        }
        return switch (c) {
            case 'l', 'n', ' ' -> go(app, p.step() + 1);
            case 'h', 'p' -> go(app, p.step() - 1);
            case ']' -> p.sectionStart(1) < 0 ? app : go(app, p.sectionStart(1));
            case '[' -> p.sectionStart(-1) < 0 ? app : go(app, p.sectionStart(-1));
            case 'a' -> app.withAutoplay(!app.autoplay(), app.speed());
            case '+', '=' -> app.withAutoplay(app.autoplay(), app.speed() + 1);
            case '-' -> app.withAutoplay(app.autoplay(), app.speed() - 1);
            case 'q' -> app.quitting();
            case LabHook.KEY -> LabHook.open(app);
            default -> command(app, c);
        };
    }

    /** Letter commands that work in the answer field too (q does not: quitting takes Esc first, or Ctrl-C). */
    private static App command(App app, char c) {
        Player p = app.player();
        return switch (c) {
            case 't' -> Quiz.hint(app);
            case 'r' -> Quiz.reveal(app);
            case 'e' -> tutor.render.Errata.forStep(p.lesson(), p.current()).isEmpty()
                    ? app.withPlayer(p.withFeedback(new Player.Feedback("This step has no errata.", false, true)))
                    : app.withPlayer(p.withErrataOpen(!p.errataOpen()));
            case 'j' -> app.withPlayer(p.withScroll(p.scroll() + 1));
            case 'k' -> app.withPlayer(p.withScroll(p.scroll() - 1));
            default -> app;
        };
    }

    private static App editing(App app, Msg msg) {
        Player p = app.player();
        if (msg instanceof Msg.Typed t) {
            if (!Quiz.partOfAnswer(p.input(), t.c())) {
                if (Character.isLetter(t.c()) && !Quiz.commandWhileTyping(t.c())) {
                    return app.withPlayer(p.withFeedback(new Player.Feedback(Quiz.strayLetter(t.c()), false, true)));
                }
                return command(app, t.c());
            }
            if (p.input().length() >= tutor.quiz.Answer.MAX_LENGTH) {
                return app.withPlayer(p.withFeedback(new Player.Feedback("An answer is at most "
                        + tutor.quiz.Answer.MAX_LENGTH + " characters; Ctrl-U clears it.", false, true)));
            }
            return app.withPlayer(p.withInput(p.input() + t.c(), true));
        }
        return switch ((Msg.Command) msg) {
            case CLEAR_INPUT -> app.withPlayer(p.withInput("", true));
            case BACKSPACE -> p.input().isEmpty() ? app.withPlayer(p.withInput("", false))
                    : app.withPlayer(p.withInput(p.input().substring(0, p.input().length() - 1), true));
            case ENTER -> Quiz.submit(app);
            case BACK -> app.withPlayer(p.withInput(p.input(), false));
            case HINT -> Quiz.hint(app);
            case REVEAL -> Quiz.reveal(app);
            default -> scroll(app, (Msg.Command) msg);
        };
    }

    static App go(App app, int step) {
        Player p = app.player();
        if (step < 0 || step > p.steps().size() || step == p.step()) return app;
        return app.withPlayer(p.atStep(step));
    }

    /**
     * Auto-play reads on one step a tick, as the documents' players do. At a question it waits for the learner's
     * answer and then goes on; at the last step it stops.
     */
    private static App tick(App app) {
        if (!app.autoplay() || app.inMenu() || app.help() || app.width() < View.MIN_WIDTH || app.height() < View.MIN_HEIGHT) return app;
        Player p = app.player();
        if (p.atEnd() || p.step() >= p.steps().size() - 1) return app.withAutoplay(false, app.speed());
        if (p.hasOpenQuiz()) return app;
        return go(app, p.step() + 1);
    }
}
