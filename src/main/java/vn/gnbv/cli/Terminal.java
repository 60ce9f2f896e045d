package vn.gnbv.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal. Java 17 has a console only when standard input and
 * output are both terminals; on Linux the link of /proc/self/fd/N says it of each stream alone.
 */
final class Terminal {
    private Terminal() {}

    /** fd: 1 standard output, 2 standard error. */
    static boolean is(int fd) {
        try {
            String to = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return to.startsWith("/dev/pts/") || to.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // no /proc (Windows, macOS): the console is the best guess
        }
    }
}
