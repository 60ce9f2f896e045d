package vn.gnbv.input;

import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * How a file under a folder of the project (rules/, its parameters) is named in messages: relative
 * to the working folder when it lies inside it, else from the folder's own name ("rules/…"), never
 * a long absolute path or a path inside the jar.
 */
public final class DisplayPath {
    private DisplayPath() {}

    public static String of(Path root, Path file) {
        Path rel = root.relativize(file);
        String name = root.getFileName() == null ? "" : root.getFileName().toString().replace("/", "");
        if (root.getFileSystem() != FileSystems.getDefault()) return (name.isEmpty() ? "rules" : name) + "/" + rel;
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(cwd)) return cwd.relativize(abs).toString();
        return name + "/" + rel;
    }
}
