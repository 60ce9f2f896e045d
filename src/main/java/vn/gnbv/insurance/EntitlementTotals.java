package vn.gnbv.insurance;

import vn.gnbv.facts.Case;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums entitlements by group for every commune, district and the province (people, yearly state share). */
public final class EntitlementTotals {
    private EntitlementTotals() {}

    public static List<EntitlementTotal> of(List<Entitlement> entitlements, Case c) {
        Map<String, String> districts = c.unitDistricts();
        Map<String, long[]> sums = new TreeMap<>();
        for (Entitlement e : entitlements) {
            if (e.supportPercent() == 0) continue;
            String district = districts.get("commune:" + e.commune());
            for (String unit : new String[]{"commune:" + e.commune(), district == null ? null : "district:" + district, "province"}) {
                if (unit == null) continue;
                long[] s = sums.computeIfAbsent(unit + "\u0000" + e.group(), k -> new long[2]);
                s[0]++;
                s[1] += e.yearlyStateShare();
            }
        }
        List<EntitlementTotal> out = new ArrayList<>();
        sums.forEach((k, s) -> {
            String[] parts = k.split("\u0000");
            out.add(new EntitlementTotal(parts[0], parts[1], s[0], s[1]));
        });
        return out;
    }
}
