package tutor.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;

/** A rehearsal of a session on a virtual terminal: every lesson opened and walked, each frame painted. */
public final class Screens {
    private Screens() {}

    public static void rehearse(App start) throws IOException {
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
        screen.startScreen();
        Painter painter = new Painter(new Palette(true));
        App app = start;
        for (int lesson = 0; lesson < app.menu().size(); lesson++) {
            if (!app.menu().get(lesson).ok()) continue;
            app = Update.update(app.withCursor(lesson), Msg.Command.ENTER);
            for (int s = 0; s < app.player().steps().size(); s++) {
                painter.paint(View.render(app), screen);
                screen.refresh(Screen.RefreshType.DELTA);
                app = Update.update(app, Msg.Command.NEXT);
            }
            app = Update.update(app, Msg.Command.BACK);
        }
        screen.stopScreen();
    }
}
