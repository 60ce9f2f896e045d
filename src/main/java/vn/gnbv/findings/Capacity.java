package vn.gnbv.findings;

import vn.gnbv.facts.Case;
import vn.gnbv.facts.Fund;
import vn.gnbv.facts.Household;
import vn.gnbv.report.Staffing;

import java.util.List;
import java.util.Map;

/**
 * Capacity of poverty-reduction staff by unit (facts `staffing`): households, poor households and
 * programme money (planned) in the unit and below it, per officer. No finding: no norm is known.
 */
public record Capacity(String unit, long staff, long households, long poorHouseholds, long planned,
                       Long householdsPerOfficer, Long poorPerOfficer, Long plannedPerOfficer) {

    public static List<Capacity> of(Case c) {
        Map<String, String> districts = c.unitDistricts();
        return c.staffing().stream().map(s -> of(s, c, districts)).toList();
    }

    private static Capacity of(Staffing s, Case c, Map<String, String> districts) {
        long hh = 0, poor = 0;
        for (Household h : c.households()) {
            if (!within("commune:" + h.commune(), s.unit(), districts)) continue;
            hh++;
            if ("poor".equals(h.recordedStatus())) poor++;
        }
        long planned = c.funds().stream().filter(f -> within(f.unit(), s.unit(), districts)).mapToLong(Fund::planned).sum();
        long n = s.povertyStaff();
        return new Capacity(s.unit(), n, hh, poor, planned, n == 0 ? null : hh / n, n == 0 ? null : poor / n,
                n == 0 ? null : planned / n);
    }

    /** Whether a unit lies within another: the province holds everything; a district its communes. */
    static boolean within(String unit, String scope, Map<String, String> districts) {
        if (scope.equals("province") || scope.equals(unit)) return true;
        return scope.startsWith("district:") && scope.substring(9).equals(districts.get(unit));
    }
}
