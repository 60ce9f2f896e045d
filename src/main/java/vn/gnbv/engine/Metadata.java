package vn.gnbv.engine;

import org.kie.api.definition.rule.Rule;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/** A rule's @id, @severity and @legalBasis, read once per rule and kept (findings are made often). */
record Metadata(String id, String severity, String legalBasis) {
    /** By the rule object itself: a draft rule set may give a rule of the same name other metadata. */
    private static final Map<Rule, Metadata> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    static Metadata of(Rule rule) {
        Metadata m = CACHE.get(rule);
        if (m == null) {
            var md = rule.getMetaData();
            m = new Metadata(text(md.get("id")), text(md.get("severity")), text(md.get("legalBasis")));
            CACHE.put(rule, m);
        }
        return m;
    }

    /** A metadata value as written, without the quotes the classic compiler keeps. */
    static String text(Object o) {
        if (o == null) return null;
        String v = o.toString().trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
