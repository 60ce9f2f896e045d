package vn.gnbv.report;

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

    /** Half a unit of the last decimal written, in the figure's unit. */
    public BigDecimal tolerance() {
        return BigDecimal.ONE.movePointLeft(precision).divide(BigDecimal.valueOf(2));
    }
}
