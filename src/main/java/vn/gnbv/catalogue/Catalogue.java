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
            LocalDate from = null, to = null;
            String confidence = "confirmed";
            for (Series s : read) {
                LocalDate first = null, end = null;
                for (var e : s.values().entrySet()) {
                    Entry v = e.getValue();
                    if (v.value() != null && first == null) first = e.getKey();
                    if (v.value() == null && first != null && end == null) end = e.getKey();
                    if (CONFIDENCE.indexOf(v.confidence()) < CONFIDENCE.indexOf(confidence)) confidence = v.confidence();
                }
                if (first != null && (from == null || first.isAfter(from))) from = first;
                if (end != null && (to == null || end.isBefore(to))) to = end;
            }
            out.add(new CatalogueEntry(r.id(), r.severity(), r.title(), r.legalBasis(),
                    r.file(), names.stream().distinct().sorted().toList(), from == null ? null : from.toString(),
                    to == null ? null : to.minusDays(1).toString(), read.isEmpty() ? null : confidence));
        }
        return out;
    }
}
