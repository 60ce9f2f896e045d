package vn.gnbv.engine;

import org.kie.api.runtime.rule.RuleContext;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.household.HouseholdFact;
import vn.gnbv.input.Location;
import vn.gnbv.parameters.Param;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one helper that makes findings: it reads the firing rule's metadata, so a rule states only its
 * condition, subject and values. Findings are inserted logically, so one that a later derivation
 * makes untrue disappears with it.
 */
public final class Raise {
    private Raise() {}

    public static void household(RuleContext drools, HouseholdFact h, Map<String, Object> values, Param... used) {
        finding(drools, h.subject(), h.unit(), h.district(), values, null, h.source(), used);
    }

    /** A household finding citing the parameters its classification used, and any more. */
    public static void household(RuleContext drools, HouseholdFact h, Map<String, Object> values,
                                 List<Param> basis, Param... more) {
        var all = new java.util.ArrayList<>(basis);
        all.addAll(Arrays.asList(more));
        household(drools, h, values, all.toArray(Param[]::new));
    }

    /** A finding on a capital line; the district is filled from the unit by the checker. */
    public static void fund(RuleContext drools, vn.gnbv.facts.Fund f, Map<String, Object> values, Long amount,
                            List<Param> basis, Param... more) {
        var all = new java.util.ArrayList<>(basis);
        all.addAll(Arrays.asList(more));
        finding(drools, "fund:" + f.id(), f.unit(), null, values, amount, f.source(), all.toArray(Param[]::new));
    }

    /** A finding on a unit's counterpart money for a year. */
    public static void counterpart(RuleContext drools, vn.gnbv.facts.Counterpart c, Map<String, Object> values,
                                   Long amount, List<Param> basis) {
        finding(drools, "counterpart:" + c.unit() + ":" + c.year(), c.unit(), null, values, amount, c.source(),
                basis.toArray(Param[]::new));
    }

    /** A finding on a household member (subject person:<id>), in the household's unit. */
    public static void person(RuleContext drools, vn.gnbv.household.MemberFact m, HouseholdFact h,
                              Map<String, Object> values, Long amount, List<Param> basis) {
        finding(drools, m.subject(), h.unit(), h.district(), values, amount, m.source(), basis.toArray(Param[]::new));
    }

    /** A roll-up finding on a unit (subject unit:<unit>). */
    public static void unitFinding(RuleContext drools, String subject, String unit, Map<String, Object> values,
                                   Long amount, Location source) {
        finding(drools, subject, unit, null, values, amount, source);
    }

    /** A finding on a reported figure whose relation does not hold; the difference in VND where money. */
    public static void figure(RuleContext drools, vn.gnbv.report.Figure f, vn.gnbv.report.RelationCheck c) {
        finding(drools, "figure:" + f.id(), null, null, vn.gnbv.findings.Values.of("label", f.label(),
                "relation", c.relation(), "parts", f.parts(), "unit", c.unit(), "stated", c.stated(),
                "computed", c.computed(), "difference", c.difference(), "allowed", c.allowed()),
                c.differenceVnd() == null ? null : Math.abs(c.differenceVnd()), f.source());
    }

    /** A finding on a unit's poverty rate in a year. */
    public static void povertyRate(RuleContext drools, vn.gnbv.report.PovertyRate r, Map<String, Object> values) {
        finding(drools, "unit:" + r.unit(), r.unit(), null, values, null, r.source());
    }

    /** A finding on a unit's poverty trend between two years. */
    public static void povertyTrend(RuleContext drools, vn.gnbv.report.PovertyTrend t, Map<String, Object> values,
                                    Param... used) {
        values.put("kind", t.kind());
        finding(drools, "unit:" + t.unit(), t.unit(), null, values, null, t.source(), used);
    }

    public static void finding(RuleContext drools, String subject, String unit, String district,
                               Map<String, Object> values, Long amount, Location source, Param... used) {
        var md = drools.getRule().getMetaData();
        List<UsedParameter> params = Arrays.stream(used)
                .map(p -> new UsedParameter(p.name(), p.value(), p.ref(), p.confidence()))
                .sorted(java.util.Comparator.comparing(UsedParameter::name))
                .distinct().toList();
        drools.insertLogical(new Finding(s(md.get("id")), s(md.get("severity")), subject, unit, district,
                s(md.get("legalBasis")), values, params, amount, source));
    }

    private static String s(Object o) {
        String v = String.valueOf(o).trim();
        return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1 ? v.substring(1, v.length() - 1) : v;
    }
}
