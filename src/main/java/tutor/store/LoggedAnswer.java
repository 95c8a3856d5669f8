package tutor.store;

/** A line of the class's answer log with the student it belongs to. */
public record LoggedAnswer(String student, AnswerRecord answer) {}
