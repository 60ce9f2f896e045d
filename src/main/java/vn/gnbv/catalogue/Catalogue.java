package vn.gnbv.catalogue;

import vn.gnbv.engine.RuleBase;
import vn.gnbv.findings.RuleMeta;
import vn.gnbv.parameters.Entry;
import vn.gnbv.parameters.Series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule catalogue (`gnbv rules`, rules/CATALOGUE.md): every rule with the parameters it reads
 * itself or through the derived facts it matches, when they are in force, and the lowest confidence.
 */
public final class Catalogue {
    private static final List<String> CONFIDENCE = List.of("unconfirmed", "reported", "confirmed");

    private Catalogue() {}

    private static boolean absent(RuleMeta r, Series s) {
        return r.whenAbsent().stream().anyMatch(p -> s.name().equals(p) || s.name().startsWith(p + "."));
    }

    private static boolean direct(RuleMeta r, Series s) {
        return r.parameters().stream().anyMatch(p -> s.name().equals(p) || s.name().startsWith(p + "."));
    }

    public static List<CatalogueEntry> of(RuleBase rules, Map<String, Series> parameters) {
        List<CatalogueEntry> out = new ArrayList<>();
        for (RuleMeta r : rules.rules().values()) {
            List<Series> read = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String p : r.dependsOn()) {
                for (Series s : parameters.values()) {
                    if (s.name().equals(p) || s.name().startsWith(p + ".")) {
                        read.add(s);
                        names.add(s.name());
                    }
                }
            }
            // in force: while every parameter the rule reads itself has a value (all at once); a rule
            // reading parameters only through derived facts, while any of them has one (the facts
            // come from alternative rules). Confidence: the lowest of the rule's own (@confidence)
            // and of every parameter it depends on.
            boolean anyDirect = read.stream().anyMatch(s -> direct(r, s));
            LocalDate from = null, to = null;
            boolean open = false, never = false;
            String confidence = r.confidence() == null ? "confirmed" : r.confidence();
            for (Series s : read) {
                LocalDate first = null, end = null;
                for (var e : s.values().entrySet()) {
                    Entry v = e.getValue();
                    if (v.value() != null && first == null) first = e.getKey();
                    if (v.value() == null && first != null && end == null) end = e.getKey();
                    if (CONFIDENCE.indexOf(v.confidence()) < CONFIDENCE.indexOf(confidence)) confidence = v.confidence();
                }
                if (first == null) continue;
                if (anyDirect && absent(r, s)) {
                    // the rule applies once the parameter's value has ended (e.g. no indicator list from 2027)
                    if (end == null) never = true;
                    else if (from == null || end.isAfter(from)) from = end;
                } else if (anyDirect) {
                    if (!direct(r, s)) continue;
                    if (from == null || first.isAfter(from)) from = first;
                    if (end != null && (to == null || end.isBefore(to))) to = end;
                } else {
                    if (from == null || first.isBefore(from)) from = first;
                    if (end == null) open = true;
                    else if (to == null || end.isAfter(to)) to = end;
                }
            }
            if (open) to = null;
            if (never) from = to = null;
            boolean rated = !read.isEmpty() || r.confidence() != null;
            out.add(new CatalogueEntry(r.id(), r.severity(), r.title(), r.legalBasis(),
                    r.file(), names.stream().distinct().sorted().toList(), from == null ? null : from.toString(),
                    to == null ? null : to.minusDays(1).toString(), rated ? confidence : null));
        }
        return out;
    }
}
