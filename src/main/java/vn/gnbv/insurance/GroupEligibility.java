package vn.gnbv.insurance;

import vn.gnbv.parameters.Param;

import java.util.List;

/** A person belongs to a support group, at the level the group's parameter sets on the case date. */
public record GroupEligibility(String person, String group, int rank, long percent, List<Param> parameters) {

    public static GroupEligibility of(String person, String group, Param level, Param... more) {
        var ps = new java.util.ArrayList<Param>();
        ps.add(level);
        ps.addAll(List.of(more));
        return new GroupEligibility(person, group, Groups.rank(group), level.asLong(), List.copyOf(ps));
    }
}
