package tutor.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A Lanterna key stroke as a message. Printable characters stay characters: update decides what they mean.
 * The launcher makes Ctrl-C, Ctrl-\ and Ctrl-Z keys rather than signals: the first two quit (saving, and with the
 * terminal given back: no JVM thread dump over the screen), the third suspends the tutor as a shell job.
 */
final class Keys {
    private Keys() {}

    static Msg toMsg(KeyStroke k) {
        KeyType type = k.getKeyType();
        if (type == KeyType.Character) {
            char c = k.getCharacter();
            if (k.isCtrlDown()) {
                return switch (Character.toLowerCase(c)) {
                    case 'l' -> Msg.Command.REDRAW;
                    case 'c', 'd', '\\' -> Msg.Command.QUIT;
                    case 'z' -> Msg.Command.SUSPEND;
                    case 'u' -> Msg.Command.CLEAR_INPUT;
                    default -> null;
                };
            }
            if (c == '\t') return Msg.Command.NEXT_SECTION;
            return c >= ' ' ? new Msg.Typed(c) : null;
        }
        return switch (type) {
            case ArrowRight -> Msg.Command.NEXT;
            case ArrowLeft -> Msg.Command.PREV;
            case ArrowUp -> Msg.Command.SCROLL_UP;
            case ArrowDown -> Msg.Command.SCROLL_DOWN;
            case PageUp -> Msg.Command.PAGE_UP;
            case PageDown -> Msg.Command.PAGE_DOWN;
            case Home -> Msg.Command.FIRST;
            case End -> Msg.Command.LAST;
            case Tab -> Msg.Command.NEXT_SECTION;
            case ReverseTab -> Msg.Command.PREV_SECTION;
            case Enter -> Msg.Command.ENTER;
            case Backspace, Delete -> Msg.Command.BACKSPACE;
            case Escape -> Msg.Command.BACK;
            case F1 -> Msg.Command.HELP;
            case EOF -> new Msg.Hangup();
            default -> null;
        };
    }
}
