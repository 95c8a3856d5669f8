package tutor.sheet;

import java.util.List;

/** One output format's way of laying out a sheet: the student's copy, the key, and a file of several. */
interface Layout {
    /** The student's sheet: the numbers, the diagram, the questions with blanks, and no answer anywhere. */
    String student(Sheet sheet);

    /** The answer key: each question's worked solution, answer and accepted range. */
    String key(Sheet sheet);

    /** One file of the pages given (one sheet, or a booklet), each page starting on a new sheet of paper. */
    String file(List<String> pages, String title);
}
