package vn.gnbv.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Units of reported figures: each has a kind (money, percent, a count) and a factor to its base. */
public final class Units {
    public static final List<String> ALL = List.of("VND", "million-VND", "billion-VND", "percent", "households",
            "people", "cards", "number");
    private static final Map<String, String> KIND = Map.of("VND", "money", "million-VND", "money",
            "billion-VND", "money", "percent", "percent", "households", "households", "people", "people",
            "cards", "cards", "number", "number");
    private static final Map<String, BigDecimal> FACTOR = Map.of("million-VND", new BigDecimal("1000000"),
            "billion-VND", new BigDecimal("1000000000"));

    private Units() {}

    public static String kind(String unit) {
        return KIND.get(unit);
    }

    /** The value in its kind's base unit (VND for money). */
    public static BigDecimal toBase(BigDecimal v, String unit) {
        return v.multiply(FACTOR.getOrDefault(unit, BigDecimal.ONE));
    }
}
