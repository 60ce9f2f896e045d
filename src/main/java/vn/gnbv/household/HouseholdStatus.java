package vn.gnbv.household;

import vn.gnbv.parameters.Param;

import java.util.List;

/**
 * A household's computed class. rankMin..rankMax is the range of statuses the data allow
 * (0 poor … 3 none); a determined status has rankMin == rankMax. reason says why a status is
 * undetermined: income | area | income-line | indicators | indicator-list | middle-band.
 * deprived/unknown count indicator states, null where the income alone decides (above the line).
 * parameters are the values the classification used, so findings can cite them.
 */
public record HouseholdStatus(String household, String status, int rankMin, int rankMax, Integer deprived,
                              Integer unknown, Long incomeLine, String area, String standard, String reason,
                              List<Param> parameters) {

    public static HouseholdStatus of(String household, String status, Number deprived, Number unknown,
                                     Param line, String area, Param standard, Param... more) {
        int r = Statuses.rank(status);
        return new HouseholdStatus(household, status, r, r, count(deprived), count(unknown),
                line == null ? null : line.asLong(), area, standard.asText(), null, params(line, more));
    }

    public static HouseholdStatus undetermined(String household, int rankMin, int rankMax, Number deprived,
                                               Number unknown, Param line, String area, Param standard,
                                               String reason, Param... more) {
        return new HouseholdStatus(household, "undetermined", rankMin, rankMax, count(deprived),
                count(unknown), line == null ? null : line.asLong(), area, standard.asText(), reason,
                params(line, more));
    }

    private static Integer count(Number n) {
        return n == null ? null : n.intValue();
    }

    private static List<Param> params(Param line, Param... more) {
        var out = new java.util.ArrayList<Param>();
        if (line != null) out.add(line);
        for (Param p : more) if (p != null) out.add(p);
        return List.copyOf(out);
    }

    public boolean determined() {
        return rankMin == rankMax;
    }
}
