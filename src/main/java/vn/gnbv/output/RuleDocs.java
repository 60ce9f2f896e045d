package vn.gnbv.output;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the rules' documentation pages are (`docs/<ID>.md` in a rules folder), as an absolute URI for SARIF. */
public final class RuleDocs {
    private RuleDocs() {}

    /** The docs folder of a rules folder on disk, or null (no pages, or rules inside the jar). */
    public static URI of(Path rulesDir) {
        Path docs = rulesDir.resolve("docs");
        if (rulesDir.getFileSystem() != FileSystems.getDefault() || !Files.isDirectory(docs)) return null;
        return URI.create(docs.toAbsolutePath().normalize().toUri() + "/").normalize();
    }
}
