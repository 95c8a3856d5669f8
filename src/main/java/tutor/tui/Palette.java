package tutor.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.Map;
import tutor.render.Role;

/** How each role looks: colours, or without colour only bold, reverse and underline so focus still stands out. */
final class Palette {
    private record Style(TextColor fg, TextColor bg, SGR[] sgr) {}

    private final Map<Role, Style> styles = new EnumMap<>(Role.class);
    /** One TextCharacter per character and role, made once: a frame reuses them instead of allocating 1920. */
    private final Map<Role, Map<Character, TextCharacter>> made = new EnumMap<>(Role.class);

    Palette(boolean color) {
        TextColor d = TextColor.ANSI.DEFAULT;
        for (Role r : Role.values()) styles.put(r, color ? colored(r) : mono(r));
        styles.putIfAbsent(Role.NORMAL, new Style(d, d, new SGR[0]));
    }

    private static Style colored(Role r) {
        TextColor d = TextColor.ANSI.DEFAULT;
        return switch (r) {
            case NORMAL, DIM -> new Style(d, d, new SGR[0]);
            case TITLE_TEXT -> new Style(d, d, new SGR[] {SGR.BOLD});
            case TITLE -> new Style(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, new SGR[] {SGR.BOLD});
            case FOCUS, EDGE_FOCUS -> new Style(TextColor.ANSI.YELLOW_BRIGHT, d, new SGR[] {SGR.BOLD});
            case EDGE -> new Style(TextColor.ANSI.BLUE_BRIGHT, d, new SGR[0]);
            case VALUE -> new Style(TextColor.ANSI.CYAN, d, new SGR[0]);
            case KEY -> new Style(TextColor.ANSI.GREEN, d, new SGR[0]);
            case STATUS -> new Style(TextColor.ANSI.BLACK, TextColor.ANSI.WHITE, new SGR[0]);
            case ERRATUM -> new Style(TextColor.ANSI.MAGENTA_BRIGHT, d, new SGR[0]);
            case GOOD -> new Style(TextColor.ANSI.GREEN_BRIGHT, d, new SGR[] {SGR.BOLD});
            case BAD -> new Style(TextColor.ANSI.RED_BRIGHT, d, new SGR[] {SGR.BOLD});
            case INPUT -> new Style(TextColor.ANSI.WHITE_BRIGHT, d, new SGR[] {SGR.UNDERLINE});
            case SELECTED -> new Style(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, new SGR[0]);
            case WARNING -> new Style(TextColor.ANSI.YELLOW, d, new SGR[] {SGR.BOLD});
        };
    }

    private static Style mono(Role r) {
        TextColor d = TextColor.ANSI.DEFAULT;
        SGR[] sgr = switch (r) {
            case TITLE, STATUS, SELECTED -> new SGR[] {SGR.REVERSE};
            case FOCUS, EDGE_FOCUS, GOOD, WARNING, KEY, TITLE_TEXT -> new SGR[] {SGR.BOLD};
            case BAD, INPUT, ERRATUM -> new SGR[] {SGR.UNDERLINE};
            default -> new SGR[0];
        };
        return new Style(d, d, sgr);
    }

    TextCharacter character(char c, Role role) {
        return made.computeIfAbsent(role, r -> new java.util.HashMap<>()).computeIfAbsent(c, ch -> {
            Style s = styles.get(role);
            return TextCharacter.fromCharacter(ch, s.fg(), s.bg(), s.sgr())[0];
        });
    }
}
