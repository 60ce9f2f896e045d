package vn.gnbv.household;

import vn.gnbv.facts.Commune;
import vn.gnbv.facts.Household;
import vn.gnbv.facts.Member;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/** Turns loaded households into rule facts, computing ages and ratios as of the case date. */
public final class HouseholdFacts {
    private HouseholdFacts() {}

    public static HouseholdFact of(Household h, Map<String, Commune> communes, LocalDate asOf) {
        Commune c = communes.get(h.commune());
        Boolean urban = h.urban() != null ? h.urban() : c == null ? null : c.urban();
        String area = urban == null ? null : urban ? "urban" : "rural";
        int n = h.members().size();
        var d = h.dwelling();
        BigDecimal perPerson = null;
        if (d != null && Boolean.FALSE.equals(d.exists())) perPerson = BigDecimal.ZERO;
        else if (d != null && d.floorArea() != null && n > 0) {
            perPerson = d.floorArea().divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
        }
        return new HouseholdFact(h.id(), h.commune(), c == null ? null : c.district(), area, h.incomePerCapita(),
                h.recordedStatus(), Statuses.rank(h.recordedStatus()), h.deprivations(), h.agricultural(),
                h.exitedPovertyOn(), h.exitedNearPovertyOn(), n, d == null ? null : d.exists(),
                d == null ? null : d.durable(), perPerson, h.cleanWater(), h.hygienicLatrine(), h.internet(),
                h.informationAssets() == null ? null : h.informationAssets().size(), h.source());
    }

    public static List<MemberFact> members(Household h, LocalDate asOf) {
        return h.members().stream().map(m -> member(h.id(), m, asOf)).toList();
    }

    static MemberFact member(String household, Member m, LocalDate asOf) {
        Integer years = null, months = null;
        if (m.birthDate() != null) {
            Period p = Period.between(m.birthDate(), asOf);
            years = p.getYears();
            months = (int) p.toTotalMonths();
        }
        Boolean insured = m.insured() != null ? m.insured() : m.card() == null ? null : m.card().covers(asOf);
        int rank = EducationLevels.rank(m.education());
        var card = m.card();
        return new MemberFact(m.id(), household, years, months, m.sex(), m.work(), rank < 0 ? null : rank,
                m.inTraining(), m.attendingSchool(), m.malnourished(), m.severeDisability(), insured,
                m.ethnicMinority(), m.student(), card == null ? null : card.group(),
                card == null ? null : card.supportPercent(), card == null ? null : card.from(),
                card == null ? null : card.to(), card == null ? null : card.covers(asOf), m.source());
    }
}
