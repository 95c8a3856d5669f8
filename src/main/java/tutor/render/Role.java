package tutor.render;

/** What a cell on screen is for; the terminal layer turns roles into colours, or into bold and reverse without colour. */
public enum Role {
    NORMAL, DIM, TITLE, TITLE_TEXT, FOCUS, EDGE, EDGE_FOCUS, VALUE, KEY, STATUS, ERRATUM, GOOD, BAD, INPUT, SELECTED, WARNING
}
