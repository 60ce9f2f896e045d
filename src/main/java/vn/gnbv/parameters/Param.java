package vn.gnbv.parameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One parameter's value as of the case date, with its legal citation. Inserted into rule sessions
 * as a fact: rules match a constant name (`name == "household.standard"`), or a file's group and a
 * series key taken from the data (`group == "household.income-line", key == $area`), both indexed,
 * never a name built by concatenation. Findings cite the values they used.
 */
public record Param(String name, String group, String key, Object value, String unit, String ref, String confidence,
                    LocalDate from) {

    public boolean unconfirmed() {
        return "unconfirmed".equals(confidence);
    }

    /** Bean-style views, so rules bind a threshold once ({@code $age: intValue}) and compare plain values. */
    public int getIntValue() {
        return asInt();
    }

    public long getLongValue() {
        return asLong();
    }

    public BigDecimal getDecimalValue() {
        return asDecimal();
    }

    public long longValue() {
        return asLong();
    }

    public long asLong() {
        return ((Number) value).longValue();
    }

    public int asInt() {
        return ((Number) value).intValue();
    }

    public BigDecimal asDecimal() {
        return value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).longValue());
    }

    public String asText() {
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    public List<String> asList() {
        return (List<String>) value;
    }
}
