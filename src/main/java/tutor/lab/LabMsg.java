package tutor.lab;

/** What can happen to the lab: a character typed, a navigation key, a tick of a playing run. The tutor's loop turns its keys into these. */
public sealed interface LabMsg {

    record Typed(char c) implements LabMsg {}

    enum Key implements LabMsg { UP, DOWN, LEFT, RIGHT, ENTER, BACK, BACKSPACE, CLEAR, HOME, END }

    /** 50 ms have passed while a run plays. */
    record Tick() implements LabMsg {}
}
