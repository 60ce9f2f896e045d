package vn.gnbv.insurance;

import vn.gnbv.facts.Member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of `entitlements` (DESIGN.md "Derived results", with the person's name, district and card held). */
public record EntitlementRow(Entitlement entitlement, String name, String district, String cardGroup, Long cardPercent,
                             Boolean cardValid) {
    public static final List<String> COLUMNS = List.of("person", "name", "household", "commune", "district", "group",
            "supportPercent", "monthlyPremium", "monthlyStateShare", "yearlyStateShare", "basis", "cardGroup",
            "cardPercent", "cardValid");

    public static EntitlementRow of(Entitlement e, Member m, String district, LocalDate asOf) {
        var card = m == null ? null : m.card();
        return new EntitlementRow(e, m == null ? null : m.name(), district, card == null ? null : card.group(),
                card == null ? null : card.supportPercent(), card == null ? null : card.covers(asOf));
    }

    public Map<String, Object> asMap() {
        Entitlement e = entitlement;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", e.person());
        m.put("name", name);
        m.put("household", e.household());
        m.put("commune", e.commune());
        m.put("district", district);
        m.put("group", e.group());
        m.put("supportPercent", e.supportPercent());
        m.put("monthlyPremium", e.monthlyPremium());
        m.put("monthlyStateShare", e.monthlyStateShare());
        m.put("yearlyStateShare", e.yearlyStateShare());
        m.put("basis", e.basis());
        m.put("cardGroup", cardGroup);
        m.put("cardPercent", cardPercent);
        m.put("cardValid", cardValid);
        return m;
    }
}
