package vn.gnbv.engine;

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
import vn.gnbv.input.Errors;
import vn.gnbv.input.InputException;
import vn.gnbv.input.InputKind;
import vn.gnbv.input.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled rules of one rules folder. DRL is compiled at run time, so a draft rule set is
 * tested without rebuilding. A DRL error, or a rule without @id, @severity or @legalBasis, or an ID
 * used twice, refuses the whole set with file and line.
 */
public final class RuleSet {
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");
    private static final Pattern ID = Pattern.compile("[A-Z]{2}-\\d{3}");
    private static final Pattern PARAM = Pattern.compile("Param\\s*\\(\\s*name\\s*==\\s*\\(?\\s*\"([^\"]+?)\\.?\"");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final Map<String, RuleMeta> rules;

    private RuleSet(KieBase kieBase, Map<String, RuleMeta> rules) {
        this.kieBase = kieBase;
        this.rules = rules;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Rules by ID, in ID order. */
    public Map<String, RuleMeta> rules() {
        return rules;
    }

    public static RuleSet compile(Path rulesDir) throws InputException {
        Errors errors = new Errors();
        List<Path> drls = new ArrayList<>();
        try (Stream<Path> s = Files.walk(rulesDir)) {
            s.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(drls::add);
        } catch (IOException e) {
            errors.add(Location.ofFile(rulesDir.toString()), "file.unreadable", "detail", String.valueOf(e.getMessage()));
        }
        if (drls.isEmpty()) errors.add(Location.ofFile(rulesDir.toString()), "rules.none");
        errors.throwIfAny(InputKind.RULES);

        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> sources = new HashMap<>();
        for (Path drl : drls) {
            String shown = shownName(rulesDir, drl);
            try {
                String text = Files.readString(drl);
                sources.put(shown, text);
                Resource r = ResourceFactory.newByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                r.setSourcePath(shown);
                r.setResourceType(ResourceType.DRL);
                kb.add(r, ResourceType.DRL);
            } catch (IOException e) {
                errors.add(Location.ofFile(shown), "file.unreadable", "detail", String.valueOf(e.getMessage()));
            }
        }
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
        Map<String, RuleMeta> metas = new TreeMap<>();
        Map<String, Location> seen = new HashMap<>();
        for (var pkg : kbase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                var md = rule.getMetaData();
                String file = fileOf(rule, sources);
                Location at = new Location(file, lineOf(sources.get(file), rule.getName()), 1);
                String id = str(md.get("id"));
                String severity = str(md.get("severity"));
                String basis = str(md.get("legalBasis"));
                if (id == null || !ID.matcher(id).matches()) errors.add(at, "rules.no-id", "rule", rule.getName());
                if (severity == null || !SEVERITIES.contains(severity)) errors.add(at, "rules.no-severity", "rule", rule.getName());
                if (basis == null || basis.isBlank()) errors.add(at, "rules.no-legal-basis", "rule", rule.getName());
                if (id != null && !rule.getName().startsWith(id)) errors.add(at, "rules.name-not-id", "rule", rule.getName(), "id", id);
                if (id == null) continue;
                Location prev = seen.putIfAbsent(id, at);
                if (prev != null) {
                    errors.add(at, "rules.duplicate-id", "id", id, "first", prev);
                    continue;
                }
                metas.put(id, new RuleMeta(id, rule.getName(), severity, basis, file,
                        parametersOf(sources.get(file), rule.getName()), textOf(sources.get(file), rule.getName()).hashCode()));
            }
        }
        errors.throwIfAny(InputKind.RULES);
        return new RuleSet(kbase, java.util.Collections.unmodifiableMap(metas));
    }

    private static String shownName(Path rulesDir, Path drl) {
        Path rel = rulesDir.relativize(drl);
        if (rulesDir.getFileSystem() != java.nio.file.FileSystems.getDefault()) return "rules/" + rel;
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = drl.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : drl.toString();
    }

    private static String str(Object o) {
        if (o == null) return null;
        String s = o.toString().trim();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String fileOf(Rule rule, Map<String, String> sources) {
        for (var e : sources.entrySet()) {
            if (e.getValue().contains("rule \"" + rule.getName() + "\"")) return e.getKey();
        }
        return "?";
    }

    private static int lineOf(String text, String ruleName) {
        if (text == null) return 0;
        int i = text.indexOf("rule \"" + ruleName + "\"");
        return i < 0 ? 0 : (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The text of one rule, from its name to the next rule (whitespace folded). */
    private static String textOf(String text, String ruleName) {
        if (text == null) return "";
        Matcher m = RULE.matcher(text);
        int start = -1, end = text.length();
        while (m.find()) {
            if (start >= 0) { end = m.start(); break; }
            if (m.group(1).equals(ruleName)) start = m.start();
        }
        return start < 0 ? "" : text.substring(start, end).replaceAll("\\s+", " ").trim();
    }

    /** The parameter names a rule's text matches on, for the catalogue. */
    private static List<String> parametersOf(String text, String ruleName) {
        String body = textOf(text, ruleName);
        if (body.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        Matcher p = PARAM.matcher(body);
        while (p.find()) if (!out.contains(p.group(1))) out.add(p.group(1));
        return out;
    }
}
