package vn.gnbv.engine;

import org.kie.api.runtime.rule.RuleContext;
import vn.gnbv.facts.Commune;
import vn.gnbv.facts.Counterpart;
import vn.gnbv.facts.Figure;
import vn.gnbv.facts.Fund;
import vn.gnbv.facts.InsuranceFunding;
import vn.gnbv.facts.PovertyRate;
import vn.gnbv.findings.Finding;
import vn.gnbv.findings.UsedParameter;
import vn.gnbv.findings.Values;
import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.MemberFact;
import vn.gnbv.input.Location;
import vn.gnbv.insurance.Entitlement;
import vn.gnbv.parameters.Param;
import vn.gnbv.report.PovertyTrend;
import vn.gnbv.report.RelationCheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one helper that makes findings: it reads the firing rule's metadata, so a rule states only its
 * condition, subject and values. Every finding carries its unit and district from the fact it is
 * about, and the parameters it rests on.
 */
public final class Raise {
    private Raise() {}

    /** A household finding citing the parameters its classification used, and any more. */
    public static void household(Object drools, HouseholdFact h, Map<String, Object> values, List<Param> basis,
                                 Param... more) {
        finding(drools, h.subject(), h.head(), h.unit(), h.district(), values, null, h.source(), basis, more);
    }

    public static void household(Object drools, HouseholdFact h, Map<String, Object> values, Param... used) {
        household(drools, h, values, List.of(), used);
    }

    /**
     * A finding on the card of the person an entitlement is for (subject person:<id>), in their household's
     * unit, citing the parameters of the entitlement.
     */
    public static void card(Object drools, Entitlement e, Map<String, Object> values, Long amount) {
        MemberFact m = e.member();
        finding(drools, m.subject(), m.name(), e.unit(), e.district(), values, amount, m.source(),
                e.parameters());
    }

    /** A finding on a commune as the facts give it (subject and unit commune:<id>, its district if any). */
    public static void commune(Object drools, Commune c, Map<String, Object> values, Param... used) {
        finding(drools, "commune:" + c.id(), c.name(), "commune:" + c.id(), c.district(), values, null, c.source(), List.of(), used);
    }

    /** A finding on a capital line. */
    public static void fund(Object drools, Fund f, Map<String, Object> values, Long amount, List<Param> basis,
                            Param... more) {
        finding(drools, "fund:" + f.id(), null, f.unit(), f.district(), values, amount, f.source(), basis, more);
    }

    /** A finding on a unit's counterpart money for a year. */
    public static void counterpart(Object drools, Counterpart c, Map<String, Object> values, Long amount,
                                   List<Param> basis) {
        finding(drools, "counterpart:" + c.unit() + ":" + c.year(), null, c.unit(), c.district(), values, amount,
                c.source(), basis);
    }

    /** A roll-up finding on the money a unit has for a group's health-insurance cards. */
    public static void insuranceFunding(Object drools, InsuranceFunding f, Map<String, Object> values, Long amount) {
        finding(drools, "unit:" + f.unit(), null, f.unit(), f.district(), values, amount, f.source(), List.of());
    }

    /** A finding on a reported figure whose relation does not hold; the difference in VND where money. */
    public static void figure(Object drools, Figure f, RelationCheck c) {
        finding(drools, "figure:" + f.id(), null, null, null, Values.of("label", f.label(),
                "relation", c.relation(), "parts", f.parts(), "unit", c.unit(), "stated", c.stated(),
                "computed", c.computed(), "difference", c.difference(), "allowed", c.allowed()),
                c.differenceVnd() == null ? null : Math.abs(c.differenceVnd()), f.source(), List.of());
    }

    /** A finding on a unit's poverty rate in a year. */
    public static void povertyRate(Object drools, PovertyRate r, Map<String, Object> values) {
        finding(drools, "unit:" + r.unit(), null, r.unit(), r.district(), values, null, r.source(), List.of());
    }

    /** A finding on a unit's poverty trend between two years. */
    public static void povertyTrend(Object drools, PovertyTrend t, Map<String, Object> values, Param... used) {
        values.put("kind", t.kind());
        finding(drools, "unit:" + t.unit(), null, t.unit(), t.district(), values, null, t.source(), List.of(), used);
    }

    private static void finding(Object drools, String subject, String name, String unit, String district,
                                Map<String, Object> values, Long amount, Location source, List<Param> basis,
                                Param... more) {
        // the classic engine gives a KnowledgeHelper, the executable model a Drools object: both RuleContexts
        RuleContext ctx = (RuleContext) drools;
        Metadata md = Metadata.of(ctx.getRule());
        List<Param> all = new ArrayList<>(basis.size() + more.length);
        all.addAll(basis);
        all.addAll(Arrays.asList(more));
        List<UsedParameter> params = all.stream()
                .map(p -> new UsedParameter(p.name(), p.value(), p.ref(), p.confidence()))
                .sorted(Comparator.comparing(UsedParameter::name))
                .distinct().toList();
        ctx.getKieRuntime().insert(new Finding(md.id(), md.severity(), subject, name, unit, district, md.legalBasis(),
                Values.checked(values), params, amount, source));
    }
}
