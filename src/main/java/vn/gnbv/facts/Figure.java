package vn.gnbv.facts;

import vn.gnbv.input.Location;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number as a report states it (facts `figures`): value in its unit, the decimals it was written
 * with, and at most one relation to other figures: sumOf, differenceOf (a − b), ratioOf (a / b, as
 * a percent when the figure's unit is percent), sameAs (one quantity stated twice).
 */
public record Figure(String id, String label, BigDecimal value, String unit, int precision, String relation,
                     List<String> parts, Location source) {

    /** A figure whose errors were reported: its id only, so figures naming it are not told it is missing. */
    static Figure invalid(String id, Location at) {
        return new Figure(id, null, null, null, 0, null, List.of(), at);
    }

    /** Half a unit of the last decimal written, in the figure's unit. */
    public BigDecimal tolerance() {
        return BigDecimal.ONE.movePointLeft(precision).divide(BigDecimal.valueOf(2));
    }
}
