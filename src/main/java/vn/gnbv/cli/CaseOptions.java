package vn.gnbv.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gnbv.check.RulesHome;
import vn.gnbv.check.RunOptions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Options shared by the commands that run rules on a case. */
final class CaseOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "facts files or folders (.yaml, .yml, .json), merged")
    List<Path> paths;

    @Option(names = "--as-of", paramLabel = "DATE", description = "evaluate as of this date instead of the facts' asOf")
    LocalDate asOf;

    @Option(names = "--params", paramLabel = "FILE", description = "draft parameter values overlaid on the baseline")
    Path params;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the bundled rules/)")
    Path rules;

    @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    String lang;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    RunOptions runOptions() {
        return new RunOptions(paths, asOf, params, rules != null ? rules : RulesHome.defaultRules());
    }
}
