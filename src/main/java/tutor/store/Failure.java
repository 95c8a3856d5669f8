package tutor.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O error said plainly: which file and why, for a status line or a command's error. */
public final class Failure {
    private Failure() {}

    public static String why(IOException e) {
        if (e instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        if (e instanceof NoSuchFileException n) return n.getFile() + ": no such file or directory";
        if (e instanceof NotDirectoryException n) return n.getFile() + ": not a directory";
        if (e instanceof java.nio.file.FileAlreadyExistsException f && f.getReason() == null) {
            return f.getFile() + ": is a file where a folder should be";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getFile() + ": " + f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
