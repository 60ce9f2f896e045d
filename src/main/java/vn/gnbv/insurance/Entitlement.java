package vn.gnbv.insurance;

import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.MemberFact;
import vn.gnbv.parameters.Param;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's state support for health insurance on the case date: the highest level of their groups
 * (ND 146/2018 Art. 8(2)), the monthly premium (premium rate × base salary, Art. 7(1)(đ)) and the
 * state's monthly share of it, in VND rounded to the đồng. It carries the member and the household's
 * district, so that the card rules (cards.drl) read the person's card from the entitlement itself,
 * one pattern each, rather than joining every entitlement back to its household and walking to the
 * member in each of five rules.
 */
public record Entitlement(String person, String household, String commune, String group, long supportPercent,
                          long monthlyPremium, long monthlyStateShare, List<Param> parameters, String district,
                          MemberFact member) {

    /** A member of household h, in the group at the percent the group's parameters give. */
    public static Entitlement of(MemberFact m, HouseholdFact h, String group, long percent, List<Param> groupParams,
                                 Param baseSalary, Param rate) {
        return of(m.id(), h.id(), h.commune(), h.district(), m, group, percent, groupParams, baseSalary, rate);
    }

    public static Entitlement of(GroupEligibility g, Param baseSalary, Param rate) {
        return of(g.person(), g.household(), g.commune(), g.district(), g.member(), g.group(), g.percent(),
                g.parameters(), baseSalary, rate);
    }

    private static Entitlement of(String person, String household, String commune, String district, MemberFact m,
                                  String group, long percent, List<Param> groupParams, Param baseSalary, Param rate) {
        long premium = baseSalary.asDecimal().multiply(rate.asDecimal()).movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        long share = BigDecimal.valueOf(premium).multiply(BigDecimal.valueOf(percent)).movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        List<Param> ps = new ArrayList<>(groupParams);
        ps.add(baseSalary);
        ps.add(rate);
        return new Entitlement(person, household, commune, group, percent, premium, share, List.copyOf(ps), district, m);
    }

    /** The household's commune, as findings name units. */
    public String unit() {
        return "commune:" + commune;
    }

    public long yearlyStateShare() {
        return monthlyStateShare * 12;
    }

    /** The state's monthly money for a given support level (a card's), on the same premium. */
    public long monthlyShareAt(long percent) {
        return BigDecimal.valueOf(monthlyPremium).multiply(BigDecimal.valueOf(percent)).movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The basis of the group's level, for the entitlements table (none for no group). */
    public String basis() {
        return parameters.isEmpty() || group.equals("none") ? null : parameters.get(0).ref();
    }
}
