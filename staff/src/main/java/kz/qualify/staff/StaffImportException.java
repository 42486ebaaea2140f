package kz.qualify.staff;

import org.jspecify.annotations.Nullable;

/**
 * The file as a whole cannot be read as a staff table. The message names the file and, where it
 * applies, the row and column; {@link #problem()} is a stable code for callers that map it (the
 * service answers 422 for most, 413 for {@link Problem#TOO_LARGE}).
 */
public final class StaffImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Problem {
        /** Not a spreadsheet or CSV we read (PDF, ODS, Word, binary data, Excel 95). */
        NOT_A_TABLE,
        /** Damaged: a broken ZIP package, OLE2 file or XML part. */
        CORRUPT,
        /** Encrypted with a password. */
        PASSWORD_PROTECTED,
        /** Over a size, row, cell or package limit, or compressed suspiciously well (zip bomb). */
        TOO_LARGE,
        /** An XML part declares a DOCTYPE (entity expansion / external entity attempt). */
        UNSAFE_XML,
        /** No row in the first rows of any sheet looks like the staff table's header. */
        NO_HEADER,
        /** The file could not be read at all (missing, no permission, I/O failure). */
        UNREADABLE
    }

    private final Problem problem;
    private final String fileName;

    StaffImportException(Problem problem, String fileName, String message) {
        this(problem, fileName, message, null);
    }

    StaffImportException(Problem problem, String fileName, String message, @Nullable Throwable cause) {
        super(fileName + ": " + message, cause);
        this.problem = problem;
        this.fileName = fileName;
    }

    public Problem problem() {
        return problem;
    }

    public String fileName() {
        return fileName;
    }
}
