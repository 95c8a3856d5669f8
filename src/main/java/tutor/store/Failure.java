package tutor.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O error said plainly: which file and why, for a status line or a command's error. */
public final class Failure {
    private Failure() {}

    /** The file (null when the error names none) and the reason. */
    public record Said(String file, String reason) {
        @Override public String toString() {
            return file == null ? reason : file + ": " + reason;
        }
    }

    public static String why(IOException e) {
        return said(e).toString();
    }

    public static Said said(IOException e) {
        if (e instanceof AccessDeniedException a) return new Said(a.getFile(), "permission denied");
        if (e instanceof NoSuchFileException n) return new Said(n.getFile(), "no such file or directory");
        if (e instanceof NotDirectoryException n) return new Said(n.getFile(), "not a directory");
        if (e instanceof FileAlreadyExistsException f && f.getReason() == null) {
            return new Said(f.getFile(), "is a file, not a folder");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) return new Said(f.getFile(), f.getReason());
        String m = e.getMessage();
        return new Said(null, m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }
}
