package vn.gnbv.policy;

import vn.gnbv.findings.RuleMeta;
import vn.gnbv.parameters.DraftValue;
import vn.gnbv.parameters.Param;
import vn.gnbv.parameters.ParameterChange;
import vn.gnbv.parameters.ParameterSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a draft changes on the case's date: each parameter whose value differs (with both values),
 * each rule whose text differs, and the draft's values the date does not take.
 */
public record DraftChanges(List<ParameterChange> parameters, List<String> rules, List<DraftValue> notInForce) {

    public DraftChanges {
        parameters = List.copyOf(parameters);
        rules = List.copyOf(rules);
        notInForce = List.copyOf(notInForce);
    }

    /** The rules in force (baseline) against the draft: parameters resolved on the same date, and rule bases. */
    public static DraftChanges of(ParameterSet baseline, ParameterSet draft, Map<String, RuleMeta> baselineRules,
                                  Map<String, RuleMeta> draftRules) {
        return new DraftChanges(parameters(baseline.byName(), draft.byName()), rules(baselineRules, draftRules),
                draft.draftNotInForce());
    }

    /** The names of the parameters changed, in order. */
    public List<String> parameterNames() {
        return parameters.stream().map(ParameterChange::name).toList();
    }

    /** Each parameter with another value (or none) in b than in a, by name. */
    public static List<ParameterChange> parameters(Map<String, Param> a, Map<String, Param> b) {
        Set<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        List<ParameterChange> out = new ArrayList<>();
        for (String n : names) {
            Param x = a.get(n), y = b.get(n);
            if (x == null || y == null || !Objects.equals(String.valueOf(x.value()), String.valueOf(y.value()))) {
                out.add(new ParameterChange(n, x == null ? null : x.value(), y == null ? null : y.value()));
            }
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
