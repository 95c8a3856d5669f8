package tutor.engine;

/** The four parts of one training step, in the order they are worked on paper. */
public enum Section {
    FORWARD("Forward pass"),
    LOSS("Loss"),
    BACKWARD("Backward pass"),
    UPDATE("Weight update");

    private final String title;

    Section(String title) { this.title = title; }

    public String title() { return title; }
}
