package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.gnbv.check.RulesHome;
import vn.gnbv.engine.RuleMeta;
import vn.gnbv.engine.RuleSet;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.parameters.Series;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The rule catalogue: ID, severity, legal basis, parameters read and their confidence.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the bundled rules/)")
    Path rules;

    @Option(names = "--province", description = "include this province's parameter overlay")
    String province;

    @Override
    public Integer call() throws Exception {
        Path dir = rules != null ? rules : RulesHome.defaultRules();
        return Guarded.run("vi", () -> {
            RuleSet rs = RuleSet.compile(dir);
            Map<String, Series> params = ParameterCatalogue.load(dir.resolve("parameters"), province).series();
            try (PrintWriter out = Output.open(null)) {
                for (RuleMeta r : rs.rules().values()) {
                    out.println(r.id() + "\t" + r.severity() + "\t" + r.name() + "\n    " + r.legalBasis()
                            + "\n    " + r.file());
                    for (String p : r.parameters()) {
                        for (var e : params.entrySet()) {
                            if (!e.getKey().equals(p) && !e.getKey().startsWith(p + ".")) continue;
                            for (var v : e.getValue().values().entrySet()) {
                                out.println("    param " + e.getKey() + " from " + v.getKey() + " = " + v.getValue().value()
                                        + " [" + v.getValue().confidence() + "] (" + v.getValue().ref() + ")");
                            }
                        }
                    }
                }
            }
            return ExitCodes.OK;
        });
    }
}
