package vn.gnbv.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import vn.gnbv.input.WorkFailure;

/**
 * Where a command writes: standard output, or a file that appears whole or not at all — written to
 * a temporary file beside it and renamed when complete. Checked before any work: a file that names
 * an input, or a folder that does not exist or cannot be written, is a usage error, and so is a
 * binary format (xlsx) with no -o while standard output is a terminal. A failed write (a full disk)
 * is an error, never a silent exit 0.
 */
final class Output {
    private final Path target;
    /** The file as the user named it, for messages. */
    private final Path named;
    private final boolean direct;
    private Path temp;
    private OutputStream stream;

    private Output(Path target, Path named) {
        this.target = target;
        this.named = named;
        // a device or a pipe (/dev/full, a named pipe) is written as it is: never replaced by a file
        this.direct = target != null && Files.exists(target) && !Files.isRegularFile(target);
    }

    /** Whether standard output is a terminal (replaced in tests). */
    static java.util.function.BooleanSupplier terminal = () -> Terminal.is(1);

    /** Checks the target before the run; null target = standard output. */
    static Output to(Path target, List<Path> inputs) {
        return to(target, inputs, null);
    }

    /** As {@link #to(Path, List)}; a binary format (named) is refused on a terminal. */
    static Output to(Path target, List<Path> inputs, String binaryFormat) {
        if (target == null && binaryFormat != null && terminal.getAsBoolean()) {
            throw new Usage("usage.binary-to-terminal", "format", binaryFormat);
        }
        if (target == null) return new Output(null, null);
        Path abs = target.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path i = in.toAbsolutePath().normalize();
            if (abs.equals(i) || Files.exists(abs) && Files.exists(i) && sameFile(abs, i)) {
                throw new Usage("usage.output-is-input", "file", target);
            }
            if (Files.isDirectory(i) && abs.startsWith(i) && isFactsFile(abs)) {
                throw new Usage("usage.output-in-case", "file", target, "folder", in);
            }
        }
        if (Files.isDirectory(abs)) throw new Usage("usage.output-is-folder", "file", target);
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) throw new Usage("usage.output-no-folder", "file", target);
        if (!Files.isWritable(dir)) throw new Usage("usage.output-not-writable", "file", target);
        if (Files.exists(abs) && !Files.isWritable(abs)) throw new Usage("usage.output-not-writable", "file", target);
        return new Output(abs, target);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A file in a case folder that the next run would read as facts. */
    private static boolean isFactsFile(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json") || vn.gnbv.input.TableFiles.isTable(n);
    }

    /** The report's stream; a write that fails there is the report's failure ({@link ReportStream}). */
    OutputStream open() {
        try {
            if (target == null) {
                stream = new BufferedOutputStream(System.out, 1 << 16);
            } else if (direct) {
                stream = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
            } else {
                temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
                shareLikeTarget(temp);
                temp.toFile().deleteOnExit(); // a run stopped by a failure in another thread leaves no part file
                stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            }
        } catch (IOException e) {
            throw WorkFailure.report(named, e);
        }
        return new ReportStream(stream, named);
    }

    /**
     * A temporary file is private (rw-------); the report replacing the target gets the target's
     * permissions, or rw-r--r-- like a file any program writes, so colleagues can read it.
     */
    private void shareLikeTarget(Path tmp) {
        try {
            var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): its default permissions apply
        }
    }

    /** The report is whole: flush, and put the file in place. */
    void commit() {
        try {
            stream.flush();
            if (direct) {
                stream.close();
                return;
            }
            if (target == null) {
                // standard output is a PrintStream, which hides write errors: ask it (a full disk, a closed pipe)
                if (System.out.checkError()) throw new IOException("standard output");
                return;
            }
            stream.close();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw WorkFailure.report(named, e);
        }
    }

    /** Writing failed or was not finished: leave no half-written file. */
    void abandon() {
        try {
            if (stream != null && target != null) stream.close();
        } catch (IOException ignored) {
            // a device that failed to write: nothing to remove
        }
        try {
            if (stream != null && target == null) stream.flush();
        } catch (IOException ignored) {
            // the temporary file is removed below
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done
            }
        }
    }

    /** Writes with the given body; commits on success, abandons on any failure. */
    void write(Body body) throws IOException {
        try {
            body.write(open());
            commit();
        } catch (IOException | RuntimeException | Error e) {
            abandon();
            throw e;
        }
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }
}
