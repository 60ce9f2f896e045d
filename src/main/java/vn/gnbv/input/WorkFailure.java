package vn.gnbv.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/**
 * A failure met while reading, checking or writing that is not the input's fault (a temporary
 * file or the report that cannot be written): never reported as an error in a facts file; the
 * command ends with exit 5 and its sentence from the error catalogue, in the chosen language.
 */
public final class WorkFailure extends RuntimeException {
    private final String code;
    private final Map<String, Object> args;

    public WorkFailure(String code, Map<String, Object> args, Throwable cause) {
        super(code + " " + args, cause);
        this.code = code;
        this.args = Map.copyOf(args);
    }

    /** A temporary file (a run spilled to disk) that could not be written or read back. */
    public static WorkFailure temporaryFile(IOException e) {
        return new WorkFailure("failure.temporary", Map.of("dir", System.getProperty("java.io.tmpdir"), "reason", reason(e)), e);
    }

    /** The report that could not be written: a file, or standard output (null). */
    public static WorkFailure report(java.nio.file.Path file, IOException e) {
        return file == null ? new WorkFailure("failure.write-standard-output", Map.of(), e)
                : new WorkFailure("failure.write", Map.of("file", file, "reason", reason(e)), e);
    }

    /**
     * What went wrong, in words of the error catalogue ("reason.…"). Java gives the system's
     * message in English (strerror): its text is matched, never shown.
     */
    public static String reason(IOException e) {
        String message = String.valueOf(e.getMessage());
        return e instanceof NoSuchFileException ? "reason.not-found"
                : e instanceof AccessDeniedException || message.contains("Permission denied") ? "reason.permission-denied"
                : message.contains("No space left") || message.contains("Disk quota") ? "reason.disk-full"
                : "reason.io";
    }

    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }
}
