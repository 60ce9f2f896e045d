package vn.gnbv.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Map;

/**
 * A failure met while reading or checking that is not the input's fault (a temporary file that
 * cannot be written): never reported as an error in a facts file; the command ends with exit 5
 * and its sentence from the error catalogue.
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
        String message = String.valueOf(e.getMessage());
        String reason = e instanceof NoSuchFileException ? "reason.not-found"
                : e instanceof AccessDeniedException ? "reason.permission-denied"
                : message.contains("No space left") ? "reason.disk-full" : "reason.io";
        return new WorkFailure("failure.temporary", Map.of("dir", System.getProperty("java.io.tmpdir"), "reason", reason), e);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }
}
