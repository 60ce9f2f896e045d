package vn.gnbv.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.gnbv.bench.RosterGenerator;
import vn.gnbv.engine.Checker;
import vn.gnbv.engine.RuleBase;
import vn.gnbv.facts.Case;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.Sections;
import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.HouseholdFacts;
import vn.gnbv.parameters.ParameterCatalogue;
import vn.gnbv.run.RulesHome;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--households", defaultValue = "100000", paramLabel = "N", descriptionKey = "households")
    int households;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", descriptionKey = "seed")
    long seed;

    @Option(names = "--as-of", defaultValue = "2024-06-30", paramLabel = "DATE", converter = Dates.class, descriptionKey = "as-of")
    LocalDate asOf;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "generate-format")
    String format;

    @Override
    public Integer call() throws Exception {
        if (households < 1) throw new Usage("usage.positive", "option", "--households", "value", households);
        format = OutputFormat.of(format, output, "json", RosterGenerator.FORMATS);
        if (!RosterGenerator.FORMATS.contains(format)) {
            throw new Usage("usage.format", "value", format, "allowed", String.join(", ", RosterGenerator.FORMATS));
        }
        Output.to(output, List.of());
        return Guarded.run("vi", () -> {
            RuleBase rules = RulesHome.bundled();
            Path dir = RulesHome.defaultRules();
            Map<String, Object[]> state = new HashMap<>();
            RosterGenerator.write(output, format, households, seed, asOf, new RosterGenerator.Oracle() {
                Checker.Result run(RosterGenerator.Places p, List<Household> batch) throws Exception {
                    Object[] s = state.get("s");
                    if (s == null) {
                        Case c = new Case(p.asOf(), p.province(), Map.of(Sections.DISTRICTS, p.districts(), Sections.COMMUNES, p.communes()));
                        var params = ParameterCatalogue.ofRules(dir, p.province()).resolve(p.asOf());
                        s = new Object[]{c, new Checker(rules, params, Checker.DEFAULT_FIRINGS_PER_FACT, false)};
                        state.put("s", s);
                    }
                    Case c = (Case) s[0];
                    List<HouseholdFact> facts = new ArrayList<>();
                    for (Household h : batch) facts.add(HouseholdFacts.of(h, c));
                    return ((Checker) s[1]).households(facts);
                }

                public RosterGenerator.Verdict classify(RosterGenerator.Places p, List<Household> batch) throws Exception {
                    Checker.Result r = run(p, batch);
                    Map<String, String> status = new HashMap<>();
                    r.statuses().forEach(x -> status.put(x.household(), x.status()));
                    Map<String, List<String>> deprived = new HashMap<>();
                    r.indicators().forEach(i -> {
                        if (i.deprived()) deprived.computeIfAbsent(i.household(), k -> new ArrayList<>()).add(i.key());
                    });
                    return new RosterGenerator.Verdict(status, deprived, Map.of(), Map.of());
                }

                public RosterGenerator.Verdict support(RosterGenerator.Places p, List<Household> batch) throws Exception {
                    Checker.Result r = run(p, batch);
                    Map<String, String> group = new HashMap<>();
                    Map<String, Long> percent = new HashMap<>();
                    r.entitlements().forEach(e -> {
                        group.put(e.person(), e.group());
                        percent.put(e.person(), e.supportPercent());
                    });
                    return new RosterGenerator.Verdict(Map.of(), Map.of(), group, percent);
                }
            });
            return ExitCodes.OK;
        });
    }
}
