package vn.gnbv.run;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the default rules are: {@code $GNBV_HOME/rules} (set by the ./gnbv launcher) when present,
 * else the copy of rules/ inside the jar.
 */
public final class RulesHome {
    private RulesHome() {}

    /** The bundled rules, ready to run. */
    public static vn.gnbv.engine.RuleBase bundled() throws vn.gnbv.input.InputException {
        return vn.gnbv.engine.RuleBase.load(defaultRules());
    }

    public static Path defaultRules() {
        String home = System.getProperty("gnbv.home", System.getenv("GNBV_HOME"));
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) return Path.of(home, "rules");
        var url = RulesHome.class.getResource("/gnbv/rules");
        if (url == null) return Path.of("rules");
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return Path.of(uri);
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fs.getPath("/gnbv/rules");
        } catch (URISyntaxException | IOException e) {
            return Path.of("rules");
        }
    }
}
