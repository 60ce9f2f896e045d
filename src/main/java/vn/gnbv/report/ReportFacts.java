package vn.gnbv.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Derived report facts computed in Java before insert: relation checks and poverty trends. */
public final class ReportFacts {
    private ReportFacts() {}

    public static List<RelationCheck> relations(List<Figure> figures) {
        Map<String, Figure> byId = figures.stream().collect(Collectors.toMap(Figure::id, Function.identity(), (a, b) -> a));
        return figures.stream().filter(f -> f.relation() != null).map(f -> RelationCheck.of(f, byId)).toList();
    }

    public static List<PovertyTrend> trends(List<PovertyRate> rates) {
        Map<String, List<PovertyRate>> byUnit = new TreeMap<>();
        rates.forEach(r -> byUnit.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r));
        List<PovertyTrend> out = new ArrayList<>();
        for (List<PovertyRate> rs : byUnit.values()) {
            rs.sort(Comparator.comparingInt(PovertyRate::year));
            for (int i = 0; i + 1 < rs.size(); i++) out.add(PovertyTrend.of(rs.get(i), rs.get(i + 1), false));
            if (rs.size() >= 2) out.add(PovertyTrend.of(rs.get(0), rs.get(rs.size() - 1), true));
        }
        return out;
    }
}
