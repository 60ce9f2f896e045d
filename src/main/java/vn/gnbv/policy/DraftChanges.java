package vn.gnbv.policy;

import vn.gnbv.findings.RuleMeta;
import vn.gnbv.parameters.Param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What a draft changes: parameters whose value on the date differs, rules whose text differs. */
public final class DraftChanges {
    private DraftChanges() {}

    public static List<String> parameters(Map<String, Param> a, Map<String, Param> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Param x = a.get(n), y = b.get(n);
            if (x == null || y == null || !Objects.equals(String.valueOf(x.value()), String.valueOf(y.value()))) out.add(n);
        }
        return out;
    }

    public static List<String> rules(Map<String, RuleMeta> a, Map<String, RuleMeta> b) {
        Set<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            RuleMeta x = a.get(id), y = b.get(id);
            if (x == null || y == null || x.sourceHash() != y.sourceHash()) out.add(id);
        }
        return out;
    }
}
