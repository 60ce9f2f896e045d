package vn.gnbv.engine;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.input.DisplayPath;
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;
import vn.gnbv.input.Suggest;
import vn.gnbv.parameters.ParameterCatalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of one rules folder, ready to run: the Drools rule base and each rule's contract
 * metadata. A folder's DRL is read for what rules may not call ({@link DrlSafety}), compiled, and
 * refused whole — with file and line — for a compile error, a rule without @id, @severity or
 * @legalBasis, an ID used twice, or a parameter name no parameter file defines.
 */
public final class RuleBase {
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");
    private static final Set<String> CONFIDENCES = Set.of("confirmed", "reported", "unconfirmed");
    private static final Pattern ID = Pattern.compile("[A-Z]{2}-\\d{3}");

    private final KieBase kieBase;
    private final Map<String, RuleMeta> rules;
    private final RuleGraph graph;
    private final String origin;

    RuleBase(KieBase kieBase, Map<String, RuleMeta> rules, RuleGraph graph, String origin) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.graph = graph;
        this.origin = origin;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Rules by ID, in ID order. */
    public Map<String, RuleMeta> rules() {
        return rules;
    }

    /** Where a rule is written (file and line), by its name; the rules' origin if none has it. */
    Location locationOf(String ruleName) {
        return rules.values().stream().filter(r -> r.name().equals(ruleName)).findFirst()
                .map(m -> new Location(m.file(), m.line(), 1)).orElse(Location.ofFile(origin));
    }

    /** Where the rules came from: the folder compiled, or the rule base built into the jar. */
    public String origin() {
        return origin;
    }

    /** The parameters read by the rules that can run when facts of these types are given. */
    public Set<String> parametersFor(Collection<String> inputTypes) {
        return graph.parametersFor(inputTypes);
    }

    /**
     * The rules of a folder: the pre-built rule base when the folder's DRL is the one it was built
     * from (the bundled rules) and it holds the rules that DRL names, else compiled at run time.
     */
    public static RuleBase load(Path rulesDir) throws InputException {
        Sources src = Sources.read(rulesDir);
        KieBase prebuilt = Prebuilt.forTexts(src.texts().values());
        if (prebuilt != null && src.names().equals(namesIn(prebuilt))) return src.describe(prebuilt, rulesDir + " (pre-built)");
        return compile(src);
    }

    /** The names of a rule base's rules. */
    static Set<String> namesIn(KieBase kbase) {
        Set<String> names = new TreeSet<>();
        kbase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        return names;
    }

    /** Compiles a rules folder's DRL at run time (a draft rule set, or --rules). */
    public static RuleBase compile(Path rulesDir) throws InputException {
        return compile(Sources.read(rulesDir));
    }

    private static RuleBase compile(Sources src) throws InputException {
        Path rulesDir = src.dir();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        // The Eclipse compiler Drools uses prints the stack trace of an error before rethrowing it
        // (JDT Compiler.handleInternalException): running out of memory while compiling printed one
        // above gnbv's one line. What it prints is held while compiling, and shown only if compiling
        // ends normally; what is wrong with the DRL comes back as the builder's errors.
        PrintStream stderr = System.err;
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
        try {
            for (var e : src.texts().entrySet()) {
                Resource r = ResourceFactory.newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8));
                r.setSourcePath(e.getKey());
                r.setResourceType(ResourceType.DRL);
                kb.add(r, ResourceType.DRL);
            }
        } finally {
            System.setErr(stderr);
        }
        if (held.size() > 0) stderr.print(held.toString(StandardCharsets.UTF_8));
        Errors errors = new Errors();
        for (KnowledgeBuilderError e : kb.getErrors()) {
            String file = e.getResource() == null ? rulesDir.toString() : e.getResource().getSourcePath();
            int[] lines = e.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            errors.add(new Location(file, line, line > 0 ? 1 : 0), "rules.compile",
                    "detail", e.getMessage().lines().findFirst().orElse("").trim());
        }
        errors.throwIfAny(InputKind.RULES);
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
        kbase.addPackages(kb.getKnowledgePackages());
        return src.describe(kbase, rulesDir.toString());
    }

    /**
     * The DRL of a rules folder as text, read and checked before any compiling: file names as shown
     * in messages, and the safety scan.
     */
    record Sources(Path dir, Map<String, String> texts, Map<String, DrlText> parsed) {
        static Sources read(Path rulesDir) throws InputException {
            Errors errors = new Errors();
            List<Path> drls = new ArrayList<>();
            try (Stream<Path> s = Files.walk(rulesDir)) {
                s.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(drls::add);
            } catch (IOException e) {
                errors.add(Location.ofFile(rulesDir.toString()), "file.unreadable", "detail", String.valueOf(e.getMessage()));
            }
            if (drls.isEmpty() && errors.isEmpty()) errors.add(Location.ofFile(rulesDir.toString()), "rules.none");
            Path root = rulesDir.getParent() == null ? rulesDir : rulesDir.getParent();
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, DrlText> parsed = new LinkedHashMap<>();
            for (Path drl : drls) {
                String shown = DisplayPath.of(root, drl);
                try {
                    String text = Files.readString(drl, StandardCharsets.UTF_8);
                    DrlText t = new DrlText(text);
                    DrlSafety.scan(shown, t, errors);
                    texts.put(shown, text);
                    parsed.put(shown, t);
                } catch (IOException e) {
                    errors.add(Location.ofFile(shown), "file.unreadable", "detail", String.valueOf(e.getMessage()));
                }
            }
            errors.throwIfAny(InputKind.RULES);
            return new Sources(rulesDir, texts, parsed);
        }

        /** The names of the rules the DRL texts declare. */
        Set<String> names() {
            Set<String> names = new TreeSet<>();
            parsed.values().forEach(t -> t.rules().forEach(r -> names.add(r.name())));
            return names;
        }

        /** The compiled rules with their metadata checked and described. */
        RuleBase describe(KieBase kbase, String origin) throws InputException {
            Errors errors = new Errors();
            Map<String, DrlText.Rule> byName = new HashMap<>();
            Map<String, String> fileOf = new HashMap<>();
            parsed.forEach((file, t) -> t.rules().forEach(r -> {
                byName.putIfAbsent(r.name(), r);
                fileOf.putIfAbsent(r.name(), file);
            }));
            Set<String> known = ParameterCatalogue.knownNames(ParameterCatalogue.folderOf(dir));
            RuleGraph graph = new RuleGraph();
            Map<String, RuleMeta> metas = new TreeMap<>();
            Map<String, Location> seen = new HashMap<>();
            List<Rule> all = new ArrayList<>();
            kbase.getKiePackages().forEach(p -> all.addAll(p.getRules()));
            all.sort(java.util.Comparator.comparing(Rule::getName));
            for (Rule rule : all) {
                DrlText.Rule text = byName.get(rule.getName());
                String file = fileOf.getOrDefault(rule.getName(), "?");
                Location at = new Location(file, text == null ? 0 : text.line(), 1);
                var md = rule.getMetaData();
                String id = Metadata.text(md.get("id"));
                String severity = Metadata.text(md.get("severity"));
                String basis = Metadata.text(md.get("legalBasis"));
                if (id == null || !ID.matcher(id).matches()) errors.add(at, "rules.no-id", "rule", rule.getName());
                if (severity == null || !SEVERITIES.contains(severity)) errors.add(at, "rules.no-severity", "rule", rule.getName());
                if (basis == null || basis.isBlank()) errors.add(at, "rules.no-legal-basis", "rule", rule.getName());
                if (id != null && !rule.getName().startsWith(id)) errors.add(at, "rules.name-not-id", "rule", rule.getName(), "id", id);
                String group = ((RuleImpl) rule).getAgendaGroup();
                if (!Phases.fires(group)) {
                    // never focused, its rule would never fire: refused, not dropped in silence
                    errors.add(at, "rules.unknown-phase", "rule", rule.getName(), "group", group,
                            "suggestion", Suggest.closest(group, Phases.ORDER), "allowed", String.join(", ", Phases.ORDER));
                }
                if (text != null) checkParameters(file, text, known, errors);
                if (text != null && text.insertedTypes().contains(DrlText.RECORD_TYPE)) {
                    // the rules count an indicator from the household's record: an inserted state would go uncounted
                    errors.add(at, "rules.indicator-inserted", "rule", rule.getName());
                }
                if (id == null) continue;
                Location prev = seen.putIfAbsent(id, at);
                if (prev != null) {
                    errors.add(at, "rules.duplicate-id", "id", id, "first", prev);
                    continue;
                }
                if (text != null) graph.add(id, text);
                String confidence = Metadata.text(md.get("confidence"));
                if (confidence != null && !CONFIDENCES.contains(confidence)) {
                    errors.add(at, "rules.bad-confidence", "rule", rule.getName(), "value", confidence);
                }
                metas.put(id, new RuleMeta(id, rule.getName(), severity, basis, file, at.line(),
                        text == null ? List.of() : text.parameters(), List.of(), text == null ? 0 : text.text().hashCode(),
                        confidence, text == null ? List.of() : text.absentParameters(), text == null ? "" : text.comment()));
            }
            errors.throwIfAny(InputKind.RULES);
            Map<String, RuleMeta> described = new TreeMap<>();
            metas.forEach((id, m) -> described.put(id, new RuleMeta(m.id(), m.name(), m.severity(), m.legalBasis(), m.file(),
                    m.line(), m.parameters(), graph.dependsOn(id), m.sourceHash(), m.confidence(), m.whenAbsent(), m.clause())));
            return new RuleBase(kbase, Collections.unmodifiableMap(described), graph, origin);
        }

        /** Every parameter a rule names must exist (nationally or in some province's overlay). */
        private void checkParameters(String file, DrlText.Rule r, Set<String> known, Errors errors) {
            DrlText t = parsed.get(file);
            int base = t.noComments().indexOf(r.lhs());
            for (int[] at : r.parameterOffsets()) {
                String name = r.lhs().substring(at[0], at[0] + at[1]);
                if (known.contains(name)) continue;
                int offset = base < 0 ? 0 : base + at[0];
                errors.add(new Location(file, t.lineOf(offset), t.columnOf(offset)), "rules.unknown-parameter",
                        "name", name, "rule", r.name(), "suggestion", Suggest.closest(name, known));
            }
        }
    }
}
