package vn.gnbv.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rules read and make, from their text: the fact types a rule needs (matched outside `not` and
 * not iterated `from` a collection), the types it inserts, the parameters it names. From these: the
 * parameters a rule depends on directly or through the derived facts it matches (for the
 * catalogue), and the parameters the rules that can run on a case read (so a date no parameter
 * covers is an error only where it matters).
 */
final class RuleGraph {
    private static final Set<String> ALWAYS = Set.of("Param", "CaseDate", "String", "List", "Number", "Object",
            "Long", "Integer", "Boolean", "Map", "Set");
    private static final Pattern TYPE = Pattern.compile("(?<![.\\w$])([A-Z][A-Za-z0-9_]*)\\s*\\(");

    record Node(String id, List<String> parameters, Set<String> required, Set<String> matched, Set<String> inserted) {}

    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, List<Node>> producers = new HashMap<>();

    void add(String id, DrlText.Rule r) {
        Node n = new Node(id, r.parameters(), required(r.lhs()), r.matchedTypes(), r.madeTypes());
        nodes.add(n);
        for (String t : n.inserted()) producers.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
    }

    /** Parameters a rule reads itself and through every derived fact it matches, sorted. */
    List<String> dependsOn(String id) {
        Set<String> out = new TreeSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node n : nodes) if (n.id().equals(id)) collect(n, out, seen);
        return List.copyOf(out);
    }

    private void collect(Node n, Set<String> out, Set<String> seen) {
        if (!seen.add(n.id())) return;
        out.addAll(n.parameters());
        for (String t : n.matched()) for (Node p : producers.getOrDefault(t, List.of())) collect(p, out, seen);
    }

    /**
     * The parameters named by the rules that can run when facts of the given types are inserted:
     * a rule runs when every type it needs is inserted or made by a rule that runs; a rule that needs
     * nothing but parameters runs when what it makes is needed by a rule that runs.
     */
    Set<String> parametersFor(Collection<String> inputTypes) {
        Set<String> present = new LinkedHashSet<>(inputTypes);
        Set<Node> running = new LinkedHashSet<>();
        nodes.stream().filter(n -> n.required().isEmpty()).forEach(n -> present.addAll(n.inserted()));
        boolean more = true;
        while (more) {
            more = false;
            for (Node n : nodes) {
                if (!n.required().isEmpty() && !running.contains(n) && present.containsAll(n.required())) {
                    running.add(n);
                    more |= present.addAll(n.inserted());
                }
            }
        }
        Set<String> needed = new LinkedHashSet<>();
        running.forEach(n -> needed.addAll(n.matched()));
        Set<String> out = new TreeSet<>();
        for (Node n : running) out.addAll(n.parameters());
        for (Node n : nodes) {
            if (n.required().isEmpty() && n.inserted().stream().anyMatch(needed::contains)) out.addAll(n.parameters());
        }
        return out;
    }

    /** Types matched positively and as facts (outside `not`, not `from` a collection), utility types left out. */
    static Set<String> required(String lhs) {
        String s = withoutNegations(lhs);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = TYPE.matcher(s);
        while (m.find()) {
            String type = m.group(1);
            int end = DrlText.close(s, m.end() - 1);
            String after = s.substring(end).stripLeading();
            if (after.startsWith("from") || ALWAYS.contains(type)) continue;
            out.add(type);
        }
        return out;
    }

    private static String withoutNegations(String lhs) {
        StringBuilder b = new StringBuilder();
        Matcher m = Pattern.compile("\\bnot\\b\\s*").matcher(lhs);
        int i = 0;
        while (m.find(i)) {
            b.append(lhs, i, m.start());
            int j = m.end();
            if (j < lhs.length() && lhs.charAt(j) == '(') {
                j = DrlText.close(lhs, j);
            } else {
                int p = lhs.indexOf('(', j);
                j = p < 0 ? lhs.length() : DrlText.close(lhs, p);
            }
            String rest = lhs.substring(j).stripLeading();
            if (rest.startsWith("from")) { // not X() from $coll: skip the source expression too
                int nl = lhs.indexOf('\n', j);
                j = nl < 0 ? lhs.length() : nl;
            }
            i = j;
        }
        b.append(lhs.substring(Math.min(i, lhs.length())));
        return b.toString();
    }
}
