package vn.gnbv.insurance;

import vn.gnbv.household.HouseholdFact;
import vn.gnbv.household.MemberFact;
import vn.gnbv.parameters.Param;

import java.util.ArrayList;
import java.util.List;

/**
 * A person belongs to a support group, at the level the group's parameter sets on the case date.
 * The member and the household's district ride along to the person's entitlement, for the card rules.
 */
public record GroupEligibility(String person, String household, String commune, String group, int rank, long percent,
                               List<Param> parameters, String district, MemberFact member) {

    public static GroupEligibility of(MemberFact m, HouseholdFact h, String group, Param level, Param... more) {
        List<Param> ps = new ArrayList<>(1 + more.length);
        ps.add(level);
        ps.addAll(List.of(more));
        return new GroupEligibility(m.id(), h.id(), h.commune(), group, Groups.rank(group), level.asLong(), List.copyOf(ps),
                h.district(), m);
    }
}
